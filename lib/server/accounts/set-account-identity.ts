import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '@/db/schema';
import { IDENTITY_TYPES } from '@/db/enums';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { parseInput } from '../validation';

const input = z.object({ accountId: z.coerce.number().int().positive(), identity: z.enum(IDENTITY_TYPES) });

/** Admin sets an account's identity type (enterprise / individual, R-TEN-1). */
export function setAccountIdentity(ctx: Ctx, raw: unknown): void {
  ctx.authorize('ModifyAccountIdentity');
  const data = parseInput(input, raw);
  const res = ctx.db.update(accounts).set({ identity: data.identity }).where(eq(accounts.id, data.accountId)).run();
  if (res.changes === 0) throw new AppError('NOT_FOUND', 'Account not found.');
}
