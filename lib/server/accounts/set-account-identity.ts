import 'server-only';
import type { AccountIdentityInput } from '@/lib/schemas/accounts';
import { eq } from 'drizzle-orm';
import { accounts } from '@/db/schema';
import { AppError } from '../errors';
import type { Ctx } from '../context';

/** Admin sets an account's identity type (enterprise / individual, R-TEN-1). */
export function setAccountIdentity(ctx: Ctx, data: AccountIdentityInput): void {
  ctx.authorize('ModifyAccountIdentity');
  const res = ctx.db.update(accounts).set({ identity: data.identity }).where(eq(accounts.id, data.accountId)).run();
  if (res.changes === 0) throw new AppError('NOT_FOUND', 'Account not found.');
}
