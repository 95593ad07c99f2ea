import 'server-only';
import type { CreateAccountInput } from '@/lib/schemas/accounts';
import { eq } from 'drizzle-orm';
import { accounts, users } from '@/db/schema';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { hashPassword } from '../auth/password';
import { randomDigits } from '../random';
import { grantActivationGift } from '../money/duties';

/** Admin creates a customer account and its owner login (R-TEN-1). */
export function createAccount(ctx: Ctx, data: CreateAccountInput): { accountId: number; uin: number } {
  ctx.authorize('CreateAccount');
  return ctx.db.transaction(
    (tx) => {
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, data.ownerEmail)).get()) {
        throw new AppError('CONFLICT', 'That email already has a login.', {
          ownerEmail: 'This email is already used.',
        });
      }
      let uin = 0;
      for (let i = 0; i < 20 && !uin; i++) {
        // 12 digits, like every account id (the demo accounts are 100000000001 and 100000000002).
        const candidate = Number(`100${randomDigits(9)}`);
        if (!tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.uin, candidate)).get()) uin = candidate;
      }
      if (!uin) throw new AppError('CONFLICT', 'Could not allocate an account id; please try again.');
      const account = tx
        .insert(accounts)
        .values({ uin, realName: data.realName, identity: data.identity, createdAt: ctx.now })
        .returning({ id: accounts.id })
        .get();
      tx.insert(users)
        .values({
          email: data.ownerEmail,
          name: data.ownerName,
          passwordHash: hashPassword(data.ownerPassword),
          role: 'owner',
          accountId: account.id,
          createdAt: ctx.now,
        })
        .run();
      grantActivationGift(ctx, account.id);
      return { accountId: account.id, uin };
    },
    { behavior: 'immediate' },
  );
}
