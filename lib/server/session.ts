import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { isPlatformRole, type PlatformRole } from '@/db/enums';
import { authOptions } from './auth/options';
import type { Ctx, UserCtx } from './context';
import { contextForUser } from './user-context';
import { sessionIsLive } from './auth/sessions';
import { mustEnrolTwoFactor } from './auth/security-settings';

/** The signed-in user and session of this request, when the session is still live. */
export async function currentSession(): Promise<{ userId: number; sessionId: string } | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sid?: string } | undefined;
  const userId = Number(user?.id);
  if (!Number.isInteger(userId) || userId <= 0 || typeof user?.sid !== 'string') return null;
  if (!sessionIsLive(getDb(), user.sid, userId)) return null;
  return { userId, sessionId: user.sid };
}

/** Builds the verb context of the signed-in user, read fresh from the database; null when signed out. */
export async function getActorContext(): Promise<UserCtx | null> {
  const s = await currentSession();
  if (!s) return null;
  const ctx = contextForUser(getDb(), s.userId);
  return ctx ? { ...ctx, sessionId: s.sessionId } : null;
}

/** Where a user lands after sign-in. */
export function homePathFor(role: string): string {
  if (role === 'admin') return '/admin/accounts';
  if (role === 'reviewer') return '/review';
  if (role === 'finance') return '/finance';
  if (isPlatformRole(role)) return '/platform';
  return '/overview';
}

/** For console pages: a signed-in customer user, else redirect. */
export async function requireCustomerPage(): Promise<UserCtx & { account: NonNullable<Ctx['account']> }> {
  const ctx = await getActorContext();
  if (!ctx) redirect('/login');
  if (!ctx.account) redirect(homePathFor(ctx.actor.role));
  return { ...ctx, account: ctx.account };
}

/** For platform pages: signed-in staff of one of `roles`, else redirect or refuse. */
export async function requirePlatformPage(roles?: readonly PlatformRole[]): Promise<UserCtx> {
  const ctx = await getActorContext();
  if (!ctx) redirect('/login');
  if (!isPlatformRole(ctx.actor.role)) redirect('/forbidden');
  if (roles && !roles.includes(ctx.actor.role)) redirect('/forbidden');
  // Where the admin requires it, staff enrol in two-factor sign-in before anything else.
  if (mustEnrolTwoFactor(ctx)) redirect('/settings/security?required=1');
  return ctx;
}
