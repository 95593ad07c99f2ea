// One measurement in its own process (so its peak memory is its own):
//   run.ts <product|baseline|dispatch> <file> <dbfile>
// prints one JSON line {seconds, peakMB, ...}.
import fs from 'node:fs';
import path from 'node:path';
import { durabilityOf, openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { seedDemo } from '../../db/seed';
import { makeContext } from '../../lib/server/context';
import { createImport } from '../../lib/server/imports/create-import';
import { sniffFileKind, streamRows } from '../../lib/server/imports/read-rows';
import { dispatchBatch } from '../../lib/server/sending/dispatch';
import { buyPackage } from '../../lib/server/money/buy-package';
import { importIntoGroup } from '../../lib/server/clients/groups';
import { sendNow } from '../../lib/testing/sending';

const [mode, file, dbFile] = process.argv.slice(2);
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

function freshDb() {
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
  const db = openDatabase(dbFile);
  migrateDatabase(db);
  return db;
}

function demoContext(db: ReturnType<typeof openDatabase>, now: Date) {
  process.env.UPLOAD_DIR = path.join(path.dirname(dbFile), 'uploads');
  seedDemo(db, now, () => 'bench');
  const a = db.$client.prepare('select id, uin, identity, real_name from accounts where uin = 100000000001').get() as {
    id: number;
    uin: number;
    identity: 'enterprise';
    real_name: string;
  };
  return makeContext({
    db,
    now,
    account: { id: a.id, uin: a.uin, identity: a.identity, realName: a.real_name },
    actor: { userId: 0, email: 'bench', name: 'bench', role: 'owner', policies: [] },
  });
}

function ids(db: ReturnType<typeof openDatabase>) {
  const template = db.$client.prepare(`select id from templates where name = 'Order shipped'`).get() as { id: number };
  const signature = db.$client.prepare(`select id from signatures where content = '演示科技'`).get() as { id: number };
  return { templateId: template.id, signatureId: signature.id };
}

async function main() {
  if (mode === 'baseline') {
    // Stream-parse the same file and insert the raw rows, 10,000 per transaction, no checks.
    const db = freshDb();
    db.$client.exec('CREATE TABLE raw_rows (c1 TEXT, c2 TEXT, c3 TEXT)');
    const insert = db.$client.prepare('INSERT INTO raw_rows VALUES (?, ?, ?)');
    const write = db.$client.transaction((rows: string[][]) => {
      for (const r of rows) insert.run(r[0] ?? null, r[1] ?? null, r[2] ?? null);
    });
    let pending: string[][] = [];
    const t0 = performance.now();
    await streamRows(file, sniffFileKind(file), (rows) => {
      for (const r of rows) {
        pending.push(r);
        if (pending.length === 10_000) {
          write(pending);
          pending = [];
        }
      }
    });
    if (pending.length) write(pending);
    const seconds = (performance.now() - t0) / 1000;
    console.log(JSON.stringify({ seconds, peakMB: peakMB() }));
    return;
  }
  const now = new Date(Date.now() - 3_600_000);
  const db = freshDb();
  const ctx = demoContext(db, now);
  const { templateId, signatureId } = ids(db);
  if (mode === 'product') {
    const t0 = performance.now();
    const report = await createImport(ctx, {
      region: 'mainland',
      templateId,
      signatureId,
      fileName: path.basename(file),
      file,
    });
    const seconds = (performance.now() - t0) / 1000;
    console.log(JSON.stringify({ seconds, peakMB: peakMB(), validRows: report.validRows }));
    return;
  }
  if (mode === 'group') {
    const t0 = performance.now();
    const r = await importIntoGroup(ctx, { newGroup: { name: 'bench', region: 'mainland' }, file });
    const seconds = (performance.now() - t0) / 1000;
    console.log(JSON.stringify({ seconds, peakMB: peakMB(), validRows: r.added }));
    return;
  }
  if (mode === 'dispatch') {
    buyPackage(ctx, { kind: 'fixed', count: 1_000_000, quantity: 1, agreed: true });
    const report = await createImport(ctx, {
      region: 'mainland',
      templateId,
      signatureId,
      fileName: 'bench.csv',
      file,
    });
    sendNow(ctx, report.importId, { signatureId, templateId });
    const sync = durabilityOf(db);
    const t0 = performance.now();
    let sent = 0;
    let processed = 0;
    for (;;) {
      const r = dispatchBatch(db, new Date(), { batchSize: 5000 });
      if (r.processed === 0) break;
      processed += r.processed;
      sent += r.submitted;
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      JSON.stringify({
        seconds,
        peakMB: peakMB(),
        processed,
        sent,
        perSecond: Math.round(processed / seconds),
        synchronous: sync,
      }),
    );
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
