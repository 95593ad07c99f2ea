import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createWorld, type World } from '@/lib/testing/world';
import { effectiveSignature, effectiveTemplate, tempFile } from '@/lib/testing/sending';
import { fromBeijing } from '@/lib/domain/time';
import { resolvePeriod } from '@/lib/domain/stats/period';
import { createImport } from '../imports/create-import';
import { createTask } from '../sending/create-task';
import { dispatchBatch } from '../sending/dispatch';
import { applyDueReceipts } from '../sending/receipts';
import { stopTask } from '../sending/task-control';
import { rebuildStats, verifyStats } from './rebuild';
import { statsFilterFrom } from './page-filter';
import { statsCodes, statsCountries, statsOverview, statsReceipts, statsRecords, statsReplies } from './read-stats';
import { dashboard } from '../overview/dashboard';
import { codeOf } from '@/lib/testing/world';
import { parseInput } from '@/lib/server/validation';
import { createTaskInput } from '@/lib/schemas/sending';

const OWNER = 'owner@demo.local';
const T0 = fromBeijing(2026, 3, 10, 10, 30);
const LATER = new Date(T0.getTime() + 600_000);

beforeAll(() => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-uploads-'));
});

async function mixedWorkload(): Promise<World> {
  const w = createWorld(T0);
  const sig = effectiveSignature(w, OWNER, 'mainland');
  const tpl = effectiveTemplate(w, OWNER, 'mainland', 'Order {1} shipped by {2}.');
  const isig = effectiveSignature(w, OWNER, 'international');
  const itpl = effectiveTemplate(w, OWNER, 'international', 'Code {1}.');
  const ctx = w.ctxFor(OWNER, { now: T0 });
  const send = async (region: 'mainland' | 'international', templateId: number, signatureId: number, csv: string) => {
    const imp = await createImport(ctx, {
      region,
      templateId,
      signatureId,
      fileName: 'f.csv',
      file: tempFile('f.csv', csv),
    });
    return createTask(
      ctx,
      parseInput(createTaskInput, {
        region,
        importId: imp.importId,
        sdkAppId: '1400100001',
        signatureId,
        templateId,
        send: 'now',
        acknowledged: true,
      }),
    ).taskId;
  };
  const rows = Array.from({ length: 400 }, (_, i) => `${13800000000 + i},A${i},${i % 3 ? 'SF' : 'x'.repeat(70)}`);
  await send('mainland', tpl, sig, rows.join('\n'));
  // Same numbers again in a second task: the frequency limit (same content within 30 s) fails some.
  await send('mainland', tpl, sig, rows.slice(0, 50).join('\n'));
  const intl = Array.from({ length: 300 }, (_, i) => `${i % 2 ? '+8526123' : '+1650253'}${String(4000 + i)},${i}`);
  const stopped = await send('international', itpl, isig, intl.join('\n'));
  dispatchBatch(w.db, LATER, { batchSize: 300 }); // 100 of each task
  stopTask(ctx, stopped);
  for (let i = 0; i < 5; i++) dispatchBatch(w.db, LATER, { batchSize: 500 });
  applyDueReceipts(w.db, new Date(LATER.getTime() + 3_000)); // some receipts now, the rest later
  return w;
}

describe('rollups (R-STA-7) agree with the messages', () => {
  it('live rollups equal a rebuild after a mixed workload (dispatch, failures, stops, partial receipts)', async () => {
    const w = await mixedWorkload();
    expect(verifyStats(w.db.$client)).toEqual({ stats_daily: 0, stats_hourly: 0, stats_codes: 0 });
    applyDueReceipts(w.db, new Date(LATER.getTime() + 60_000));
    expect(verifyStats(w.db.$client)).toEqual({ stats_daily: 0, stats_hourly: 0, stats_codes: 0 });
    const before = w.db.all(sql`select * from stats_daily order by 1, 2, 3, 4, 5, 6, 7`);
    rebuildStats(w.db.$client);
    expect(w.db.all(sql`select * from stats_daily order by 1, 2, 3, 4, 5, 6, 7`)).toEqual(before);
    // The check notices a rollup that drifted from the messages.
    w.db.run(
      sql`update stats_daily set billed = billed + 1 where account_id = (select account_id from stats_daily limit 1) and day = (select day from stats_daily limit 1) and region = 'mainland'`,
    );
    expect(verifyStats(w.db.$client).stats_daily).toBeGreaterThan(0);
  });

  it('R-STA-1..5: the pages show what the messages imply; shares sum to 100%; rates follow their formulas', async () => {
    const w = await mixedWorkload();
    applyDueReceipts(w.db, new Date(LATER.getTime() + 60_000));
    const ctx = w.ctxFor(OWNER, { now: LATER });
    const range = resolvePeriod('today', LATER);
    const f = { region: 'mainland' as const, range };
    const m = w.db.get<{
      requests: number;
      submitted: number;
      billed: number;
      failed: number;
      delivered: number;
      undelivered: number;
    }>(
      sql`select count(*) as requests, sum(status != 'failed') as submitted, sum(case when status != 'failed' then billable else 0 end) as billed,
          sum(status = 'failed') as failed, sum(status = 'delivered') as delivered, sum(status = 'undelivered') as undelivered
          from messages where region = 'mainland' and status != 'pending'`,
    );
    const o = statsOverview(ctx, f);
    expect(o.totals).toMatchObject(m);
    expect(o.trend).toHaveLength(24);
    expect(o.trend.find((t) => t.label === '10:00')!.requests).toBe(m.requests);
    const failures = statsCodes(ctx, f, 'failed');
    expect(failures.map((c) => c.code)).toContain('1023');
    expect(failures.reduce((s, c) => s + c.count, 0)).toBe(m.failed);
    expect(failures.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 10);
    const r = statsReceipts(ctx, f);
    expect(r.withReceipt).toBe(m.delivered + m.undelivered);
    expect(r.receiptRate).toBeCloseTo(r.withReceipt / (r.withReceipt + r.withoutReceipt), 12);
    expect(r.successRate).toBeCloseTo(m.delivered / (m.delivered + m.undelivered), 12);
    expect(r.reasons.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 10);
    const countries = statsCountries(ctx, { region: 'international', range });
    expect(countries.map((c) => c.isoCountry).sort()).toEqual(['HK', 'US']);
    expect(countries.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 10);
    // International records filter by country/region.
    const intl = { region: 'international' as const, range };
    const all = statsRecords(ctx, { ...intl, pageSize: 500 }).rows;
    const us = statsRecords(ctx, { ...intl, isoCountry: 'US', pageSize: 500 }).rows;
    expect(us.length).toBeGreaterThan(0);
    expect(us.length).toBeLessThan(all.length);
    expect(us.every((x) => x.isoCountry === 'US')).toBe(true);
    expect(statsFilterFrom('international', { tab: 'records', country: 'us' }, T0).filter.isoCountry).toBe('US');
    expect(statsFilterFrom('mainland', { tab: 'records', country: 'us' }, T0).filter.isoCountry).toBeUndefined();
    expect(statsFilterFrom('international', { tab: 'records', country: 'usa' }, T0).filter.isoCountry).toBeUndefined();
    const rec = statsRecords(ctx, { ...f, pageSize: 10 });
    expect(rec.rows[0].phone).toMatch(/^138\*\*\*\*\d{4}$/);
    // The content as sent, signature included (the default mainland signature is 星河商城).
    expect(rec.rows.filter((x) => x.content).every((x) => x.content.startsWith('【星河商城】'))).toBe(true);
    expect(rec.rows.some((x) => x.content)).toBe(true);
    expect(statsRecords(ctx, { ...f, phone: '138 0000 0001' }).rows.map((x) => x.status)).toHaveLength(2);
    expect(statsRecords(ctx, { ...f, phone: '13800000001', full: true }).rows[0].phone).toBe('+8613800000001');
    expect(statsReplies(ctx, f).every((x) => /\*{4}/.test(x.phone))).toBe(true);
    const d = dashboard(ctx);
    expect(d.today.requests).toBe(m.requests + countries.reduce((s, c) => s + c.requests, 0));
  });

  it("another account's numbers never appear", async () => {
    const w = await mixedWorkload();
    const solo = w.ctxFor('solo@demo.local', { now: LATER });
    const range = resolvePeriod('today', LATER);
    expect(statsOverview(solo, { region: 'mainland', range }).totals.requests).toBe(0);
    expect(statsRecords(solo, { region: 'mainland', range }).rows).toEqual([]);
    expect(statsRecords(solo, { region: 'mainland', range, phone: '13800000001' }).rows).toEqual([]);
    expect(statsCodes(solo, { region: 'mainland', range }, 'failed')).toEqual([]);
    expect(codeOf(() => statsOverview(w.ctxFor('finance@sms.local'), { region: 'mainland', range }))).toBe('FORBIDDEN');
  });
});
