// R-MSG-4 and R-BIL-4 over the network: SIGKILL the sending process while a
// 20,000-message task is submitting over SMPP, start it again: every message ends delivered,
// undelivered or failed, none is billed twice, none is lost; the SMSC saw each number at least
// once, and twice only for submits that were in flight at the kill (at-least-once to the carrier).
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SmscSimulator } from '@/lib/channels/smsc-simulator';
import { bundleForNode } from '@/lib/testing/bundle';
import { demoFileDb, writeRecipients } from '@/lib/testing/demo-file-db';
import { systemContext } from '../system-context';
import { createImport } from '../imports/create-import';
import { verifyLedgers } from '../money/ledger';
import { verifyStats } from '../stats/rebuild';
import { addChannel, addRoute } from './manage-channels';
import { parseInput } from '@/lib/server/validation';
import { channelInput, routeInput } from '@/lib/schemas/channels';
import { sendNow } from '@/lib/testing/sending';

const N = 20_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startWorker(script: string, file: string): ChildProcess {
  return spawn(process.execPath, [script, file], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, API_KEY_SECRET: 'crash-test-key', SMS_OUTBOX_LEASE_MS: '1500' },
  });
}

describe('crash over SMPP (R-MSG-4)', () => {
  it('SIGKILL while submitting, restart: every message ends, billed once, none lost', async () => {
    process.env.API_KEY_SECRET = 'crash-test-key';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-smpp-crash-'));
    process.env.UPLOAD_DIR = path.join(dir, 'uploads');
    const script = await bundleForNode('lib/testing/smpp-worker.ts', 'smpp-crash-worker.cjs');
    const smsc = new SmscSimulator({ port: 0, receiptDelayMs: 50, deliveredShare: 0.9, record: false });
    const port = await smsc.start();

    const { file, db, ctx, start, templateId, signatureId } = demoFileDb(dir, 100_000);
    const admin = systemContext(db, start);
    const channelId = addChannel(
      admin,
      parseInput(channelInput, {
        kind: 'smpp',
        name: 'Carrier',
        host: '127.0.0.1',
        port,
        systemId: 'smsc_user',
        password: 'smsc_pwd',
        systemType: '',
        sourceAddr: '',
        maxPerSecond: 0,
        window: 100,
      }),
    ).id;
    addRoute(
      admin,
      parseInput(routeInput, {
        region: 'mainland',
        country: '',
        messageType: '',
        accountUin: '',
        channelIds: [channelId],
      }),
      1,
    );
    const csv = await writeRecipients(path.join(dir, 'r.csv'), N, 13700000000);
    const imp = await createImport(ctx, { region: 'mainland', templateId, signatureId, fileName: 'r.csv', file: csv });
    const { taskId } = sendNow(ctx, imp.importId, { signatureId, templateId });
    const one = <T>(q: string, ...args: unknown[]) => db.$client.prepare(q).get(...args) as T;

    // First run: kill it once a quarter of the task reached the SMSC.
    const first = startWorker(script, file);
    let exited = false;
    first.once('exit', () => (exited = true));
    const deadline = Date.now() + 90_000;
    while (smsc.counters.accepted < N / 4 && Date.now() < deadline && !exited) await sleep(10);
    expect(exited).toBe(false);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = smsc.counters.accepted;
    const inFlight = one<{ n: number }>(`select count(*) as n from outbox where state = 'inflight'`).n;
    expect(atKill).toBeGreaterThanOrEqual(N / 4);
    expect(atKill).toBeLessThan(N);

    // Restart: the outbox drains (in-flight rows once their lease ends) and receipts arrive.
    const second = startWorker(script, file);
    const progress = () =>
      one<{ open: number }>(
        `select count(*) as open from messages where task_id = ? and status in ('pending', 'submitted')`,
        taskId,
      ).open;
    const deadline2 = Date.now() + 150_000;
    while (progress() > 0 && Date.now() < deadline2) await sleep(100);
    second.kill('SIGKILL');
    await new Promise((r) => second.once('exit', r));
    await smsc.stop();

    const end = one<{
      total: number;
      open: number;
      delivered: number;
      undelivered: number;
      failed: number;
      billable: number;
    }>(
      `select count(*) as total, sum(status in ('pending', 'submitted')) as open, sum(status = 'delivered') as delivered, sum(status = 'undelivered') as undelivered,
              sum(status = 'failed') as failed, sum(case when status != 'failed' then billable else 0 end) as billable from messages where task_id = ?`,
      taskId,
    );
    expect(end).toMatchObject({ total: N, open: 0, failed: 0 });
    expect(end.delivered + end.undelivered).toBe(N);
    // None lost: the SMSC received every number; duplicates only for submits in flight at the kill.
    expect(smsc.perDestination.size).toBe(N);
    const twice = [...smsc.perDestination.values()].filter((n) => n > 1).length;
    expect(twice).toBeLessThanOrEqual(inFlight);
    // Billed once: the deductions equal the billed counts, and the ledgers balance.
    const deducted = one<{ n: number }>(
      `select -sum(delta) as n from package_ledger where kind = 'deduct' and ref_type = 'dispatch'`,
    ).n;
    expect(deducted).toBe(end.billable);
    expect(one<{ n: number }>(`select count(*) as n from outbox`).n).toBe(0);
    expect(verifyLedgers(db).mismatches).toEqual([]);
    expect(verifyStats(db.$client)).toEqual({ stats_daily: 0, stats_hourly: 0, stats_codes: 0 });
    const task = one<{ status: string; delivered: number; undelivered: number; billed: number }>(
      'select status, delivered, undelivered, billed from tasks where id = ?',
      taskId,
    );
    expect(task).toMatchObject({
      status: 'sent',
      delivered: end.delivered,
      undelivered: end.undelivered,
      billed: end.billable,
    });
    db.$client.close();
  }, 300_000);
});
