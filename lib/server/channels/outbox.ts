import 'server-only';
// The outbox of network channels (docs/delivery.md): claiming work with a lease,
// recording the carrier's answers, retries, failover along the route, and the refund of a
// message that every channel of its route refused (R-BIL-4). Each function is one transaction.
import { fillText } from '@/lib/domain/notices';
import type { Db } from '@/db/client';
import { stmt } from '../statements';
import type { SubmitFailure } from '@/lib/domain/channels/smsc-status';
import { DEFAULT_SIMULATOR, simulateDelivery, type SimulatorConfig } from '@/lib/domain/sending/simulator';
import { beijingDateKey } from '@/lib/domain/time';
import type { OutboundMessage } from '@/lib/channels/types';
import { dimsOfMessage, StatsBatch } from '../stats/rollup';
import { composeMessage } from '@/lib/domain/billing/measure';
import { settleTask } from '../sending/task-finish';
import { IN_LIST, boundList, jsonHead, jsonLength, jsonTail } from '@/db/dialect';

type Raw = Db['$client'];

/** Temporary failures retried this many times on one channel before the route's next one (or failure). */
export const MAX_ATTEMPTS = 6;
const BACKOFF_MS = [1_000, 5_000, 15_000, 30_000, 60_000];
/** After an SMSC throttle answer the message waits this long; it does not count as an attempt. */
const THROTTLE_WAIT_MS = 500;

export function outboxLeaseMs(): number {
  return Number(process.env.SMS_OUTBOX_LEASE_MS ?? 60_000);
}

export interface ClaimedMessage extends OutboundMessage {
  attempts: number;
  fallbacks: number[];
}

/**
 * Claims up to `limit` messages of a channel: queued ones that are due, and in-flight ones whose
 * lease ran out (their process died between submit and answer: they are submitted again).
 */
export function claimOutbox(
  raw: Raw,
  channelId: number,
  limit: number,
  now: Date,
  leaseMs = outboxLeaseMs(),
): ClaimedMessage[] {
  if (limit <= 0) return [];
  return raw
    .transaction(() => {
      const t = now.getTime();
      const claimed = stmt<{
        message_id: number;
        attempts: number;
        fallbacks: string;
      }>(
        raw,
        `UPDATE outbox SET state = 'inflight', lease_until = ?, attempts = attempts + 1
           WHERE message_id IN (
             SELECT message_id FROM outbox WHERE channel_id = ? AND state = 'queued' AND next_at <= ?
             UNION ALL SELECT message_id FROM outbox WHERE channel_id = ? AND state = 'inflight' AND lease_until < ?
             LIMIT ?)
           RETURNING message_id, attempts, fallbacks`,
      ).all(t + leaseMs, channelId, t, channelId, t, limit);
      if (claimed.length === 0) return [];
      const meta = new Map(claimed.map((c) => [c.message_id, c]));
      const rows = stmt<{
        id: number;
        phone: string;
        region: 'mainland' | 'international';
        iso_country: string;
        content: string;
        billable: number;
        template_id: number;
        vars: string | null;
        session_context: string | null;
        sign: string | null;
        sender_id: string | null;
      }>(
        raw,
        `SELECT m.id, m.phone, m.region, m.iso_country, m.content, m.billable, m.template_id, m.vars,
          m.session_context, s.content AS sign, k.sender_id
           FROM messages m LEFT JOIN signatures s ON s.id = m.signature_id LEFT JOIN tasks k ON k.id = m.task_id
           WHERE m.id IN ${IN_LIST} AND m.status = 'submitted'`,
      ).all(boundList(meta.keys()));
      // A row whose message is no longer 'submitted' (already failed or receipted) leaves the outbox.
      if (rows.length < claimed.length) {
        const live = new Set(rows.map((r) => r.id));
        const drop = stmt(raw, 'DELETE FROM outbox WHERE message_id = ?');
        for (const c of claimed) if (!live.has(c.message_id)) drop.run(c.message_id);
      }
      return rows.map((r) => ({
        messageId: r.id,
        phone: r.phone.replace(/^\+/, ''),
        region: r.region,
        isoCountry: r.iso_country,
        // The text as billed: the signature in 【】 (or [] for GSM-7) before the body (R-BIL-1/2).
        text: composeMessage({ body: r.content, signature: r.sign ?? undefined, region: r.region }).text,
        billable: r.billable,
        senderId: r.sender_id,
        templateId: r.template_id,
        signature: r.sign,
        vars: r.vars ? JSON.parse(r.vars) : [],
        sessionContext: r.session_context,
        attempts: meta.get(r.id)!.attempts,
        fallbacks: JSON.parse(meta.get(r.id)!.fallbacks),
      }));
    })
    .immediate();
}

export type SubmitOutcome = {
  message: ClaimedMessage;
  result: { ok: true; carrierIds: string[] } | ({ ok: false } & SubmitFailure);
};

/**
 * Records a round of submit answers in one transaction: accepted messages get their carrier ids
 * and leave the outbox; temporary failures wait and retry; permanent ones (or temporary ones past
 * MAX_ATTEMPTS) move to the route's next channel, or fail and are refunded when none is left.
 */
export function recordSubmitOutcomes(
  raw: Raw,
  channelId: number,
  outcomes: SubmitOutcome[],
  now: Date,
): { accepted: number; retried: number; movedOn: number; failed: number } {
  const counts = { accepted: 0, retried: 0, movedOn: 0, failed: 0 };
  if (outcomes.length === 0) return counts;
  raw
    .transaction(() => {
      const t = now.getTime();
      const ref = stmt(
        raw,
        `INSERT INTO carrier_refs (channel_id, carrier_id, message_id, part, parts, delivered, submitted_at)
          VALUES (?, ?, ?, ?, ?, NULL, ?)
         ON CONFLICT DO NOTHING`,
      );
      const done = stmt(raw, 'DELETE FROM outbox WHERE message_id = ?');
      const carried = stmt(raw, 'UPDATE messages SET channel_id = ? WHERE id = ?');
      const retry = stmt(
        raw,
        `UPDATE outbox SET state = 'queued', lease_until = NULL, next_at = ?, attempts = ?, last_error = ?
          WHERE message_id = ?`,
      );
      const toFail: { id: number; code: string; reason: string }[] = [];
      const toMove: { id: number; fallbacks: number[]; error: string }[] = [];
      for (const { message: m, result: r } of outcomes) {
        if (r.ok) {
          r.carrierIds.forEach((cid, i) => ref.run(channelId, cid, m.messageId, i + 1, r.carrierIds.length, t));
          carried.run(channelId, m.messageId);
          done.run(m.messageId);
          counts.accepted++;
          continue;
        }
        const error = `${r.code} ${r.reason}`;
        if (r.kind === 'throttled') {
          retry.run(t + THROTTLE_WAIT_MS, m.attempts - 1, error, m.messageId);
          counts.retried++;
        } else if (r.kind === 'temporary' && m.attempts < MAX_ATTEMPTS) {
          retry.run(t + BACKOFF_MS[Math.min(m.attempts - 1, BACKOFF_MS.length - 1)], m.attempts, error, m.messageId);
          counts.retried++;
        } else if (m.fallbacks.length > 0) {
          toMove.push({ id: m.messageId, fallbacks: m.fallbacks, error });
        } else {
          toFail.push({ id: m.messageId, code: r.code, reason: r.reason });
        }
      }
      const move = stmt(
        raw,
        `UPDATE outbox SET channel_id = ?, fallbacks = ?, state = 'queued', lease_until = NULL, attempts = 0,
          next_at = ?, last_error = ? WHERE message_id = ?`,
      );
      for (const mv of toMove) move.run(mv.fallbacks[0], JSON.stringify(mv.fallbacks.slice(1)), t, mv.error, mv.id);
      counts.movedOn = toMove.length;
      counts.failed = failSubmittedMessages(raw, toFail, now);
    })
    .immediate();
  return counts;
}

/** Claimed messages that were never submitted go back to the queue (a link stopped or reloaded). */
export function releaseClaims(raw: Raw, messageIds: number[]): void {
  if (messageIds.length === 0) return;
  stmt(
    raw,
    `UPDATE outbox SET state = 'queued', lease_until = NULL, attempts = max(attempts - 1, 0)
      WHERE message_id IN ${IN_LIST} AND state = 'inflight'`,
  ).run(boundList(messageIds));
}

/**
 * A channel that is disabled, or down for longer than the failover delay, passes its queued
 * messages to the next channel of their routes. Messages with no channel left keep waiting.
 */
export function failOverQueued(raw: Raw, channelId: number, now: Date): number {
  return stmt(
    raw,
    `UPDATE outbox SET channel_id = ${jsonHead('fallbacks')}, fallbacks = ${jsonTail('fallbacks')},
      attempts = 0, next_at = ?, last_error = 'failed over: channel unavailable'
       WHERE channel_id = ? AND state = 'queued' AND ${jsonLength('fallbacks')} > 0`,
  ).run(now.getTime(), channelId).changes;
}

/**
 * Messages failed over to the simulator get its receipt schedule (as dispatch would have given
 * them) and leave the outbox.
 */
export function drainToSimulator(
  raw: Raw,
  channelId: number,
  now: Date,
  sim: SimulatorConfig = DEFAULT_SIMULATOR,
  limit = 5_000,
): number {
  return raw
    .transaction(() => {
      const rows = stmt<{ id: number; iso_country: string }>(
        raw,
        `SELECT o.message_id AS id, m.iso_country FROM outbox o JOIN messages m ON m.id = o.message_id
          WHERE o.channel_id = ? LIMIT ?`,
      ).all(channelId, limit);
      const set = stmt(
        raw,
        `UPDATE messages SET channel_id = ?, receipt_due_at = ?, receipt_ok = ?, receipt_code = ? WHERE id = ?
          AND status = 'submitted'`,
      );
      const done = stmt(raw, 'DELETE FROM outbox WHERE message_id = ?');
      for (const r of rows) {
        const o = simulateDelivery(sim, r.id, r.iso_country);
        set.run(
          channelId,
          o.reports ? now.getTime() + o.delayMs : null,
          o.reports ? (o.ok ? 1 : 0) : null,
          o.reports && !o.ok ? o.code : null,
          r.id,
        );
        done.run(r.id);
      }
      return rows.length;
    })
    .immediate();
}

/**
 * R-BIL-4 across the network: billed messages that no channel would take become `failed` and
 * give back what they cost — the package count with a `return` ledger row, or the international
 * price (taken off the day's usage, and paid back in cash with a ledger row when that day was
 * already charged). Task counters and rollups move in the same transaction. Runs inside the
 * caller's transaction; returns how many messages it failed.
 */
export function failSubmittedMessages(
  raw: Raw,
  items: { id: number; code: string; reason: string }[],
  now: Date,
): number {
  if (items.length === 0) return 0;
  const t = now.getTime();
  const read = stmt(
    raw,
    `SELECT id, task_id, account_id, application_id, region, signature_id, template_id, iso_country,
      processed_at, billable, package_id, price_li FROM messages WHERE id = ? AND status = 'submitted'`,
  );
  const fail = stmt(
    raw,
    `UPDATE messages SET status = 'failed', fail_code = ?, fail_reason = ?, price_li = 0, receipt_due_at = NULL,
      receipt_ok = NULL, receipt_code = NULL WHERE id = ? AND status = 'submitted'`,
  );
  const back = stmt(raw, 'UPDATE packages SET remaining = remaining + ? WHERE id = ?');
  const ledger = stmt(
    raw,
    `INSERT INTO package_ledger (package_id, account_id, kind, delta, ref_type, ref_id, at)
      VALUES (?, ?, 'return', ?, 'message', ?, ?)`,
  );
  const task = stmt(
    raw,
    'UPDATE tasks SET submitted = submitted - 1, failed = failed + 1, billed = billed - ?, cost_li = cost_li - ? WHERE id = ?',
  );
  const charged = stmt<{ id: number; state: string }>(
    raw,
    `SELECT id, state FROM intl_charges WHERE account_id = ? AND day = ?`,
  );
  const lowerCharge = stmt(raw, 'UPDATE intl_charges SET amount_li = amount_li - ?, billed = billed - ? WHERE id = ?');
  const cash = stmt<{ balance: number }>(
    raw,
    'UPDATE accounts SET cash_balance_li = cash_balance_li + ? WHERE id = ? RETURNING cash_balance_li AS balance',
  );
  const cashLedger = stmt(
    raw,
    `INSERT INTO cash_ledger (account_id, kind, amount_li, balance_after_li, ref_type, ref_id, reason, actor_id,
      actor_name, at) VALUES (?, 'refund', ?, ?, 'message', ?, ?, NULL, 'system', ?)`,
  );
  const drop = stmt(raw, 'DELETE FROM outbox WHERE message_id = ?');
  const stats = new StatsBatch();
  const tasks = new Set<number>();
  let n = 0;
  for (const it of items) {
    const m = read.get(it.id) as
      | {
          id: number;
          task_id: number | null;
          account_id: number;
          application_id: number;
          region: 'mainland' | 'international';
          signature_id: number | null;
          template_id: number;
          iso_country: string;
          processed_at: number;
          billable: number;
          package_id: number | null;
          price_li: number;
        }
      | undefined;
    drop.run(it.id);
    if (!m || fail.run(it.code, it.reason, it.id).changes !== 1) continue;
    n++;
    if (m.package_id !== null && m.billable > 0) {
      back.run(m.billable, m.package_id);
      ledger.run(m.package_id, m.account_id, m.billable, String(m.id), t);
    }
    // Before the day is charged, the lower usage is the refund; after, a paid charge is paid back
    // in cash and an unpaid one is lowered.
    const charge = m.price_li > 0 ? charged.get(m.account_id, beijingDateKey(new Date(m.processed_at))) : undefined;
    if (charge?.state === 'paid') {
      const { balance } = cash.get(m.price_li, m.account_id)!;
      cashLedger.run(
        m.account_id,
        m.price_li,
        balance,
        String(m.id),
        fillText('International SMS not delivered by any channel (message {id})', { id: m.id }),
        t,
      );
    } else if (charge) lowerCharge.run(m.price_li, m.billable, charge.id);
    if (m.task_id !== null) {
      task.run(m.billable, m.price_li, m.task_id);
      tasks.add(m.task_id);
    }
    const dims = dimsOfMessage(m, m.processed_at);
    stats.add(dims, { submitted: -1, failed: 1, billed: -m.billable, costLi: -m.price_li });
    stats.addCode(dims, 'failed', it.code);
  }
  stats.flush(raw);
  // A task whose every message ended refused is failed, not sent (R-SND-4).
  for (const taskId of tasks) settleTask(raw, taskId, now);
  return n;
}

/** Messages waiting in the outbox, per channel and state (Admin → Channels, metrics). */
export function outboxDepth(raw: Raw): { channel_id: number; state: string; n: number }[] {
  return stmt<{
    channel_id: number;
    state: string;
    n: number;
  }>(raw, 'SELECT channel_id, state, count(*) AS n FROM outbox GROUP BY 1, 2').all();
}
