import 'server-only';
import type { Db } from '@/db/client';

/**
 * Applies the simulator's receipts that are due (R-MSG-3): submitted → delivered or
 * undelivered with the receipt time and carrier code, task counters in the same transaction.
 */
export function applyDueReceipts(db: Db, now: Date, limit = 20_000): number {
  const raw = db.$client;
  return raw
    .transaction(() => {
      const changed = raw
        .prepare(
          `UPDATE messages SET
             status = CASE WHEN receipt_ok THEN 'delivered' ELSE 'undelivered' END,
             receipt_at = receipt_due_at,
             fail_code = CASE WHEN receipt_ok THEN NULL ELSE receipt_code END
           WHERE id IN (SELECT id FROM messages WHERE status = 'submitted' AND receipt_due_at IS NOT NULL AND receipt_due_at <= ? ORDER BY receipt_due_at LIMIT ?)
           RETURNING task_id, status`,
        )
        .all(now.getTime(), limit) as { task_id: number | null; status: string }[];
      const perTask = new Map<number, { delivered: number; undelivered: number }>();
      for (const c of changed) {
        if (c.task_id === null) continue;
        const t = perTask.get(c.task_id) ?? { delivered: 0, undelivered: 0 };
        if (c.status === 'delivered') t.delivered++;
        else t.undelivered++;
        perTask.set(c.task_id, t);
      }
      const bump = raw.prepare('UPDATE tasks SET delivered = delivered + ?, undelivered = undelivered + ? WHERE id = ?');
      for (const [id, t] of perTask) bump.run(t.delivered, t.undelivered, id);
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
