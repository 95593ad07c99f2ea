import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { migrateDatabase } from './migrate';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The driver's connection under drizzle, for the prepared statements of hot paths. */
export type RawDb = Db['$client'];
/** A prepared statement whose rows are `Row`. */
export type Statement<Row = unknown> = Database.Statement<unknown[], Row>;

/** Default store: `data/sms-console.db` under the working directory (git ignores data/). */
export function databasePath(): string {
  const url = process.env.DATABASE_URL?.replace(/^file:/, '');
  return path.resolve(url && url.length > 0 ? url : 'data/sms-console.db');
}

/** Opens a SQLite file (or ':memory:') with the pragmas the product relies on. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL: a committed billing transaction survives a power cut (R-MSG-4).
  sqlite.pragma('synchronous = FULL');
  return drizzle(sqlite, { schema }) as Db;
}

/** The store's durability (R-MSG-4): SQLite's synchronous level, FULL in the product. */
export function durabilityOf(db: Db): string {
  const level = Number(db.$client.pragma('synchronous', { simple: true }));
  return ['OFF', 'NORMAL', 'FULL', 'EXTRA'][level] ?? String(level);
}

/** Writes without waiting for the disk: only for building a throw-away fixture (benches). */
export function writeWithoutDurability(db: Db): void {
  db.$client.pragma('synchronous = OFF');
}

// The process-wide store is kept on globalThis so that Next's module reloads in development reuse it.
const globalForDb: typeof globalThis & { __smsDb?: Db } = globalThis;

/** The process-wide store, migrated on first use. */
export function getDb(): Db {
  if (!globalForDb.__smsDb) {
    const db = openDatabase(databasePath());
    migrateDatabase(db);
    globalForDb.__smsDb = db;
  }
  return globalForDb.__smsDb;
}
