import 'server-only';
import { eq } from 'drizzle-orm';
import type { AdjustBalanceInput } from '@/lib/schemas/money';
import { accounts } from '@/db/schema';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { moveCash } from './ledger';
import { settleArrears } from './international';
import { yuanToLiText } from './yuan';

/** Finance or admin credits or debits an account's cash with a reason; a credit settles arrears (R-INT-2). */
export function adjustBalance(ctx: Ctx, d: AdjustBalanceInput): { balanceLi: number } {
  ctx.authorize('ModifyAccountBalance');
  const li = yuanToLiText(d.amountYuan);
  if (li <= 0)
    throw new AppError('INVALID_INPUT', 'The amount must be above zero.', {
      amountYuan: 'The amount must be above zero.',
    });
  return ctx.db.transaction(
    () => {
      if (!ctx.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, d.accountId)).get())
        throw new AppError('NOT_FOUND', 'Account not found.');
      let balanceLi = moveCash(ctx, {
        accountId: d.accountId,
        kind: d.direction,
        amountLi: d.direction === 'credit' ? li : -li,
        reason: d.reason,
      });
      if (d.direction === 'credit') balanceLi = settleArrears(ctx, d.accountId);
      return { balanceLi };
    },
    { behavior: 'immediate' },
  );
}
