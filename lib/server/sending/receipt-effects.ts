import 'server-only';
// What a final receipt or an inbound reply changes, whichever channel brought it (R-MSG-3,
// R-RPL-1, R-UNS-1): status callbacks, rollups and task counters; reply records, unsubscribes
// and reply callbacks. Callers run these inside their own transaction.
import type { Db } from '@/db/client';
import { stmt } from '../statements';
import { isUnsubscribeReply, UNSUBSCRIBE_WINDOW_MS } from '@/lib/domain/sending/optout';
import { StatsBatch } from '../stats/rollup';
import { metrics } from '../metrics';
import type { PendingRow } from './checks';
import { queueReplyCallback, queueStatusCallbacks } from '../callbacks/callbacks';

type Raw = Db['$client'];

/** A message as it became delivered or undelivered (the RETURNING of the receipt update). */
export interface Receipted extends Omit<PendingRow, 'vars'> {
  processed_at: number;
  receipt_at: number;
  status: 'delivered' | 'undelivered';
  fail_code: string | null;
  serial_no: string | null;
  session_context: string | null;
  channel_id: number | null;
}

export const RECEIPTED_COLUMNS =
  'id, task_id, account_id, application_id, region, signature_id, template_id, iso_country, phone, processed_at, receipt_at, status, fail_code, serial_no, session_context, channel_id';

/** Status callbacks, rollups and task counters of messages that just got their final receipt. */
export function recordReceipts(raw: Raw, changed: Receipted[], now: Date): void {
  if (changed.length === 0) return;
  queueStatusCallbacks(raw, changed, now);
  const perTask = new Map<number, { delivered: number; undelivered: number }>();
  const stats = new StatsBatch();
  for (const c of changed) {
    const dims = {
      accountId: c.account_id,
      region: c.region,
      applicationId: c.application_id,
      signatureId: c.signature_id,
      templateId: c.template_id,
      isoCountry: c.iso_country,
      at: c.processed_at,
    };
    const delivered = c.status === 'delivered';
    stats.add(dims, delivered ? { delivered: 1 } : { undelivered: 1 });
    if (!delivered && c.fail_code) stats.addCode(dims, 'receipt', c.fail_code);
    if (c.task_id === null) continue;
    const t = perTask.get(c.task_id) ?? { delivered: 0, undelivered: 0 };
    if (delivered) t.delivered++;
    else t.undelivered++;
    perTask.set(c.task_id, t);
  }
  const bump = stmt(raw, 'UPDATE tasks SET delivered = delivered + ?, undelivered = undelivered + ? WHERE id = ?');
  for (const [id, t] of perTask) bump.run(t.delivered, t.undelivered, id);
  stats.flush(raw);
  const counter = metrics().messages;
  for (const c of changed) counter.inc({ status: c.status, channel: String(c.channel_id ?? 0) });
}

/** The message a reply answers: the latest one sent to that number. */
export type AnsweredMessage = Pick<
  PendingRow,
  'id' | 'account_id' | 'application_id' | 'region' | 'signature_id' | 'template_id' | 'phone'
> & { processed_at: number };

/** The latest message sent to a number (E.164 with +), which an inbound reply answers. */
export function latestMessageTo(raw: Raw, phone: string): AnsweredMessage | null {
  return (
    stmt<AnsweredMessage>(
      raw,
      `SELECT id, account_id, application_id, region, signature_id, template_id, phone, processed_at FROM messages
         WHERE phone = ? AND status IN ('submitted', 'delivered', 'undelivered') ORDER BY id DESC LIMIT 1`,
    ).get(phone) ?? null
  );
}

/**
 * Records an inbound reply to a message (R-RPL-1): the reply record, an unsubscribe when it
 * says so within 72 hours of the message (R-UNS-1), and the reply callback push.
 */
export function recordReply(raw: Raw, m: AnsweredMessage, text: string, receivedAt: number, now: Date): number {
  const replyId = Number(
    stmt(
      raw,
      'INSERT INTO replies (account_id, application_id, region, message_id, signature_id, phone, content, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(m.account_id, m.application_id, m.region, m.id, m.signature_id, m.phone, text, receivedAt).lastInsertRowid,
  );
  if (m.signature_id !== null && isUnsubscribeReply(text) && receivedAt - m.processed_at <= UNSUBSCRIBE_WINDOW_MS) {
    const type =
      stmt<{ type: string }>(raw, 'SELECT type FROM templates WHERE id = ?').get(m.template_id)?.type ?? 'notification';
    stmt(
      raw,
      `INSERT INTO opt_outs (account_id, phone, signature_id, scope, region, source, reply_id, created_at)
        VALUES (?, ?, ?, ?, ?, 'reply', ?, ?)
       ON CONFLICT DO NOTHING`,
    ).run(m.account_id, m.phone, m.signature_id, type, m.region, replyId, receivedAt);
  }
  const sign =
    m.signature_id === null
      ? ''
      : (stmt<{ content: string }>(raw, 'SELECT content FROM signatures WHERE id = ?').get(m.signature_id)?.content ??
        '');
  queueReplyCallback(
    raw,
    { accountId: m.account_id, applicationId: m.application_id, phone: m.phone, sign, text, receivedAt },
    now,
  );
  return replyId;
}
