import 'server-only';
// Receipts and inbound messages from network channels, applied in batches.
import type { Db } from '@/db/client';
import { stmt } from '../statements';
import type { CarrierReceipt, InboundMessage } from '@/lib/channels/types';
import {
  latestMessageTo,
  RECEIPTED_COLUMNS,
  recordReceipts,
  recordReply,
  type Receipted,
} from '../sending/receipt-effects';

type Raw = Db['$client'];

export interface ReceiptRound {
  /** Messages that reached delivered or undelivered. */
  finished: number;
  /** Receipts whose carrier id is not known (yet): the caller may offer them again. */
  unmatched: CarrierReceipt[];
  /** Submit-to-receipt lag of each matched part (ms). */
  lags: number[];
}

/**
 * Applies a batch of carrier receipts in one transaction. A message is delivered when every
 * part is, undelivered as soon as one part fails (R-MSG-3); receipt time is when the receipt
 * arrived. Status callbacks, rollups and task counters follow (receipt-effects).
 */
export function applyCarrierReceipts(raw: Raw, channelId: number, receipts: CarrierReceipt[], now: Date): ReceiptRound {
  const round: ReceiptRound = { finished: 0, unmatched: [], lags: [] };
  if (receipts.length === 0) return round;
  raw
    .transaction(() => {
      const mark = stmt<{ message_id: number; parts: number; submitted_at: number }>(
        raw,
        'UPDATE carrier_refs SET delivered = ? WHERE channel_id = ? AND carrier_id = ? AND delivered IS NULL RETURNING message_id, parts, submitted_at',
      );
      const deliveredParts = stmt<{ n: number }>(
        raw,
        'SELECT count(*) AS n FROM carrier_refs WHERE message_id = ? AND delivered = 1',
      );
      const finish = stmt<Receipted>(
        raw,
        `UPDATE messages SET status = ?, receipt_at = ?, fail_code = ? WHERE id = ? AND status = 'submitted'
          RETURNING ${RECEIPTED_COLUMNS}`,
      );
      const changed: Receipted[] = [];
      for (const r of receipts) {
        const part = mark.get(r.delivered ? 1 : 0, channelId, r.carrierId);
        if (!part) {
          round.unmatched.push(r);
          continue;
        }
        round.lags.push(Math.max(0, r.at - part.submitted_at));
        if (r.delivered && part.parts > 1 && deliveredParts.get(part.message_id)!.n < part.parts) continue;
        const row = finish.get(
          r.delivered ? 'delivered' : 'undelivered',
          r.at,
          r.delivered ? null : (r.code ?? 'UNDELIV'),
          part.message_id,
        );
        if (row) changed.push(row);
      }
      recordReceipts(raw, changed, now);
      round.finished = changed.length;
    })
    .immediate();
  return round;
}

/** Records inbound messages as replies to the latest message sent to each number (R-RPL-1, R-UNS-1). */
export function applyInbound(raw: Raw, inbound: InboundMessage[], now: Date): number {
  if (inbound.length === 0) return 0;
  return raw
    .transaction(() => {
      let n = 0;
      for (const msg of inbound) {
        const answered = latestMessageTo(raw, `+${msg.from.replace(/^\+/, '')}`);
        if (!answered) continue;
        recordReply(raw, answered, msg.text, msg.at, now);
        n++;
      }
      return n;
    })
    .immediate();
}
