'use server';
import { getText } from '@/i18n/text-server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { createSession, revokeSession } from '@/lib/server/auth/sessions';
import { sessionCookie, sessionCookieName } from '@/lib/server/auth/session-cookie';
import { signInWithPassword, signInWithSecondFactor } from '@/lib/server/auth/sign-in';
import { clientInfo } from '@/lib/server/http/client-address';
import { currentSession, homePathFor } from '@/lib/server/session';
import { recordOperation } from '@/lib/server/audit/operation-log';
import { revokeOtherSessions } from '@/lib/server/auth/sessions';
import { runAction } from '@/lib/server/action';
import { isLocale, LOCALE_COOKIE } from '@/i18n/locales';

export type SignInState =
  { step: 'password'; error?: string; email?: string } | { step: 'code'; challenge: string; error?: string };

/**
 * The login form's action: a POST even before the page's JavaScript runs, so a
 * password never lands in a URL. Throttled per login and address; a second step asks for a
 * two-factor code when the user has one.
 */
export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const db = getDb();
  const now = new Date();
  const { ip, userAgent } = await clientInfo();
  const challenge = String(form.get('challenge') ?? '');
  const result = challenge
    ? signInWithSecondFactor(db, { challenge, code: String(form.get('code') ?? ''), ip, now })
    : signInWithPassword(db, {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        ip,
        now,
      });
  if (result.ok === 'second-factor') return { step: 'code', challenge: result.challenge };
  if (result.ok === false) {
    const error = (await getText()).message(result.message);
    return challenge && !result.message.startsWith('The sign-in took')
      ? { step: 'code', challenge, error }
      : { step: 'password', error, email: String(form.get('email') ?? '') };
  }
  const sessionId = createSession(db, result.user.id, now, { ip, userAgent });
  const cookie = await sessionCookie(result.user, sessionId);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  // The user's language follows them to any browser.
  if (isLocale(result.user.locale))
    (await cookies()).set(LOCALE_COOKIE, result.user.locale, { path: '/', maxAge: 365 * 86_400, sameSite: 'lax' });
  redirect(homePathFor(result.user.role));
}

/** Signs out: this session ends on the server too, so a copied cookie stops working. */
export async function signOutAction(): Promise<void> {
  const s = await currentSession();
  const db = getDb();
  if (s) {
    revokeSession(db, s.sessionId);
    const { ip } = await clientInfo();
    recordOperation(db, {
      accountId: null,
      userId: s.userId,
      actor: String(s.userId),
      via: 'console',
      action: 'SignOut',
      result: 'ok',
      ip,
      at: new Date(),
    });
  }
  (await cookies()).delete(sessionCookieName());
  redirect('/login');
}

/** User menu → Sign out other sessions. */
export async function signOutOtherSessionsAction() {
  return runAction((ctx) => ({ ended: revokeOtherSessions(ctx.db, ctx.actor.userId, ctx.sessionId ?? null, ctx.now) }));
}
