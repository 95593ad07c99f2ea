import 'server-only';
import type { ChangePasswordInput } from '@/lib/schemas/users';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { hashPassword, verifyPassword } from '../auth/password';
import { revokeOtherSessions } from '../auth/sessions';

/**
 * Any signed-in user changes its own password after proving the current one.
 * @self the signed-in user's own sign-in settings; every user may change their own
 */
export function changePassword(ctx: Ctx, data: ChangePasswordInput): void {
  const user = ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId)).get();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in again.');
  if (!verifyPassword(data.currentPassword, user.passwordHash)) {
    throw new AppError('INVALID_INPUT', 'The current password is wrong.', { currentPassword: 'Wrong password.' });
  }
  ctx.db
    .update(users)
    .set({ passwordHash: hashPassword(data.newPassword), passwordChangedAt: ctx.now })
    .where(eq(users.id, user.id))
    .run();
  // Every other session of this user ends; this one goes on.
  revokeOtherSessions(ctx.db, user.id, ctx.sessionId ?? null, ctx.now);
}
