import { z } from 'zod';

export const operationFilter = z.object({
  user: z.string().trim().max(200).optional(),
  action: z.string().trim().max(64).optional(),
  /** Beijing days, YYYY-MM-DD. */
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date.')
    .optional()
    .or(z.literal('')),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date.')
    .optional()
    .or(z.literal('')),
  /** Platform only: one account, or `platform` for entries with no account. */
  account: z.string().trim().max(20).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type OperationFilter = z.output<typeof operationFilter>;
