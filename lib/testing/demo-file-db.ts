// A demo database in a file, as a separate sending process sees it, with a recipient file ready:
// the setup shared by the crash tests and the SMPP benchmark.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemo } from '@/db/seed';
import { makeContext, type Ctx } from '@/lib/server/context';
import { buyPackage } from '@/lib/server/money/buy-package';

export interface DemoFileDb {
  file: string;
  db: Db;
  /** The demo owner's context, an hour before now (the seeded packages are usable). */
  ctx: Ctx;
  start: Date;
  templateId: number;
  signatureId: number;
}

/** Seeds the demo into `dir/db.sqlite` and buys the demo account a package of `packageCount`. */
export function demoFileDb(dir: string, packageCount: number): DemoFileDb {
  const file = path.join(dir, 'db.sqlite');
  const db = openDatabase(file);
  migrateDatabase(db);
  const start = new Date(Date.now() - 3_600_000);
  seedDemo(db, start, () => 'x');
  const a = db.$client
    .prepare<
      unknown[],
      {
        id: number;
        uin: number;
        identity: 'enterprise';
        real_name: string;
      }
    >('select id, uin, identity, real_name from accounts where uin = 100000000001')
    .get()!;
  const ctx = makeContext({
    db,
    now: start,
    account: { id: a.id, uin: a.uin, identity: a.identity, realName: a.real_name },
    actor: { userId: 0, email: 's', name: 'test', role: 'owner', policies: [] },
  });
  buyPackage(ctx, { kind: 'fixed', count: packageCount, quantity: 1, agreed: true });
  const templateId = db.$client
    .prepare<unknown[], { id: number }>(`select id from templates where name = 'Order shipped'`)
    .get()!.id;
  const signatureId = db.$client
    .prepare<unknown[], { id: number }>(`select id from signatures where content = '演示科技'`)
    .get()!.id;
  return { file, db, ctx, start, templateId, signatureId };
}

/** Writes a CSV of `n` mainland numbers from `first` (with the template's two variables), streamed. */
export async function writeRecipients(file: string, n: number, first: number, step = 1): Promise<string> {
  const out = fs.createWriteStream(file);
  out.write('phone,variable1,variable2\n');
  for (let i = 0; i < n; i++)
    if (!out.write(`${first + i * step},A${i},SF\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
  return file;
}
