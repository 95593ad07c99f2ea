'use server';
import { cookies } from 'next/headers';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { isLocale, LOCALE_COOKIE } from '@/i18n/locales';
import { getActorContext } from '@/lib/server/session';

/**
 * The language switch (header and login page): remembered in a cookie for this browser and,
 * when signed in, on the user so that the next sign-in anywhere uses it. Anyone may call it;
 * it changes nothing but the caller's own preference.
 */
export async function setLocaleAction(locale: string): Promise<{ ok: boolean }> {
  if (!isLocale(locale)) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 86_400, sameSite: 'lax', httpOnly: false });
  const ctx = await getActorContext();
  if (ctx && ctx.actor.userId > 0) getDb().update(users).set({ locale }).where(eq(users.id, ctx.actor.userId)).run();
  return { ok: true };
}
