import { z } from 'zod';
import { CONTENT_KINDS } from '@/db/enums';

export const reviewQueueFilter = z.object({
  kind: z.enum(CONTENT_KINDS).optional().catch(undefined),
  account: z.string().trim().max(100).optional().catch(undefined),
  minAgeHours: z.coerce
    .number()
    .min(0)
    .max(24 * 365)
    .optional()
    .catch(undefined),
});
export type ReviewQueueFilter = z.output<typeof reviewQueueFilter>;

export const reviewCalendarDayInput = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date.'),
  kind: z.enum(['holiday', 'workday'], { message: 'Choose holiday or working day.' }),
  note: z.string().trim().max(60, 'At most 60 characters.').default(''),
});
export type ReviewCalendarDayInput = z.output<typeof reviewCalendarDayInput>;

export const reviewDecisionInput = z
  .object({
    kind: z.enum(CONTENT_KINDS),
    id: z.coerce.number().int().positive(),
    revision: z.coerce.number().int().positive(),
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().max(500).optional(),
    suggestion: z.string().trim().max(500).optional(),
  })
  .refine((d) => d.decision === 'approve' || (d.reason && d.reason.length > 0), {
    path: ['reason'],
    message: 'Give the reason for rejecting.',
  });
export type ReviewDecisionInput = z.output<typeof reviewDecisionInput>;
