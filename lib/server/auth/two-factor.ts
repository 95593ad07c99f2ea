import 'server-only';
import type { PasswordInput, TwoFactorCodeInput } from '@/lib/schemas/users';
// Two-factor sign-in with TOTP (as the Tencent console's MFA): enrol with a QR code made
// here (no third party sees the secret), confirm with a code, keep 10 one-time recovery codes.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { users, type User } from '@/db/schema';
import { openSecret, sealSecret } from '../api-keys/vault';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { verifyPassword } from './password';
import { revokeOtherSessions } from './sessions';

const ISSUER = 'SMS Console';

function totpOf(secretBase32: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

const hashCode = (code: string) => createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex');

/** Whether `code` is the user's current TOTP (±30 s) — false when 2FA is not set up. */
export function verifyTotp(user: Pick<User, 'email' | 'totpSecret'>, code: string, now: Date): boolean {
  const secret = user.totpSecret ? openSecret(user.totpSecret) : null;
  if (!secret || !/^\d{6}$/.test(code.trim())) return false;
  return totpOf(secret, user.email).validate({ token: code.trim(), timestamp: now.getTime(), window: 1 }) !== null;
}

/**
 * Uses a recovery code once; true when it was one of the user's unused codes.
 * @self the signed-in user's own sign-in settings; every user may change their own
 */
export function spendRecoveryCode(ctxDb: Ctx['db'], user: Pick<User, 'id' | 'recoveryCodes'>, code: string): boolean {
  const hash = Buffer.from(hashCode(code));
  const codes = user.recoveryCodes ?? [];
  const hit = codes.find((c) => c.length === hash.length && timingSafeEqual(Buffer.from(c), hash));
  if (!hit) return false;
  const res = ctxDb
    .update(users)
    .set({ recoveryCodes: codes.filter((c) => c !== hit) })
    .where(eq(users.id, user.id))
    .run();
  return res.changes === 1;
}

function me(ctx: Ctx): User {
  const user = ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId)).get();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in again.');
  return user;
}

export interface TwoFactorStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
}

/** @self the signed-in user's own sign-in settings; every user may change their own */
export function twoFactorStatus(ctx: Ctx): TwoFactorStatus {
  const user = me(ctx);
  return { enabled: user.totpEnabledAt !== null, recoveryCodesLeft: user.recoveryCodes?.length ?? 0 };
}

/**
 * Starts enrolment: a new secret (not active until confirmed), its otpauth URI and QR code.
 * @self the signed-in user's own sign-in settings; every user may change their own
 */
export async function beginTwoFactor(ctx: Ctx): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const user = me(ctx);
  if (user.totpEnabledAt)
    throw new AppError('CONFLICT', 'Two-factor sign-in is already on. Turn it off first to enrol a new device.');
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  ctx.db
    .update(users)
    .set({ totpSecret: sealSecret(secret) })
    .where(eq(users.id, user.id))
    .run();
  const uri = totpOf(secret, user.email).toString();
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1, width: 192 }) };
}

/**
 * Confirms enrolment with a code from the app; turns 2FA on and returns 10 recovery codes, shown once.
 * @self the signed-in user's own sign-in settings; every user may change their own
 */
export function confirmTwoFactor(ctx: Ctx, { code }: TwoFactorCodeInput): { recoveryCodes: string[] } {
  const user = me(ctx);
  if (user.totpEnabledAt) throw new AppError('CONFLICT', 'Two-factor sign-in is already on.');
  if (!verifyTotp(user, code, ctx.now))
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
      code: 'That code is not right. Check the time on your phone and try the current code.',
    });
  const recoveryCodes = Array.from({ length: 10 }, () => {
    const r = randomBytes(5).toString('hex');
    return `${r.slice(0, 5)}-${r.slice(5)}`;
  });
  ctx.db
    .update(users)
    .set({ totpEnabledAt: ctx.now, recoveryCodes: recoveryCodes.map(hashCode) })
    .where(eq(users.id, user.id))
    .run();
  return { recoveryCodes };
}

/**
 * Turns 2FA off after the password; other sessions end. Refused where the admin requires it for staff.
 * @self the signed-in user's own sign-in settings; every user may change their own
 */
export function disableTwoFactor(ctx: Ctx, { password }: PasswordInput, required: boolean): void {
  const user = me(ctx);
  if (required) throw new AppError('CONFLICT', 'The platform requires two-factor sign-in for staff.');
  if (!verifyPassword(password, user.passwordHash))
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', { password: 'Wrong password.' });
  ctx.db
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, recoveryCodes: null })
    .where(eq(users.id, user.id))
    .run();
  revokeOtherSessions(ctx.db, user.id, ctx.sessionId ?? null, ctx.now);
}
