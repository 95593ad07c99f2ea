import 'server-only';
import type { Db } from '@/db/client';
import type { SimulatorConfig } from '@/lib/domain/sending/simulator';
import { dispatchBatch, finishIdleTasks } from '@/lib/server/sending/dispatch';
import { applyDueReceipts, startDueTasks } from '@/lib/server/sending/receipts';

/**
 * The scheduler, dispatcher and receipt processor in one cooperative loop: it works while
 * there is work (yielding to the event loop between batches) and polls every `idleMs` when idle.
 * Safe in several processes at once: every step is a claim in one immediate transaction.
 */
export function startSendingLoop(
  db: Db,
  opts: { idleMs?: number; batchSize?: number; simulator?: SimulatorConfig; now?: () => Date } = {},
) {
  const now = opts.now ?? (() => new Date());
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    if (stopped) return;
    let busy = false;
    try {
      const t = now();
      startDueTasks(db, t);
      busy = dispatchBatch(db, t, { batchSize: opts.batchSize, simulator: opts.simulator }).processed > 0;
      applyDueReceipts(db, t);
      if (!busy) finishIdleTasks(db, t);
    } catch (err) {
      console.error('[sms-console] sending loop error', err);
    }
    if (stopped) return;
    if (busy) setImmediate(tick);
    else timer = setTimeout(tick, opts.idleMs ?? 200);
  };
  timer = setTimeout(tick, 0);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
