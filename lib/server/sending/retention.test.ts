// Message records older than SMS_RECORD_RETENTION_DAYS are purged in batches;
// rollups (statistics), tasks and money stay; the rollup check and rebuild leave purged days alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createWorld } from '@/lib/testing/world';
import { effectiveSignature, effectiveTemplate, tempFile } from '@/lib/testing/sending';
import { createImport } from '../imports/create-import';
import { dispatchBatch } from './dispatch';
import { applyDueReceipts } from './receipts';
import { purgeOldRecords, recordsKeptFrom } from './retention';
import { rebuildStats, verifyStats } from '../stats/rebuild';
import { verifyLedgers } from '../money/ledger';
import { sendNow } from '@/lib/testing/sending';

const OWNER = 'owner@demo.local';
beforeAll(() => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-uploads-'));
});

describe('record retention', () => {
  it('purges records older than 60 days in batches; statistics totals, tasks and money stay', async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 70 * 86_400_000);
    const w = createWorld(old);
    const signatureId = effectiveSignature(w, OWNER, 'mainland');
    const templateId = effectiveTemplate(w, OWNER, 'mainland', 'Order {1} shipped by {2}.');
    const send = async (at: Date, first: number, n: number) => {
      const ctx = w.ctxFor(OWNER, { now: at });
      const rows = Array.from({ length: n }, (_, i) => `${first + i},A${i},SF`).join('\n');
      const imp = await createImport(ctx, {
        region: 'mainland',
        templateId,
        signatureId,
        fileName: 'r.csv',
        file: tempFile('r.csv', `phone,v1,v2\n${rows}`),
      });
      const { taskId } = sendNow(ctx, imp.importId, { signatureId, templateId });
      while (dispatchBatch(w.db, at).processed > 0);
      applyDueReceipts(w.db, new Date(at.getTime() + 60_000));
      return taskId;
    };
    const oldTask = await send(new Date(old.getTime() + 600_000), 13800000000, 120);
    const newTask = await send(now, 13900000000, 30);
    const totals = () =>
      w.db.get<{ requests: number; billed: number }>(
        sql`select sum(requests) as requests, sum(billed) as billed from stats_daily`,
      );
    const before = totals();
    expect(before.requests).toBe(150);

    process.env.SMS_RECORD_RETENTION_DAYS = '60';
    expect(purgeOldRecords(w.db, now, 1)).toBe(120); // one batch of 5,000 holds them all
    expect(purgeOldRecords(w.db, now)).toBe(0); // idempotent
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from messages where task_id = ${oldTask}`).n).toBe(0);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from messages where task_id = ${newTask}`).n).toBe(30);
    expect(
      w.db.get<{ n: number }>(
        sql`select count(*) as n from replies where received_at < ${recordsKeptFrom(w.db)!.getTime()}`,
      ).n,
    ).toBe(0);
    // Totals and charts read rollups: unchanged. Tasks keep their counters. Money is untouched.
    expect(totals()).toEqual(before);
    expect(
      w.db.get<{ total: number; submitted: number }>(sql`select total, submitted from tasks where id = ${oldTask}`),
    ).toMatchObject({ total: 120 });
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
    // The rollup check compares only what is still held; a rebuild keeps the purged days' rollups.
    expect(verifyStats(w.db.$client)).toEqual({ stats_daily: 0, stats_hourly: 0, stats_codes: 0 });
    rebuildStats(w.db.$client);
    expect(totals()).toEqual(before);
    expect(recordsKeptFrom(w.db)!.getTime()).toBeLessThan(now.getTime() - 59 * 86_400_000);
    delete process.env.SMS_RECORD_RETENTION_DAYS;
  });
});
