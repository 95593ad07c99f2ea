// Delivery over SMPP against the SMSC simulator in-process — parts and encodings,
// receipts into records and statistics, replies that unsubscribe, throttling, a dropped link,
// failover along a route, and the refund of a permanent reject (R-MSG-3, R-BIL-4, R-PKG-5, R-UNS-1).
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { SmscSimulator } from '@/lib/channels/smsc-simulator';
import { composeMessage, measureMessage } from '@/lib/domain/billing/measure';
import { ChannelRunner } from '@/lib/jobs/channel-runner';
import {
  channelWorld,
  OWNER,
  routeFirst,
  sendMainlandTask,
  smppChannel,
  waitFor,
  type ChannelWorld,
} from '@/lib/testing/channels';
import { tempFile } from '@/lib/testing/sending';
import { verifyLedgers } from '../money/ledger';
import { verifyStats } from '../stats/rebuild';
import { createImport } from '../imports/create-import';
import { createTask } from '../sending/create-task';
import { dispatchBatch } from '../sending/dispatch';
import { parseInput } from '@/lib/server/validation';
import { createTaskInput } from '@/lib/schemas/sending';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function smsc(options: ConstructorParameters<typeof SmscSimulator>[0] = {}) {
  const s = new SmscSimulator({ port: 0, receiptDelayMs: 30, deliveredShare: 1, ...options });
  const port = await s.start();
  cleanup.push(() => s.stop());
  return { s, port };
}

function runner(cw: ChannelWorld) {
  const r = new ChannelRunner(cw.w.db, { reloadMs: 200 }).start();
  cleanup.push(() => r.stop());
  return r;
}

const q = <T>(cw: ChannelWorld, query: ReturnType<typeof sql>) => cw.w.db.all<T>(query);
const one = <T>(cw: ChannelWorld, query: ReturnType<typeof sql>) => cw.w.db.get<T>(query);
const taskOf = (cw: ChannelWorld, id: number) =>
  one<{ status: string; submitted: number; failed: number; delivered: number; undelivered: number; billed: number }>(
    cw,
    sql`select status, submitted, failed, delivered, undelivered, billed from tasks where id = ${id}`,
  );

describe('SMPP channel', { timeout: 40_000 }, () => {
  it('long UCS-2 and GSM-7 messages reach the SMSC as concatenated parts, as many as billed (R-BIL-1/2)', async () => {
    const long =
      '尊敬的客户您好，您的订单{1}已由{2}发出，请注意查收。如有疑问请联系客服，我们将竭诚为您服务。感谢您的支持与信任，祝您生活愉快，期待您的再次光临。退订回T';
    const cw = channelWorld(long, 'Hello ${code}, your parcel {is} on its way ' + 'and will arrive soon. '.repeat(8));
    const { s, port } = await smsc();
    routeFirst(cw.w, [smppChannel(cw.w, 'Carrier A', port)]);
    runner(cw);
    const taskId = await sendMainlandTask(cw, 3);
    // one international message through the same route (every region)
    const ctx = cw.w.ctxFor(OWNER, { now: new Date() });
    const imp = await createImport(ctx, {
      region: 'international',
      templateId: cw.intlTemplateId,
      signatureId: cw.intlSignatureId,
      fileName: 'i.csv',
      file: tempFile('i.csv', 'phone,code\n+14155550100,X1'),
    });
    createTask(
      ctx,
      parseInput(createTaskInput, {
        region: 'international',
        importId: imp.importId,
        sdkAppId: cw.sdkAppId,
        signatureId: cw.intlSignatureId,
        templateId: cw.intlTemplateId,
        send: 'now',
        acknowledged: true,
        scenario: 'notification',
        taskName: 'parcel',
        senderId: 'StarShop',
      }),
    );
    while (dispatchBatch(cw.w.db, new Date()).processed > 0);

    const sent = q<{
      phone: string;
      content: string;
      sign: string;
      billable: number;
      region: 'mainland' | 'international';
    }>(
      cw,
      sql`select m.phone, m.content, s.content as sign, m.billable, m.region from messages m join signatures s on s.id = m.signature_id where m.status != 'failed' order by m.id`,
    );
    expect(sent).toHaveLength(4);
    const expected = sent.reduce((n, m) => n + m.billable, 0);
    expect(await waitFor(() => s.counters.accepted === expected)).toBe(true);
    for (const m of sent) {
      const parts = s.submits.filter((p) => p.destination === m.phone.slice(1));
      expect(parts).toHaveLength(m.billable);
      // The carrier gets the text as billed: signature first (R-BIL-1/2).
      const asBilled = composeMessage({ body: m.content, signature: m.sign, region: m.region }).text;
      expect(parts.map((p) => p.text).join('')).toBe(asBilled);
      expect(asBilled.startsWith(m.region === 'mainland' ? `【${m.sign}】` : `[${m.sign}]`)).toBe(true);
      expect(m.billable).toBe(measureMessage({ body: m.content, signature: m.sign, region: m.region }).billable);
      expect(new Set(parts.map((p) => p.dataCoding))).toEqual(new Set([m.region === 'mainland' ? 8 : 0]));
      if (m.billable > 1)
        expect(parts.map((p) => p.concat)).toEqual(
          parts.map((_, i) => ({ ref: parts[0].concat!.ref, total: m.billable, seq: i + 1 })),
        );
    }
    expect(sent.filter((m) => m.billable > 1).length).toBeGreaterThanOrEqual(2);
    expect(s.submits.find((p) => p.destination === '14155550100')!.source).toBe('StarShop');
    await waitFor(() => taskOf(cw, taskId).delivered === 3);
    expect(taskOf(cw, taskId)).toMatchObject({ status: 'sent', submitted: 3, delivered: 3 });
  });

  it('receipts update records, task counters and statistics; replies are recorded and unsubscribe (R-MSG-3, R-RPL-1, R-UNS-1)', async () => {
    const cw = channelWorld();
    const { s, port } = await smsc({ deliveredShare: 0.5 });
    const channelId = smppChannel(cw.w, 'Carrier A', port);
    routeFirst(cw.w, [channelId], { region: 'mainland' });
    runner(cw);
    const taskId = await sendMainlandTask(cw, 40);
    expect(await waitFor(() => taskOf(cw, taskId).delivered + taskOf(cw, taskId).undelivered === 40)).toBe(true);
    const t = taskOf(cw, taskId);
    expect(t.delivered).toBeGreaterThan(10);
    expect(t.undelivered).toBeGreaterThan(10);
    const rows = q<{ status: string; fail_code: string | null; receipt_at: number | null; channel_id: number }>(
      cw,
      sql`select status, fail_code, receipt_at, channel_id from messages where task_id = ${taskId}`,
    );
    for (const r of rows) {
      expect(r.channel_id).toBe(channelId);
      expect(r.receipt_at).not.toBeNull();
      expect(r.fail_code).toBe(r.status === 'undelivered' ? 'UNDELIV:001' : null);
    }
    const daily = one<{ delivered: number; undelivered: number; submitted: number }>(
      cw,
      sql`select sum(delivered) as delivered, sum(undelivered) as undelivered, sum(submitted) as submitted from stats_daily`,
    );
    expect(daily).toEqual({ delivered: t.delivered, undelivered: t.undelivered, submitted: 40 });
    expect(
      one<{ n: number }>(cw, sql`select count(*) as n from stats_codes where kind = 'receipt' and code = 'UNDELIV:001'`)
        .n,
    ).toBeGreaterThan(0);
    expect(verifyStats(cw.w.db.$client)).toEqual({ stats_daily: 0, stats_hourly: 0, stats_codes: 0 });

    // A handset answers TD: a reply record and an unsubscribe from that signature and type.
    s.sendInbound('8613500000007', 'TD');
    expect(
      await waitFor(
        () =>
          one<{ n: number }>(
            cw,
            sql`select count(*) as n from replies where phone = '+8613500000007' and content = 'TD'`,
          ).n === 1,
      ),
    ).toBe(true);
    expect(
      one<{ n: number }>(
        cw,
        sql`select count(*) as n from opt_outs where phone = '+8613500000007' and signature_id = ${cw.signatureId} and source = 'reply'`,
      ).n,
    ).toBe(1);
    // A long inbound message arrives in parts and is recorded once, whole.
    s.sendInbound('8613500000008', '好'.repeat(100));
    expect(
      await waitFor(
        () =>
          one<{ n: number }>(
            cw,
            sql`select count(*) as n from replies where phone = '+8613500000008' and content = ${'好'.repeat(100)}`,
          ).n === 1,
      ),
    ).toBe(true);
  });

  it('throttling slows submission without loss: every message accepted once', async () => {
    const cw = channelWorld();
    const { s, port } = await smsc();
    routeFirst(cw.w, [smppChannel(cw.w, 'Carrier A', port, { window: 20 })]);
    s.mode.throttle = true;
    runner(cw);
    const taskId = await sendMainlandTask(cw, 100);
    expect(await waitFor(() => s.counters.throttled >= 40)).toBe(true);
    expect(s.counters.accepted).toBe(0);
    s.mode.throttle = false;
    expect(await waitFor(() => taskOf(cw, taskId).delivered === 100)).toBe(true);
    expect(s.counters.accepted).toBe(100);
    expect([...s.perDestination.values()].every((n) => n === 1)).toBe(true);
    expect(one<{ n: number }>(cw, sql`select count(*) as n from outbox`).n).toBe(0);
  });

  it('a dropped link reconnects and the queue drains', async () => {
    const cw = channelWorld();
    const { s, port } = await smsc({ receiptDelayMs: 5 });
    routeFirst(cw.w, [smppChannel(cw.w, 'Carrier A', port, { window: 5, maxPerSecond: 200 })]);
    runner(cw);
    const taskId = await sendMainlandTask(cw, 300);
    expect(await waitFor(() => s.counters.accepted >= 50)).toBe(true);
    s.dropConnections();
    expect(await waitFor(() => s.counters.binds >= 2)).toBe(true);
    expect(await waitFor(() => taskOf(cw, taskId).delivered === 300, 30_000)).toBe(true);
    // Each number at least once; more only for a submit in flight at the drop.
    const counts = [...s.perDestination.values()];
    expect(s.perDestination.size).toBe(300);
    expect(counts.filter((n) => n > 1).length).toBeLessThanOrEqual(5);
    expect(taskOf(cw, taskId)).toMatchObject({ submitted: 300, billed: 300 });
  });

  it("fails over to the route's second channel when the first is down, and new messages skip it", async () => {
    process.env.SMS_FAILOVER_AFTER_MS = '300';
    cleanup.push(async () => void delete process.env.SMS_FAILOVER_AFTER_MS);
    const cw = channelWorld();
    const { s, port } = await smsc();
    const dead = await smsc();
    await dead.s.stop(); // a port nobody listens on any more
    const first = smppChannel(cw.w, 'Carrier down', dead.port);
    const second = smppChannel(cw.w, 'Carrier B', port);
    routeFirst(cw.w, [first, second], { region: 'mainland' });
    runner(cw);
    const taskId = await sendMainlandTask(cw, 50);
    expect(one<{ n: number }>(cw, sql`select count(*) as n from outbox where channel_id = ${first}`).n).toBe(50);
    expect(await waitFor(() => taskOf(cw, taskId).delivered === 50)).toBe(true);
    expect(s.counters.accepted).toBe(50);
    expect(
      one<{ n: number }>(
        cw,
        sql`select count(*) as n from messages where task_id = ${taskId} and channel_id = ${second}`,
      ).n,
    ).toBe(50);
    // The dead link is known as down now: a new task goes straight to the second channel.
    const next = await sendMainlandTask(cw, 10, 13600000000);
    expect(
      one<{ n: number }>(
        cw,
        sql`select count(*) as n from outbox o join messages m on m.id = o.message_id where m.task_id = ${next} and o.channel_id = ${first}`,
      ).n,
    ).toBe(0);
    expect(await waitFor(() => taskOf(cw, next).delivered === 10)).toBe(true);
  });

  it('a permanent reject by every channel fails the message and returns its package count with ledger rows (R-BIL-4, R-PKG-5)', async () => {
    const cw = channelWorld();
    const { s, port } = await smsc();
    s.mode.rejectPrefixes = ['861350000001'];
    routeFirst(cw.w, [smppChannel(cw.w, 'Carrier A', port)], { region: 'mainland' });
    const remaining = () =>
      one<{ r: number }>(
        cw,
        sql`select sum(remaining) as r from packages where account_id = ${cw.w.ctxFor(OWNER).account!.id}`,
      ).r;
    const before = remaining();
    runner(cw);
    const taskId = await sendMainlandTask(cw, 20);
    expect(remaining()).toBe(before - 20);
    // 13500000010..19 start with the rejected prefix
    expect(await waitFor(() => taskOf(cw, taskId).delivered === 10 && taskOf(cw, taskId).failed === 10)).toBe(true);
    const failed = q<{ phone: string; fail_code: string; fail_reason: string; price_li: number }>(
      cw,
      sql`select phone, fail_code, fail_reason, price_li from messages where task_id = ${taskId} and status = 'failed'`,
    );
    expect(failed).toHaveLength(10);
    for (const f of failed)
      expect(f).toMatchObject({
        fail_code: 'SMPP:0x0000000B',
        fail_reason: 'ESME_RINVDSTADR: invalid destination address',
      });
    expect(remaining()).toBe(before - 10);
    const ledger = q<{ kind: string; delta: number }>(
      cw,
      sql`select kind, delta from package_ledger where ref_type = 'message'`,
    );
    expect(ledger).toHaveLength(10);
    expect(ledger.every((l) => l.kind === 'return' && l.delta === 1)).toBe(true);
    expect(verifyLedgers(cw.w.db).mismatches).toEqual([]);
    expect(taskOf(cw, taskId)).toMatchObject({ submitted: 10, failed: 10, billed: 10 });
    expect(verifyStats(cw.w.db.$client)).toEqual({ stats_daily: 0, stats_hourly: 0, stats_codes: 0 });
    expect(
      one<{ n: number }>(cw, sql`select count from stats_codes where kind = 'failed' and code = 'SMPP:0x0000000B'`),
    ).toEqual({ count: 10 });
    // Every message of a task refused after dispatch: the task ends Failed, not Sent (R-SND-4).
    s.mode.rejectPrefixes = ['86'];
    const refused = await sendMainlandTask(cw, 3, 13900000000);
    expect(await waitFor(() => taskOf(cw, refused).failed === 3)).toBe(true);
    expect(taskOf(cw, refused)).toMatchObject({ status: 'failed', submitted: 0, billed: 0 });
  });
});
