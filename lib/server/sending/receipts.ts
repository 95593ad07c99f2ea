import 'server-only';
import type { Db } from '@/db/client';
import { DEFAULT_SIMULATOR, simulateReply } from '@/lib/domain/sending/simulator';
import { isUnsubscribeReply, UNSUBSCRIBE_WINDOW_MS } from '@/lib/domain/sending/optout';
import { StatsBatch } from '../stats/rollup';
import { queueReplyCallback, queueStatusCallbacks } from '../callbacks/callbacks';

interface Receipted {
  id: number;
  task_id: number | null;
  account_id: number;
  application_id: number;
  region: 'mainland' | 'international';
  signature_id: number | null;
  template_id: number;
  iso_country: string;
  phone: string;
  processed_at: number;
  receipt_at: number;
  status: 'delivered' | 'undelivered';
  fail_code: string | null;
  serial_no: string | null;
  session_context: string | null;
}

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
        .prepare(
          `UPDATE messages SET
             status = CASE WHEN receipt_ok THEN 'delivered' ELSE 'undelivered' END,
             receipt_at = receipt_due_at,
             fail_code = CASE WHEN receipt_ok THEN NULL ELSE receipt_code END
           WHERE id IN (SELECT id FROM messages WHERE status = 'submitted' AND receipt_due_at IS NOT NULL AND receipt_due_at <= ? ORDER BY receipt_due_at, id LIMIT ?)
           RETURNING id, task_id, account_id, application_id, region, signature_id, template_id, iso_country, phone, processed_at, receipt_at, status, fail_code, serial_no, session_context`,
        )
        .all(now.getTime(), limit) as Receipted[];
      queueStatusCallbacks(raw, changed, now);
      const signName = raw.prepare('SELECT content FROM signatures WHERE id = ?');
      const templateType = raw.prepare('SELECT type FROM templates WHERE id = ?');
      const unsubscribe = raw.prepare(
        `INSERT OR IGNORE INTO opt_outs (account_id, phone, signature_id, scope, region, source, reply_id, created_at) VALUES (?, ?, ?, ?, ?, 'reply', ?, ?)`,
      );
      const perTask = new Map<number, { delivered: number; undelivered: number }>();
      const stats = new StatsBatch();
      const reply = raw.prepare(
        'INSERT INTO replies (account_id, application_id, region, message_id, signature_id, phone, content, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const c of changed) {
        const dims = { accountId: c.account_id, region: c.region, applicationId: c.application_id, signatureId: c.signature_id, templateId: c.template_id, isoCountry: c.iso_country, at: c.processed_at };
        const delivered = c.status === 'delivered';
        stats.add(dims, delivered ? { delivered: 1 } : { undelivered: 1 });
        if (!delivered && c.fail_code) stats.addCode(dims, 'receipt', c.fail_code);
        if (delivered) {
          const text = simulateReply(DEFAULT_SIMULATOR, c.id);
          if (text) {
            const replyId = Number(reply.run(c.account_id, c.application_id, c.region, c.id, c.signature_id, c.phone, text, c.receipt_at + 30_000).lastInsertRowid);
            // R-UNS-1: an unsubscribe reply within 72 hours opts the number out of that signature and type.
            if (c.signature_id !== null && isUnsubscribeReply(text) && c.receipt_at + 30_000 - c.processed_at <= UNSUBSCRIBE_WINDOW_MS) {
              const type = (templateType.get(c.template_id) as { type: string } | undefined)?.type ?? 'notification';
              unsubscribe.run(c.account_id, c.phone, c.signature_id, type, c.region, replyId, c.receipt_at + 30_000);
            }
            const sign = c.signature_id === null ? '' : ((signName.get(c.signature_id) as { content: string } | undefined)?.content ?? '');
            queueReplyCallback(raw, { accountId: c.account_id, applicationId: c.application_id, phone: c.phone, sign, text, receivedAt: c.receipt_at + 30_000 }, now);
          }
        }
        if (c.task_id === null) continue;
        const t = perTask.get(c.task_id) ?? { delivered: 0, undelivered: 0 };
        if (delivered) t.delivered++;
        else t.undelivered++;
        perTask.set(c.task_id, t);
      }
      const bump = raw.prepare('UPDATE tasks SET delivered = delivered + ?, undelivered = undelivered + ? WHERE id = ?');
      for (const [id, t] of perTask) bump.run(t.delivered, t.undelivered, id);
      stats.flush(raw);
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
