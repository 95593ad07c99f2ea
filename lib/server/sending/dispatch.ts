import 'server-only';
// The dispatcher (docs/delivery.md): claim → load → decide → write, in one immediate
// transaction per batch. batch-load.ts reads what the batch is checked against, batch-decide.ts
// decides each message in memory (the R-MSG-1 checks return outcomes), batch-write.ts writes the
// decisions and the aggregates.
import type { Db } from '@/db/client';
import { DEFAULT_SIMULATOR, type SimulatorConfig } from '@/lib/domain/sending/simulator';
import type { PendingRow } from './checks';
import { claimListed, claimPending } from './claim';
import { loadBatch } from './batch-load';
import { accountSubmitted, batchHelpers, decideMessage } from './batch-decide';
import { BatchWriter } from './batch-write';
import { settleTask } from './task-finish';
import { PENDING_INDEX } from '@/db/dialect';

export { CLAIM_BY_TASK_SQL } from './claim';

export interface DispatchResult {
  processed: number;
  submitted: number;
  failed: number;
}

/**
 * Claims up to `batchSize` pending messages of sending tasks (and direct API sends), runs the
 * R-MSG-1 checks, bills the passing ones (R-BIL-4, R-PKG-5), routes them (the simulator decides
 * inline; a network channel gets an outbox row) and records every outcome — all in one
 * immediate transaction, so a crash leaves each message either untouched or fully billed and
 * handed on, never twice (R-MSG-4). No network I/O happens here.
 */
export function dispatchBatch(
  db: Db,
  now: Date,
  opts: { batchSize?: number; simulator?: SimulatorConfig; messageIds?: number[] } = {},
): DispatchResult {
  const raw = db.$client;
  const batchSize = opts.batchSize ?? 2000;
  const sim = opts.simulator ?? DEFAULT_SIMULATOR;
  const run = raw.transaction((): DispatchResult => {
    const rows: PendingRow[] = opts.messageIds ? claimListed(raw, opts.messageIds) : claimPending(raw, batchSize);
    if (rows.length === 0) return { processed: 0, submitted: 0, failed: 0 };
    const state = loadBatch(raw, rows, now);
    const helpers = batchHelpers(state, now);
    const writer = new BatchWriter(raw, now);
    // Applications whose messages hit a frequency limit or a daily limit in this batch (R-APP-10 reminders).
    const reminders = new Set<string>();
    for (const m of rows) {
      const decision = decideMessage(state, helpers, m, now, sim, reminders);
      if (writer.write(decision) && decision.kind === 'submitted') accountSubmitted(state, decision, now);
    }
    writer.finish(db, rows, state, reminders);
    return { processed: rows.length, submitted: writer.submitted, failed: writer.failed };
  });
  return run.immediate();
}

/** Closes sending tasks that have nothing pending any more (e.g. after a restart): sent or failed (R-SND-4). */
export function finishIdleTasks(db: Db, now: Date): number {
  const raw = db.$client;
  const idle = raw
    .prepare<unknown[], { id: number }>(
      `SELECT id FROM tasks WHERE status = 'sending'
       AND NOT EXISTS (SELECT 1 FROM messages m ${PENDING_INDEX} WHERE m.task_id = tasks.id AND m.status = 'pending')`,
    )
    .all();
  return idle.filter((t) => settleTask(raw, t.id, now)).length;
}
