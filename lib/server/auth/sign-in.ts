import 'server-only';
// Sign-in: throttled per login and per address, the same work for unknown e-mails as
// for known ones, and a second step for users with two-factor sign-in. Every attempt is recorded
// (sign_in_attempts for throttling, the operation log for people).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInAttempts, users, type User } from '@/db/schema';
import { fillText } from '@/lib/domain/notices';
import { signInWait, waitMinutes, WINDOW_MS } from '@/lib/domain/auth/throttle';
import { recordOperation } from '../audit/operation-log';
import { hashPassword, verifyPassword } from './password';
import { spendRecoveryCode, verifyTotp } from './two-factor';

export type SignInResult =
  { ok: true; user: User } | { ok: 'second-factor'; challenge: string } | { ok: false; message: string };

const WRONG = 'Wrong email or password.';
/** Compared against when the e-mail is unknown, so both answers cost one bcrypt check. */
let dummyHash: string | null = null;
const dummy = () => (dummyHash ??= hashPassword('not-a-real-password-0'));

function challengeKey(): string {
  return (
    process.env.NEXTAUTH_SECRET ??
    process.env.API_KEY_SECRET ??
    (globalThis as { __smsChallengeKey?: string }).__smsChallengeKey ??
    ((globalThis as { __smsChallengeKey?: string }).__smsChallengeKey = Math.random().toString(36) + Date.now())
  );
}

/** A 5-minute proof that the password step passed, carried to the code step in a hidden field. */
function makeChallenge(userId: number, now: Date): string {
  const body = `${userId}.${now.getTime() + 5 * 60_000}`;
  return `${body}.${createHmac('sha256', challengeKey()).update(body).digest('base64url')}`;
}

function readChallenge(challenge: string, now: Date): number | null {
  const [id, exp, mac] = challenge.split('.');
  if (!id || !exp || !mac) return null;
  const expected = Buffer.from(createHmac('sha256', challengeKey()).update(`${id}.${exp}`).digest('base64url'));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given) || Number(exp) < now.getTime()) return null;
  return Number(id);
}

/** How long this login (and this address) must wait before another attempt; 0 = now. */
function waitFor(db: Db, login: string, ip: string, now: Date): number {
  const since = new Date(now.getTime() - WINDOW_MS);
  const forLogin = db
    .select({ ok: signInAttempts.ok, at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.login, login), gt(signInAttempts.at, since)))
    .orderBy(desc(signInAttempts.at))
    .all();
  const failures: number[] = [];
  for (const a of forLogin) {
    if (a.ok) break; // counted since the last success
    failures.push(a.at.getTime());
  }
  const forAddress = db
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ip, ip), eq(signInAttempts.ok, false), gt(signInAttempts.at, since)))
    .all();
  return signInWait(
    failures,
    forAddress.map((a) => a.at.getTime()),
    now.getTime(),
  );
}

function attempt(db: Db, login: string, ip: string, ok: boolean, now: Date, user: User | undefined, action: string) {
  db.insert(signInAttempts).values({ login, ip, ok, at: now }).run();
  recordOperation(db, {
    accountId: user?.accountId ?? null,
    userId: user?.id ?? null,
    actor: login,
    via: 'console',
    action,
    result: ok ? 'ok' : 'failed',
    ip,
    at: now,
  });
}

function throttled(ms: number): SignInResult {
  const n = waitMinutes(ms);
  return {
    ok: false,
    message:
      n === 1
        ? 'Too many attempts. Try again in 1 minute.'
        : fillText('Too many attempts. Try again in {n} minutes.', { n }),
  };
}

/** The password step. */
export function signInWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string; now: Date },
): SignInResult {
  const login = input.email.trim().toLowerCase().slice(0, 200);
  if (!login || !input.password) return { ok: false, message: 'Enter your email and password.' };
  const wait = waitFor(db, login, input.ip, input.now);
  if (wait > 0) return throttled(wait);
  const user = db.select().from(users).where(eq(users.email, login)).get();
  const passwordOk = verifyPassword(
    input.password.slice(0, 200),
    user && !user.disabledAt ? user.passwordHash : dummy(),
  );
  if (!user || user.disabledAt || !passwordOk) {
    attempt(db, login, input.ip, false, input.now, user, 'SignInFailed');
    return { ok: false, message: WRONG };
  }
  if (user.totpEnabledAt) return { ok: 'second-factor', challenge: makeChallenge(user.id, input.now) };
  attempt(db, login, input.ip, true, input.now, user, 'SignIn');
  return { ok: true, user };
}

/** The code step: a TOTP code, or one of the recovery codes. */
export function signInWithSecondFactor(
  db: Db,
  input: { challenge: string; code: string; ip: string; now: Date },
): SignInResult {
  const userId = readChallenge(input.challenge, input.now);
  const user = userId ? db.select().from(users).where(eq(users.id, userId)).get() : undefined;
  if (!user || user.disabledAt || !user.totpEnabledAt)
    return { ok: false, message: 'The sign-in took too long. Enter your email and password again.' };
  const wait = waitFor(db, user.email, input.ip, input.now);
  if (wait > 0) return throttled(wait);
  const code = input.code.trim();
  const ok = /^\d{6}$/.test(code) ? verifyTotp(user, code, input.now) : spendRecoveryCode(db, user, code);
  attempt(
    db,
    user.email,
    input.ip,
    ok,
    input.now,
    user,
    ok ? (/^\d{6}$/.test(code) ? 'SignIn' : 'SignInWithRecoveryCode') : 'SignInFailed',
  );
  if (!ok) return { ok: false, message: 'That code is not right.' };
  return { ok: true, user };
}
