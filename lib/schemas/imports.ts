import { z } from 'zod';
import { MAX_MAPPED_COLUMNS, parseMapping, type ColumnMapping } from '@/lib/domain/sending/mapping';

/** A named column mapping with the header row it was made for. */
export const columnMappingInput = z.object({
  name: z.string().trim().min(1, 'Name the mapping.').max(40, 'At most 40 characters.'),
  mapping: z.unknown().transform((value, ctx): ColumnMapping => {
    const mapping = parseMapping(value);
    if (!mapping) {
      ctx.addIssue({ code: 'custom', message: 'Choose the phone number column.' });
      return z.NEVER;
    }
    return mapping;
  }),
  header: z.array(z.string().max(200)).max(MAX_MAPPED_COLUMNS).nullable(),
});
export type ColumnMappingInput = z.output<typeof columnMappingInput>;
