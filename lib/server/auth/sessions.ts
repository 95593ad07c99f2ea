import 'server-only';
// Server-side sessions: the session cookie carries a session id; a request is signed
// in only while that row is live, so sign-out, a password change, a disabled user and "Sign out
// other sessions" end sessions at once.
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { userSessions, users } from '@/db/schema';

/** Sessions last 8 hours, like the cookie. */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;

export function createSession(
  db: Db,
  userId: number,
  now: Date,
  client: { ip?: string | null; userAgent?: string | null } = {},
): string {
  const id = randomBytes(24).toString('base64url');
  db.insert(userSessions)
    .values({
      id,
      userId,
      createdAt: now,
      lastSeenAt: now,
      ip: client.ip ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    })
    .run();
  return id;
}

/** Whether a session still lets `userId` in (not revoked, not expired, the user not disabled); touches it. */
export function sessionIsLive(db: Db, sessionId: string, userId: number, now = new Date()): boolean {
  const row = db
    .select({
      userId: userSessions.userId,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      revokedAt: userSessions.revokedAt,
      disabledAt: users.disabledAt,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.id, sessionId))
    .get();
  if (!row || row.userId !== userId || row.revokedAt || row.disabledAt) return false;
  if (now.getTime() - row.createdAt.getTime() > SESSION_MAX_AGE_S * 1000) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000)
    db.update(userSessions).set({ lastSeenAt: now }).where(eq(userSessions.id, sessionId)).run();
  return true;
}

export function revokeSession(db: Db, sessionId: string, now = new Date()): void {
  db.update(userSessions)
    .set({ revokedAt: now })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)))
    .run();
}

/** Ends every session of a user but `keep` (the caller's own); returns how many ended. */
export function revokeOtherSessions(db: Db, userId: number, keep: string | null, now = new Date()): number {
  return db
    .update(userSessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        keep ? ne(userSessions.id, keep) : undefined,
      ),
    )
    .run().changes;
}
