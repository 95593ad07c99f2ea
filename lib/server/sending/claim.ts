import 'server-only';
// Claiming work for the dispatcher: which pending messages the next batch takes.
import type { Db } from '@/db/client';
import type { PendingRow } from './checks';
import { IN_LIST, PENDING_INDEX, boundList } from '@/db/dialect';

export type Raw = Db['$client'];

/**
 * A task's next pending messages. INDEXED BY: without statistics SQLite prefers (task_id) and
 * walks every already-sent message of the task on each batch — quadratic over a million rows.
 */
export const CLAIM_BY_TASK_SQL = `SELECT id, task_id, account_id, application_id, region, signature_id,
  template_id, phone, iso_country, vars
     FROM messages ${PENDING_INDEX} WHERE task_id = ? AND status = 'pending' ORDER BY id LIMIT ?`;

/** Pending messages of sending tasks, shared fairly between tasks, then direct API sends. */
export function claimPending(raw: Raw, batchSize: number): PendingRow[] {
  const sendingTasks = raw
    .prepare<unknown[], { id: number }>(
      `SELECT t.id FROM tasks t JOIN applications a ON a.id = t.application_id
       WHERE t.status = 'sending' AND a.status = 'enabled' AND a.deleted_at IS NULL ORDER BY t.id`,
    )
    .all();
  const rows: PendingRow[] = [];
  const perTask = Math.max(100, Math.ceil(batchSize / Math.max(1, sendingTasks.length)));
  const byTask = raw.prepare<unknown[], PendingRow>(CLAIM_BY_TASK_SQL);
  for (const t of sendingTasks) {
    if (rows.length >= batchSize) break;
    rows.push(...byTask.all(t.id, Math.min(perTask, batchSize - rows.length)));
  }
  if (rows.length < batchSize) {
    rows.push(
      ...raw
        .prepare<unknown[], PendingRow>(
          `SELECT m.id, m.task_id, m.account_id, m.application_id, m.region, m.signature_id, m.template_id,
            m.phone, m.iso_country, m.vars
           FROM messages m ${PENDING_INDEX} JOIN applications a ON a.id = m.application_id
           WHERE m.task_id IS NULL AND m.status = 'pending' AND a.status = 'enabled' AND a.deleted_at IS NULL
           ORDER BY m.id LIMIT ?`,
        )
        .all(batchSize - rows.length),
    );
  }
  return rows;
}

/** The listed messages while still pending (a SendSms request dispatches its own at once). */
export function claimListed(raw: Raw, ids: number[]): PendingRow[] {
  return raw
    .prepare<unknown[], PendingRow>(
      `SELECT m.id, m.task_id, m.account_id, m.application_id, m.region, m.signature_id, m.template_id, m.phone,
        m.iso_country, m.vars
       FROM messages m JOIN applications a ON a.id = m.application_id
       WHERE m.id IN ${IN_LIST} AND m.status = 'pending' AND a.status = 'enabled' AND a.deleted_at IS NULL
       ORDER BY m.id`,
    )
    .all(boundList(ids));
}
