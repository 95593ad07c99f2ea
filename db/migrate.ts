import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';
import type { Db } from './client';

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), 'db/migrations');

/**
 * Applies the committed drizzle-kit migrations; idempotent. Foreign keys are off while they
 * run (a migration that rebuilds a referenced table cannot turn them off itself: the pragma
 * is ignored inside the migrator's transaction) and every reference is checked afterwards.
 */
export function migrateDatabase(db: Db): void {
  const sqlite = db.$client;
  const enforced = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0)
      throw new Error(`Migration left ${broken.length} broken references: ${JSON.stringify(broken.slice(0, 3))}`);
  } finally {
    if (enforced) sqlite.pragma('foreign_keys = ON');
  }
}
