// A separate process deducting from one SQLite file (the R-PKG-5 concurrency test).
import { openDatabase } from '@/db/client';
import { systemContext } from '@/lib/server/system-context';
import { deductInTransaction } from '@/lib/server/money/deduct-transaction';

const [file, accountId, times, billable] = process.argv.slice(2);
const db = openDatabase(file);
let ok = 0;
let failed = 0;
for (let i = 0; i < Number(times); i++) {
  const ctx = systemContext(db, new Date('2026-06-01T00:00:00Z'));
  if (
    deductInTransaction(ctx, Number(accountId), Number(billable), { type: 'test', id: `${process.pid}-${i}` }) === null
  )
    failed++;
  else ok++;
}
console.log(JSON.stringify({ ok, failed }));
