import { openDatabase, type Db } from './client';
import { migrateDatabase } from './migrate';

/** A fresh in-memory database with the real migrations, for verb tests. */
export function createTestDb(): Db {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  return db;
}
