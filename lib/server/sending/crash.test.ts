// R-MSG-4: kill the sending process with SIGKILL in the middle of a 100,000-message task,
// start it again: the task completes and every message was sent once and billed once.
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createImport } from '../imports/create-import';
import { verifyLedgers } from '../money/ledger';
import { bundleForNode } from '@/lib/testing/bundle';
import { demoFileDb, writeRecipients } from '@/lib/testing/demo-file-db';
import { sendNow } from '@/lib/testing/sending';

function startWorker(script: string, file: string): ChildProcess {
  // `node script` directly: the SIGKILL must reach the process that sends.
  return spawn(process.execPath, [script, file, '500'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash safety (R-MSG-4)', () => {
  it('SIGKILL mid-task, restart: completes, each message sent once and billed once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-crash-'));
    const script = await bundleForNode('lib/testing/dispatch-worker.ts', 'crash-worker.cjs');
    process.env.UPLOAD_DIR = path.join(dir, 'uploads');
    const { file, db, ctx, templateId, signatureId } = demoFileDb(dir, 100_000);
    const csv = await writeRecipients(path.join(dir, 'r.csv'), 100_000, 13500000000);
    const imp = await createImport(ctx, { region: 'mainland', templateId, signatureId, fileName: 'r.csv', file: csv });
    expect(imp.validRows).toBe(100_000);
    const { taskId } = sendNow(ctx, imp.importId, { signatureId, templateId });
    const progress = () =>
      db.$client.prepare('select status, submitted, failed, billed from tasks where id = ?').get(taskId) as {
        status: string;
        submitted: number;
        failed: number;
        billed: number;
      };

    // First run: kill it with SIGKILL once a fifth of the task is out.
    const first = startWorker(script, file);
    const deadline = Date.now() + 60_000;
    let exited = false;
    first.once('exit', () => (exited = true));
    while (progress().submitted < 20_000 && Date.now() < deadline && !exited) await sleep(20);
    expect(exited).toBe(false);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    expect(alive(first.pid!)).toBe(false);
    const mid = progress();
    await sleep(500);
    expect(progress()).toEqual(mid); // nothing sends while no process runs
    expect(mid.submitted).toBeGreaterThanOrEqual(20_000);
    expect(mid.submitted + mid.failed).toBeLessThan(100_000);
    // Whatever committed is whole: the counters equal the messages.
    const committed = db.$client
      .prepare(`select count(*) as n from messages where task_id = ? and status != 'pending'`)
      .get(taskId) as { n: number };
    expect(committed.n).toBe(mid.submitted + mid.failed);

    // Restart: the task resumes and completes.
    const second = startWorker(script, file);
    const deadline2 = Date.now() + 120_000;
    while (progress().status !== 'sent' && Date.now() < deadline2) await sleep(100);
    second.kill('SIGKILL');
    await new Promise((r) => second.once('exit', r));

    const end = progress();
    expect(end.status).toBe('sent');
    const counts = db.$client
      .prepare(
        `select count(*) as total, sum(status = 'pending') as pending, sum(status in ('submitted','delivered','undelivered')) as sent,
                count(distinct serial_no) as serials, sum(case when status != 'failed' then billable else 0 end) as billable,
                sum(status != 'failed' and package_id is null) as unbilled
         from messages where task_id = ?`,
      )
      .get(taskId) as {
      total: number;
      pending: number;
      sent: number;
      serials: number;
      billable: number;
      unbilled: number;
    };
    expect(counts).toMatchObject({ total: 100_000, pending: 0, unbilled: 0 });
    expect(counts.sent).toBe(end.submitted);
    expect(counts.serials).toBe(counts.sent); // one hand-off per sent message
    expect(end.billed).toBe(counts.billable);
    const deducted = db.$client
      .prepare(`select -sum(delta) as n from package_ledger where kind = 'deduct' and ref_type = 'dispatch'`)
      .get() as { n: number };
    expect(deducted.n).toBe(counts.billable); // billed exactly once
    expect(verifyLedgers(db).mismatches).toEqual([]);
    db.$client.close();
  }, 240_000);
});
