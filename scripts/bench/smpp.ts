// `npm run bench:smpp`: BENCH_SMPP_MESSAGES (100,000) mainland messages through one
// SMPP bind (window 100) to the SMSC simulator running in its own process, with receipts.
// Measures end to end — dispatch → outbox → submit_sm → deliver_sm receipt recorded — in this
// process (bundled to plain JavaScript and run on node alone), and its peak memory. Targets: ≥ 3,000 messages/s,
// ≤ 400 MB. Last line is JSON.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemContext } from '../../lib/server/system-context';
import { createImport } from '../../lib/server/imports/create-import';
import { addChannel, addRoute } from '../../lib/server/channels/manage-channels';
import { parseInput } from '../../lib/server/validation';
import { channelInput, routeInput } from '../../lib/schemas/channels';
import { startSendingLoop } from '../../lib/jobs/sending-loop';
import { ChannelRunner } from '../../lib/jobs/channel-runner';
import { demoFileDb, writeRecipients } from '../../lib/testing/demo-file-db';
import { sendNow } from '../../lib/testing/sending';

const N = Number(process.env.BENCH_SMPP_MESSAGES ?? 100_000);
const WINDOW = Number(process.env.BENCH_SMPP_WINDOW ?? 100);
const PORT = Number(process.env.BENCH_SMPP_PORT ?? 2875);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startSmsc() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/smsc.ts'], {
    env: {
      ...process.env,
      SMSC_PORT: String(PORT),
      SMSC_CONTROL_PORT: String(PORT + 1),
      SMSC_RECEIPT_DELAY_MS: '100',
      SMSC_DELIVERED: '0.95',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${PORT + 1}/`);
      return child;
    } catch {
      await sleep(200);
    }
  }
  child.kill();
  throw new Error('the SMSC simulator did not start');
}

async function main() {
  process.env.API_KEY_SECRET ??= 'bench-sealing-key';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-bench-smpp-'));
  process.env.UPLOAD_DIR = path.join(dir, 'uploads');
  const smsc = await startSmsc();
  const { db, ctx, start, templateId, signatureId } = demoFileDb(dir, 1_000_000);
  const admin = systemContext(db, start);
  const channelId = addChannel(
    admin,
    parseInput(channelInput, {
      kind: 'smpp',
      name: 'Bench SMSC',
      host: '127.0.0.1',
      port: PORT,
      systemId: 'smsc_user',
      password: 'smsc_pwd',
      systemType: '',
      sourceAddr: '',
      maxPerSecond: 0,
      window: WINDOW,
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
  const csv = await writeRecipients(path.join(dir, 'r.csv'), N, 13000000000, 7);
  const imp = await createImport(ctx, { region: 'mainland', templateId, signatureId, fileName: 'r.csv', file: csv });
  const runner = new ChannelRunner(db).start();
  await sleep(1_000); // bound before the clock starts
  console.log(
    `${imp.validRows.toLocaleString('en-US')} messages, one bind, window ${WINDOW}, receipts after 100 ms, 95 % delivered`,
  );

  const t0 = performance.now();
  const { taskId } = sendNow(ctx, imp.importId, { signatureId, templateId });
  const loop = startSendingLoop(db, { batchSize: 2000, idleMs: 50 });
  const open = db.$client.prepare(
    `select count(*) as n from messages where task_id = ? and status in ('pending', 'submitted')`,
  );
  let last = performance.now();
  while ((open.get(taskId) as { n: number }).n > 0) {
    await sleep(100);
    if (performance.now() - last > 5_000) {
      last = performance.now();
      console.log(`  … ${N - (open.get(taskId) as { n: number }).n} done after ${((last - t0) / 1000).toFixed(1)} s`);
    }
    if (performance.now() - t0 > 600_000) throw new Error('did not finish within 10 minutes');
  }
  const seconds = (performance.now() - t0) / 1000;
  loop.stop();
  await runner.stop();
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const lags = (
    db.$client
      .prepare(
        `select m.receipt_at - r.submitted_at as lag from messages m join carrier_refs r on r.message_id = m.id
          where m.task_id = ? order by lag`,
      )
      .all(taskId) as { lag: number }[]
  ).map((r) => r.lag);
  const p95 = lags[Math.floor(lags.length * 0.95)] ?? 0;
  const summary = db.$client
    .prepare(
      `select sum(status = 'delivered') as delivered, sum(status = 'undelivered') as undelivered,
        sum(status = 'failed') as failed from messages where task_id = ?`,
    )
    .get(taskId);
  const smscStats = await (await fetch(`http://127.0.0.1:${PORT + 1}/`)).text();
  smsc.kill('SIGTERM');
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const perS = Math.round(N / seconds);
  console.log(`outcome ${JSON.stringify(summary)}; SMSC ${smscStats.trim()}`);
  console.log(
    `SMPP end to end: ${N.toLocaleString('en-US')} messages in ${seconds.toFixed(2)} s = ${perS} messages/s (target ≥ 3,000), peak ${peakMB} MB (target ≤ 400), receipt lag p95 ${p95} ms`,
  );
  console.log(JSON.stringify({ smppPerS: perS, smppPeakMB: peakMB, receiptLagP95Ms: p95 }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
