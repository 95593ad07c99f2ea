import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '@/db/schema';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { parseInput } from '../validation';
import { moveCash } from './ledger';
import { settleArrears } from './international';
import { yuanToLiText } from './yuan';

const input = z.object({
  accountId: z.coerce.number().int().positive(),
  direction: z.enum(['credit', 'debit']),
  /** Yuan as typed, up to 3 decimals; converted to li without floating point. */
  amountYuan: z
    .string()
    .trim()
    .regex(/^\d{1,9}(\.\d{1,3})?$/, 'Enter an amount in yuan, e.g. 50000 or 12.345.'),
  reason: z.string().trim().min(2, 'Give the reason (kept in the ledger).').max(200),
});

/** Finance or admin credits or debits an account's cash with a reason; a credit settles arrears (R-INT-2). */
export function adjustBalance(ctx: Ctx, raw: unknown): { balanceLi: number } {
  ctx.authorize('ModifyAccountBalance');
  const d = parseInput(input, raw);
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
