// The one way an input is checked against its schema, on the server (lib/server/validation.ts
// throws the result as a field-error failure) and in the browser (forms show the same words
// next to the fields before anything is posted).
import type { z } from 'zod';
import { installFieldMessages } from './field-messages';

installFieldMessages();

/** The text fields of a submitted form by name (files, and Next's internal `$ACTION_` fields, are left out). */
export function textFields(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) out[key] = value;
  }
  return out;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string> };

/** Checks input with its schema; each field gets the first problem found with it (`_` for the whole input). */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_';
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}
