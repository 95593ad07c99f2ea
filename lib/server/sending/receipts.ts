import 'server-only';
import type { Db } from '@/db/client';
import { DEFAULT_SIMULATOR, simulateReply } from '@/lib/domain/sending/simulator';
import { RECEIPTED_COLUMNS, recordReceipts, recordReply, type Receipted } from './receipt-effects';

/**
 * Applies the simulator's receipts that are due (R-MSG-3): submitted → delivered or
 * undelivered with the receipt time and carrier code; task counters, rollups and the
 * simulator's inbound replies (R-RPL-1) in the same transaction.
 */
export function applyDueReceipts(db: Db, now: Date, limit = 20_000): number {
  const raw = db.$client;
  return raw
    .transaction(() => {
      const changed = raw
        .prepare<unknown[], Receipted>(
          `UPDATE messages SET
             status = CASE WHEN receipt_ok THEN 'delivered' ELSE 'undelivered' END,
             receipt_at = receipt_due_at,
             fail_code = CASE WHEN receipt_ok THEN NULL ELSE receipt_code END
           WHERE id IN (SELECT id FROM messages WHERE status = 'submitted' AND receipt_due_at IS NOT NULL
           AND receipt_due_at <= ? ORDER BY receipt_due_at, id LIMIT ?)
           RETURNING ${RECEIPTED_COLUMNS}`,
        )
        .all(now.getTime(), limit);
      recordReceipts(raw, changed, now);
      for (const c of changed) {
        if (c.status !== 'delivered') continue;
        const text = simulateReply(DEFAULT_SIMULATOR, c.id);
        if (text) recordReply(raw, c, text, c.receipt_at + 30_000, now);
      }
      return changed.length;
    })
    .immediate();
}

/** The scheduler: scheduled tasks whose time has come start sending. */
export function startDueTasks(db: Db, now: Date): number {
  return db.$client
    .prepare(`UPDATE tasks SET status = 'sending', started_at = ? WHERE status = 'scheduled' AND scheduled_at <= ?`)
    .run(now.getTime(), now.getTime()).changes;
}
