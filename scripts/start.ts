// `npm start`: migrate, seed an empty database, print the demo logins, serve the built app.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { databasePath, getDb } from '../db/client';
import { DEMO_LOGINS, seedDemo } from '../db/seed';

const port = process.env.PORT ?? '3000';
const dbFile = databasePath();

function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(path.dirname(dbFile), '.auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

const db = getDb();
const seeded = seedDemo(db);
console.log(`[sms-console] database ${dbFile} migrated${seeded ? ', demo data seeded' : ''}`);
console.log('[sms-console] demo logins:');
for (const l of DEMO_LOGINS) console.log(`  ${l.role.padEnd(8)} ${l.email.padEnd(22)} ${l.password}`);
db.$client.close();

const env = {
  ...process.env,
  PORT: port,
  DATABASE_URL: dbFile,
  NEXTAUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};
console.log(`[sms-console] console at http://localhost:${port}`);
const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', port], {
  env,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
