import 'server-only';
// Closing a task when nothing is left to send (R-SND-4): `sent`, or `failed` when every message
// failed — also when the last channel of a route refused messages after dispatch.
import type { Db } from '@/db/client';
import { finishedTaskStatus } from '@/lib/domain/sending/schedule';
import { stmt } from '../statements';
import { PENDING_INDEX } from '@/db/dialect';

type Raw = Db['$client'];

/**
 * Sets a finished task's final status; a task still sending with pending messages is left alone. Returns whether
 * it changed.
 */
export function settleTask(raw: Raw, taskId: number, now: Date): boolean {
  const t = stmt<{ status: string; submitted: number; failed: number }>(
    raw,
    `SELECT status, submitted, failed FROM tasks WHERE id = ?`,
  ).get(taskId);
  if (!t || (t.status !== 'sending' && t.status !== 'sent')) return false;
  if (
    t.status === 'sending' &&
    stmt(raw, `SELECT 1 FROM messages ${PENDING_INDEX} WHERE task_id = ? AND status = 'pending' LIMIT 1`).get(taskId)
  )
    return false;
  const status = finishedTaskStatus(t);
  if (status === t.status) return false;
  return (
    stmt(raw, `UPDATE tasks SET status = ?, finished_at = coalesce(finished_at, ?) WHERE id = ? AND status = ?`).run(
      status,
      now.getTime(),
      taskId,
      t.status,
    ).changes === 1
  );
}
