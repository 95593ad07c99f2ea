import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accounts, users } from '@/db/schema';
import { isPlatformRole } from '@/db/enums';
import { makeContext, type UserActor, type UserCtx } from './context';
import { statementsOf } from './access/access';

/** The verb context of a user (a session's, or an API key's owner), read fresh; null if the user is gone. */
export function contextForUser(db: Db, userId: number, now?: Date): UserCtx | null {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user || user.disabledAt) return null;
  const account = user.accountId ? db.select().from(accounts).where(eq(accounts.id, user.accountId)).get() : undefined;
  if (!isPlatformRole(user.role) && !account) return null;
  // R-CAM-3: a sub-user acts with the statements of the policies attached to them.
  const actor: UserActor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    policies: user.role === 'subuser' && account ? statementsOf(db, user.id, account.id) : [],
  };
  const ctx = makeContext({
    db,
    now,
    actor,
    account: account
      ? { id: account.id, uin: account.uin, identity: account.identity, realName: account.realName }
      : null,
  });
  return { ...ctx, actor };
}
