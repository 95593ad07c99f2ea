// Sign-in throttling with equal work for unknown e-mails, sessions that end, and
// two-factor sign-in with recovery codes — each a finding that failed on the earlier code.
import { describe, expect, it } from 'vitest';
import * as OTPAuth from 'otpauth';
import { eq, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import { createWorld } from '@/lib/testing/world';
import { hashPassword } from './password';
import { signInWithPassword, signInWithSecondFactor } from './sign-in';
import { createSession, revokeOtherSessions, revokeSession, sessionIsLive } from './sessions';
import { beginTwoFactor, confirmTwoFactor, disableTwoFactor, twoFactorStatus } from './two-factor';
import { changePassword } from '../users/change-password';
import { parseInput } from '@/lib/server/validation';
import { changePasswordInput, twoFactorCodeInput, passwordInput } from '@/lib/schemas/users';

process.env.API_KEY_SECRET ??= 'test-sealing-key';
const OWNER = 'owner@demo.local';
const ip = '203.0.113.9';

function world() {
  const w = createWorld();
  // the world's users have cached test hashes; give the owner a real one for 'Owner#2026'
  w.db
    .update(users)
    .set({ passwordHash: hashPassword('Owner#2026') })
    .where(eq(users.email, OWNER))
    .run();
  return w;
}

describe('sign-in throttling', () => {
  it('after 5 failures in 15 minutes even the right password waits, with a clear message; later it works', () => {
    const w = world();
    const t = new Date('2026-11-28T10:00:00Z');
    for (let i = 0; i < 5; i++)
      expect(signInWithPassword(w.db, { email: OWNER, password: `wrong${i}`, ip, now: t })).toEqual({
        ok: false,
        message: 'Wrong email or password.',
      });
    expect(signInWithPassword(w.db, { email: OWNER, password: 'Owner#2026', ip, now: t })).toEqual({
      ok: false,
      message: 'Too many attempts. Try again in 1 minute.',
    });
    expect(
      signInWithPassword(w.db, {
        email: ` ${OWNER.toUpperCase()} `,
        password: 'Owner#2026',
        ip: '198.51.100.1',
        now: t,
      }).ok,
    ).toBe(false); // same login, other address
    const later = new Date(t.getTime() + 61_000);
    expect(signInWithPassword(w.db, { email: OWNER, password: 'Owner#2026', ip, now: later }).ok).toBe(true);
    // failures and the success are in the operation log
    expect(
      w.db.all(sql`select action, result from operation_log where actor = ${OWNER} order by id`).slice(-2),
    ).toEqual([
      { action: 'SignInFailed', result: 'failed' },
      { action: 'SignIn', result: 'ok' },
    ]);
  });

  it('one address is stopped after 20 failures across logins', () => {
    const w = world();
    const t = new Date('2026-11-28T10:00:00Z');
    for (let i = 0; i < 20; i++) signInWithPassword(w.db, { email: `nobody${i}@x.io`, password: 'x', ip, now: t });
    expect(signInWithPassword(w.db, { email: OWNER, password: 'Owner#2026', ip, now: t })).toMatchObject({
      ok: false,
      message: /Too many attempts/,
    });
  });

  it('an unknown e-mail costs the same work as a known one with a wrong password', () => {
    const w = world();
    const time = (email: string, i: number) => {
      const t0 = performance.now();
      signInWithPassword(w.db, {
        email,
        password: 'wrong-password',
        ip: `192.0.2.${i}`,
        now: new Date(Date.UTC(2026, 0, 1, 0, i * 20)),
      });
      return performance.now() - t0;
    };
    time('warm@x.io', 200);
    // Alternate the two so a busy machine slows both alike; compare medians.
    const known: number[] = [];
    const unknownRuns: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(time(OWNER, 2 * i));
      unknownRuns.push(time('no-such-user@x.io', 2 * i + 1));
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[3];
    const unknown = median(unknownRuns) / median(known);
    // Before: the unknown e-mail answered ~6× faster (no bcrypt). Now both run one bcrypt check.
    expect(unknown).toBeGreaterThan(0.4);
    expect(unknown).toBeLessThan(2.5);
  });
});

describe('sessions that end', () => {
  it('sign-out, a password change, "sign out other sessions" and a disabled user end sessions', () => {
    const w = world();
    const user = w.db.select().from(users).where(eq(users.email, OWNER)).get()!;
    const now = new Date();
    const a = createSession(w.db, user.id, now);
    const b = createSession(w.db, user.id, now);
    const c = createSession(w.db, user.id, now);
    expect([a, b, c].map((s) => sessionIsLive(w.db, s, user.id))).toEqual([true, true, true]);
    expect(sessionIsLive(w.db, a, user.id + 1)).toBe(false); // a session is its user's only
    revokeSession(w.db, a);
    expect(sessionIsLive(w.db, a, user.id)).toBe(false);
    // a password change ends the others, this one goes on
    changePassword(
      { ...w.ctxFor(OWNER), sessionId: b },
      parseInput(changePasswordInput, {
        currentPassword: 'Owner#2026',
        newPassword: 'Newpass#2027',
        confirmPassword: 'Newpass#2027',
      }),
    );
    expect([b, c].map((s) => sessionIsLive(w.db, s, user.id))).toEqual([true, false]);
    const d = createSession(w.db, user.id, now);
    expect(revokeOtherSessions(w.db, user.id, d)).toBe(1);
    expect([b, d].map((s) => sessionIsLive(w.db, s, user.id))).toEqual([false, true]);
    w.db.update(users).set({ disabledAt: now }).where(eq(users.id, user.id)).run();
    expect(sessionIsLive(w.db, d, user.id)).toBe(false);
    // eight hours later a session is over whatever happens
    w.db.update(users).set({ disabledAt: null }).where(eq(users.id, user.id)).run();
    const e = createSession(w.db, user.id, now);
    expect(sessionIsLive(w.db, e, user.id, new Date(now.getTime() + 8 * 3_600_000 + 1))).toBe(false);
  });
});

describe('two-factor sign-in', () => {
  it('enrol with a code, then sign-in asks for one; recovery codes work once; turning it off needs the password', async () => {
    const w = world();
    const ctx = w.ctxFor(OWNER, { now: new Date() });
    const { secret, uri, qrSvg } = await beginTwoFactor(ctx);
    expect(uri).toMatch(/^otpauth:\/\/totp\/SMS%20Console:owner%40demo\.local\?/);
    expect(qrSvg).toMatch(/^<svg/);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    expect(() =>
      confirmTwoFactor(
        ctx,
        parseInput(twoFactorCodeInput, { code: '000000' === totp.generate() ? '111111' : '000000' }),
      ),
    ).toThrow();
    expect(twoFactorStatus(ctx).enabled).toBe(false);
    const { recoveryCodes } = confirmTwoFactor(ctx, parseInput(twoFactorCodeInput, { code: totp.generate() }));
    expect(recoveryCodes).toHaveLength(10);
    expect(twoFactorStatus(ctx)).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    const stored = w.db.select().from(users).where(eq(users.email, OWNER)).get()!;
    expect(stored.totpSecret).not.toContain(secret);
    expect(JSON.stringify(stored.recoveryCodes)).not.toContain(recoveryCodes[0]);

    const now = new Date();
    const step = signInWithPassword(w.db, { email: OWNER, password: 'Owner#2026', ip, now });
    expect(step.ok).toBe('second-factor');
    const challenge = (step as { challenge: string }).challenge;
    expect(signInWithSecondFactor(w.db, { challenge, code: '12345', ip, now })).toEqual({
      ok: false,
      message: 'That code is not right.',
    });
    expect(
      signInWithSecondFactor(w.db, { challenge: challenge.replace(/.$/, 'x'), code: totp.generate(), ip, now }).ok,
    ).toBe(false);
    expect(
      signInWithSecondFactor(w.db, { challenge, code: totp.generate({ timestamp: now.getTime() }), ip, now }).ok,
    ).toBe(true);
    expect(signInWithSecondFactor(w.db, { challenge, code: recoveryCodes[3], ip, now }).ok).toBe(true);
    expect(signInWithSecondFactor(w.db, { challenge, code: recoveryCodes[3], ip, now }).ok).toBe(false); // once only
    expect(twoFactorStatus(ctx).recoveryCodesLeft).toBe(9);
    expect(
      signInWithSecondFactor(w.db, { challenge, code: totp.generate(), ip, now: new Date(now.getTime() + 6 * 60_000) }),
    ).toMatchObject({ ok: false, message: /took too long/ });

    expect(() => disableTwoFactor(ctx, parseInput(passwordInput, { password: 'nope' }), false)).toThrow();
    expect(() => disableTwoFactor(ctx, parseInput(passwordInput, { password: 'Owner#2026' }), true)).toThrow(
      /requires/,
    );
    disableTwoFactor(ctx, parseInput(passwordInput, { password: 'Owner#2026' }), false);
    expect(signInWithPassword(w.db, { email: OWNER, password: 'Owner#2026', ip: '192.0.2.200', now }).ok).toBe(true);
  });
});

describe('the admin can require two-factor sign-in for staff', () => {
  it('staff without it must enrol; customers are not affected; only the admin may set it', async () => {
    const { mustEnrolTwoFactor, setStaffTwoFactorRequired, staffTwoFactorRequired } =
      await import('./security-settings');
    const w = world();
    expect(() => setStaffTwoFactorRequired(w.ctxFor('finance@sms.local'), true)).toThrow(/No permission/);
    expect(staffTwoFactorRequired(w.db)).toBe(false);
    expect(mustEnrolTwoFactor(w.ctxFor('reviewer@sms.local'))).toBe(false);
    setStaffTwoFactorRequired(w.ctxFor('admin@sms.local'), true);
    expect(mustEnrolTwoFactor(w.ctxFor('reviewer@sms.local'))).toBe(true);
    expect(mustEnrolTwoFactor(w.ctxFor(OWNER))).toBe(false);
    const reviewer = w.ctxFor('reviewer@sms.local', { now: new Date() });
    const { secret } = await beginTwoFactor(reviewer);
    confirmTwoFactor(
      reviewer,
      parseInput(twoFactorCodeInput, {
        code: new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate(),
      }),
    );
    expect(mustEnrolTwoFactor(reviewer)).toBe(false);
    expect(() => disableTwoFactor(reviewer, parseInput(passwordInput, { password: 'Review#2026' }), true)).toThrow(
      /requires/,
    );
  });
});
