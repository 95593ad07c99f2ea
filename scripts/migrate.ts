import { databasePath, getDb } from '../db/client';

getDb();
console.log(`migrated ${databasePath()}`);
