// Do-not-disturb and unsubscribe (R-DND-1, R-UNS-1): who may not receive what.

/** Replies that unsubscribe (R-UNS-1), compared trimmed and case-insensitively. */
const UNSUBSCRIBE_WORDS = new Set(['t', 'n', 'td', 'unsubscribe', 'qx', '0000']);

/** Replies count only within 72 hours of the message they answer (R-UNS-1). */
export const UNSUBSCRIBE_WINDOW_MS = 72 * 3_600_000;

/** At most this many do-not-disturb numbers per account (R-DND-1). */
export const MAX_DND_NUMBERS = 1_000;

export function isUnsubscribeReply(text: string): boolean {
  return UNSUBSCRIBE_WORDS.has(
    String(text ?? '')
      .trim()
      .toLowerCase(),
  );
}

/**
 * One opt-out of a number for a signature: `all` (do-not-disturb for every type), `marketing`
 * (do-not-disturb for marketing only), or the message type a reply unsubscribed from.
 */
export interface OptOut {
  signatureId: number;
  scope: 'all' | 'marketing' | 'notification' | 'verification';
}

/** Whether a message of `type` sent with `signatureId` is blocked by the number's opt-outs (1015). */
export function isBlocked(optOuts: readonly OptOut[], signatureId: number | null, type: string): boolean {
  if (signatureId === null) return false;
  return optOuts.some((o) => o.signatureId === signatureId && (o.scope === 'all' || o.scope === type));
}
