import 'server-only';
// Settings → Security: the user's sessions, and the platform rule that staff use two-factor sign-in.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { isPlatformRole } from '@/db/enums';
import { platformSettings, userSessions, users } from '@/db/schema';
import type { Ctx } from '../context';
import { recordOperation } from '../audit/operation-log';

const REQUIRE_STAFF_2FA = 'require_staff_2fa';

export function staffTwoFactorRequired(db: Db): boolean {
  return (
    db
      .select({ v: platformSettings.value })
      .from(platformSettings)
      .where(eq(platformSettings.key, REQUIRE_STAFF_2FA))
      .get()?.v === '1'
  );
}

/** The admin requires (or stops requiring) two-factor sign-in for reviewers, finance and admins. */
export function setStaffTwoFactorRequired(ctx: Ctx, required: boolean): void {
  ctx.authorize('ModifyPlatformSecurity');
  ctx.db
    .insert(platformSettings)
    .values({ key: REQUIRE_STAFF_2FA, value: required ? '1' : '0', updatedAt: ctx.now })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: required ? '1' : '0', updatedAt: ctx.now } })
    .run();
  recordOperation(ctx.db, {
    accountId: null,
    userId: ctx.actor.userId,
    actor: ctx.actor.email,
    via: 'console',
    action: 'ModifyPlatformSecurity',
    resource: `require_staff_2fa=${required ? 'on' : 'off'}`,
    result: 'ok',
    at: ctx.now,
  });
}

/**
 * Whether this user must enrol before using the platform pages.
 * @self the signed-in user's own sign-in settings; every user may change their own
 */
export function mustEnrolTwoFactor(ctx: Ctx): boolean {
  if (!isPlatformRole(ctx.actor.role) || !staffTwoFactorRequired(ctx.db)) return false;
  return !ctx.db.select({ t: users.totpEnabledAt }).from(users).where(eq(users.id, ctx.actor.userId)).get()?.t;
}

/**
 * The user's live sessions, this one marked.
 * @self the signed-in user's own sign-in settings; every user may change their own
 */
export function listMySessions(ctx: Ctx) {
  return ctx.db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      ip: userSessions.ip,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(and(eq(userSessions.userId, ctx.actor.userId), isNull(userSessions.revokedAt)))
    .orderBy(desc(userSessions.lastSeenAt))
    .all()
    .map((s) => ({ ...s, current: s.id === ctx.sessionId, id: s.id.slice(0, 6) }));
}
