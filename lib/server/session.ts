import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { isPlatformRole, type PlatformRole } from '@/db/enums';
import { authOptions } from './auth/options';
import type { Ctx } from './context';
import { contextForUser } from './user-context';

/** Builds the verb context of the signed-in user, read fresh from the database; null when signed out. */
export async function getActorContext(): Promise<Ctx | null> {
  const session = await getServerSession(authOptions);
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return contextForUser(getDb(), id);
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
export async function requireCustomerPage(): Promise<Ctx & { account: NonNullable<Ctx['account']> }> {
  const ctx = await getActorContext();
  if (!ctx) redirect('/login');
  if (!ctx.account) redirect(homePathFor(ctx.actor.role));
  return ctx as Ctx & { account: NonNullable<Ctx['account']> };
}

/** For platform pages: signed-in staff of one of `roles`, else redirect or refuse. */
export async function requirePlatformPage(roles?: readonly PlatformRole[]): Promise<Ctx> {
  const ctx = await getActorContext();
  if (!ctx) redirect('/login');
  if (!isPlatformRole(ctx.actor.role)) redirect('/forbidden');
  if (roles && !roles.includes(ctx.actor.role)) redirect('/forbidden');
  return ctx;
}
