// Test helpers: an in-memory database with the real migrations and the demo seed,
// and verb contexts for any seeded user.
import { eq } from 'drizzle-orm';
import { createTestDb } from '@/db/testing';
import { seedDemo } from '@/db/seed';
import { hashPassword } from '@/lib/server/auth/password';
import { accounts, users } from '@/db/schema';
import type { Db } from '@/db/client';
import type { Role } from '@/db/enums';
import { makeContext, type Ctx } from '@/lib/server/context';
import type { PolicyStatement } from '@/lib/domain/access/policy';

const hashes = new Map<string, string>();
/** bcrypt is slow on purpose; tests hash each demo password once per process. */
function cachedHash(plain: string): string {
  if (!hashes.has(plain)) hashes.set(plain, hashPassword(plain));
  return hashes.get(plain)!;
}

export interface World {
  db: Db;
  ctxFor(email: string, opts?: { now?: Date; policies?: PolicyStatement[]; role?: Role }): Ctx;
}

/** A seeded in-memory world; `content: true` adds the demo's effective signatures and templates. */
export function createWorld(now = new Date('2026-11-02T02:00:00Z'), options: { content?: boolean } = {}): World {
  const db = createTestDb();
  seedDemo(db, now, cachedHash, { content: options.content ?? false });
  return {
    db,
    ctxFor(email, opts = {}) {
      const user = db.select().from(users).where(eq(users.email, email)).get();
      if (!user) throw new Error(`no user ${email}`);
      const account = user.accountId ? db.select().from(accounts).where(eq(accounts.id, user.accountId)).get() : null;
      return makeContext({
        db,
        now: opts.now ?? now,
        actor: {
          userId: user.id,
          email: user.email,
          name: user.name,
          role: opts.role ?? user.role,
          policies: opts.policies ?? [],
        },
        account: account
          ? { id: account.id, uin: account.uin, identity: account.identity, realName: account.realName }
          : null,
      });
    },
  };
}

/** Runs a verb and returns the AppError code it threw (or 'OK'). */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'OK';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}
