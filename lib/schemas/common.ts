// Pieces the area schemas share.
import { z } from 'zod';

/** A row id as a form or URL sends it (a string or a number). */
export const id = z.coerce.number().int().positive();

/** A list of row ids, at least one and at most `max`. */
export function ids(emptyMessage: string, max: number) {
  return z.array(id).min(1, emptyMessage).max(max);
}

/** Field errors of a domain check (name → message) added to a schema's issues; true when there were none. */
export function addFieldErrors(ctx: z.RefinementCtx, errors: Record<string, string>): boolean {
  for (const [field, message] of Object.entries(errors)) ctx.addIssue({ code: 'custom', path: [field], message });
  return Object.keys(errors).length === 0;
}

/**
 * A number field a form may leave blank: blank is null, anything else must read as a number (the domain checks
 * its range).
 */
export const blankOrNumber = z
  .unknown()
  .optional()
  .transform((v): number | null => {
    const s = String(v ?? '').trim();
    return s === '' ? null : Number(s);
  });

/** A checkbox as a form or a fetch sends it: true, 'on' or 'true'. */
export const checkbox = z
  .unknown()
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');
