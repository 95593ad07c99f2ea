import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { parseInput } from '../validation';
import { hashPassword, newPasswordField, verifyPassword } from '../auth/password';
import { revokeOtherSessions } from '../auth/sessions';

const input = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((d) => d.newPassword === d.confirmPassword, { path: ['confirmPassword'], message: 'The passwords differ.' });

/**
 * Any signed-in user changes its own password after proving the current one.
 * @self the signed-in user's own sign-in settings; every user may change their own
 */
export function changePassword(ctx: Ctx, raw: unknown): void {
  const data = parseInput(input, raw);
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
