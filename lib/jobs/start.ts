import 'server-only';
import { getDb } from '@/db/client';
import { runPeriodicDuties } from './duties';
import { startSendingLoop } from './sending-loop';
import { deliverDueCallbacks } from '@/lib/server/callbacks/callbacks';
import { deliverDueAlarms } from '@/lib/server/alarms/deliver';
import { applyChannelsFile } from '@/lib/server/channels/channels-file';
import { setProcessChannelRunner } from '@/lib/channels/process-runner';
import { ChannelRunner } from './channel-runner';

const globalForJobs: typeof globalThis & {
  __smsJobs?: { timers: NodeJS.Timeout[]; loop?: { stop(): void }; runner?: ChannelRunner };
} = globalThis;

/** Starts the background work in this process, once (guarded against double start). */
export function startBackground(options: { dutyIntervalMs?: number } = {}): void {
  if (globalForJobs.__smsJobs) return;
  const timers: NodeJS.Timeout[] = [];
  globalForJobs.__smsJobs = { timers };
  const db = getDb();
  const dutyInterval = options.dutyIntervalMs ?? Number(process.env.SMS_DUTY_INTERVAL_MS ?? 60_000);
  const tick = () => runPeriodicDuties(db, new Date());
  timers.push(setTimeout(tick, 2_000).unref(), setInterval(tick, dutyInterval).unref());
  if (process.env.SMS_CHANNELS_FILE) {
    const applied = applyChannelsFile(db, process.env.SMS_CHANNELS_FILE);
    console.log(
      `[sms-console] ${process.env.SMS_CHANNELS_FILE}: ${applied.channels} channel(s), ${applied.routes} route(s) applied`,
    );
  }
  globalForJobs.__smsJobs.loop = startSendingLoop(db);
  // Network channels (SMPP links, upstream relays) submit from the outbox.
  const runner = new ChannelRunner(db).start();
  globalForJobs.__smsJobs.runner = runner;
  setProcessChannelRunner(runner);
  // Callback pushes (R-APP-9): one round at a time, every second.
  let pushing = false;
  const push = () => {
    if (pushing) return;
    pushing = true;
    Promise.all([
      deliverDueCallbacks(db, new Date()).catch((err) => console.error('[sms-console] callback delivery error', err)),
      // Alarms to alarm contacts by e-mail and SMS (R-APP-10).
      deliverDueAlarms(db, new Date()).catch((err) => console.error('[sms-console] alarm delivery error', err)),
    ]).finally(() => (pushing = false));
  };
  timers.push(setInterval(push, Number(process.env.SMS_CALLBACK_INTERVAL_MS ?? 1_000)).unref());
  console.log(`[sms-console] dispatcher running; background duties every ${dutyInterval} ms`);
}
