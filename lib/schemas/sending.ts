import { z } from 'zod';
import { REGIONS } from '@/db/enums';

export const createTaskInput = z.object({
  region: z.enum(REGIONS),
  importId: z.coerce.number().int().positive(),
  sdkAppId: z.string().min(1, 'Choose an application.'),
  signatureId: z.coerce.number().int().positive().optional(),
  templateId: z.coerce.number().int().positive(),
  name: z.string().trim().max(30, 'At most 30 characters.').optional(),
  scenario: z.string().trim().max(30).optional(),
  senderId: z.string().trim().optional(),
  send: z.enum(['now', 'scheduled']),
  date: z.string().optional(),
  time: z.string().optional(),
  timeZone: z.string().default('Asia/Shanghai'),
  acknowledged: z.literal(true, { message: 'Tick the acknowledgement that the sending costs are yours.' }),
});
export type CreateTaskInput = z.output<typeof createTaskInput>;

/** What a task's recipients are checked against: the content the messages will carry. */
const contentFields = {
  region: z.enum(REGIONS).catch('mainland'),
  templateId: z.coerce.number().int().positive({ message: 'Choose a template.' }),
  signatureId: z.coerce.number().int().positive().nullish(),
};

/** Numbers typed into the task form, one per line. */
export const typedRecipientsInput = z.object({ ...contentFields, numbers: z.string() });
export type TypedRecipientsInput = z.output<typeof typedRecipientsInput>;

/** A customer group as a task's recipients. */
export const groupRecipientsInput = z.object({
  ...contentFields,
  groupId: z.coerce.number().int().positive({ message: 'Choose a customer group.' }),
});
export type GroupRecipientsInput = z.output<typeof groupRecipientsInput>;
