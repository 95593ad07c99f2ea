import { z } from 'zod';
import { REGIONS } from '@/db/enums';
import { id } from './common';

export const groupInput = z.object({
  name: z.string().trim().min(1, 'Enter a group name.').max(40, 'At most 40 characters.'),
  region: z.enum(REGIONS, { message: 'Choose the message type.' }),
});
export type GroupInput = z.output<typeof groupInput>;

const targetFields = { groupId: id.optional(), name: z.string().optional(), region: z.string().optional() };
type TargetFields = { groupId?: number; name?: string; region?: string };

/** An existing group, or a new one checked as `groupInput` (its problems land on name and region). */
function toTarget(d: TargetFields, ctx: z.RefinementCtx): GroupTarget {
  if (d.groupId) return { groupId: d.groupId };
  const group = groupInput.safeParse({ name: d.name ?? '', region: d.region });
  if (group.success) return { newGroup: group.data };
  for (const issue of group.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  return z.NEVER;
}
export type GroupTarget = { groupId: number } | { newGroup: GroupInput };

/** Where an imported file's numbers go (the file itself comes through the upload route). */
export const groupTargetInput = z.object(targetFields).transform(toTarget);

/** Numbers typed one per line into a group. */
export const typedGroupNumbersInput = z
  .object({ ...targetFields, lines: z.string() })
  .transform((d, ctx) => ({ ...toTarget(d, ctx), lines: d.lines.split(/\r?\n/) }));

export const dndNumbersInput = z.object({
  region: z.enum(REGIONS),
  signatureId: z.coerce.number().int().positive({ message: 'Choose a signature.' }),
  scope: z.enum(['all', 'marketing'], { message: 'Choose all messages or marketing only.' }),
  numbers: z.string(),
  consent: z.literal(true, { message: 'Tick the statement that these users asked not to be disturbed.' }),
});
export type DndNumbersInput = z.output<typeof dndNumbersInput>;

/** Which number, application and signature an unsubscription query or removal request is about. */
export const unsubscribeQuery = z.object({
  region: z.enum(REGIONS),
  phone: z.string().trim().min(1, 'Enter a mobile number.'),
  sdkAppId: z.string().trim().min(1, 'Choose an application.'),
  signatureId: z.coerce.number().int().positive({ message: 'Choose a signature.' }),
});
export type UnsubscribeQuery = z.output<typeof unsubscribeQuery>;

export const removalRequestInput = unsubscribeQuery.extend({
  reason: z
    .string()
    .trim()
    .min(5, 'Say in 5 to 300 characters why the number may receive messages again.')
    .max(300, 'Say in 5 to 300 characters why the number may receive messages again.'),
});
export type RemovalRequestInput = z.output<typeof removalRequestInput>;
