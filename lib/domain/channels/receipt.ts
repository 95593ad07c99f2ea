// SMPP delivery receipts: the de-facto receipt text of SMPP 3.4 Appendix B, e.g.
// "id:0a1b2c sub:001 dlvrd:001 submit date:2611281030 done date:2611281031 stat:DELIVRD err:000 text:…"

export interface ParsedReceipt {
  /** The carrier's message id the receipt is about. */
  id: string;
  stat: string;
  err: string | null;
  delivered: boolean;
  /** The carrier code recorded for a failed delivery (null when delivered). */
  code: string | null;
  /** "done date" as ms since epoch when present (UTC as given by the SMSC), else null. */
  doneAt: number | null;
}

/** SMPP message_state values of the receipted_message_id's message_state TLV. */
const MESSAGE_STATES: Record<number, string> = {
  1: 'ENROUTE',
  2: 'DELIVRD',
  3: 'EXPIRED',
  4: 'DELETED',
  5: 'UNDELIV',
  6: 'ACCEPTD',
  7: 'UNKNOWN',
  8: 'REJECTD',
};

/** Final states: the message will not change any more. ENROUTE/ACCEPTD are intermediate. */
const FINAL = new Set(['DELIVRD', 'EXPIRED', 'DELETED', 'UNDELIV', 'UNKNOWN', 'REJECTD']);

function parseDate(v: string | undefined): number | null {
  if (!v || !/^\d{10}(\d{2})?$/.test(v)) return null;
  const [yy, mo, dd, hh, mi, ss] = [
    v.slice(0, 2),
    v.slice(2, 4),
    v.slice(4, 6),
    v.slice(6, 8),
    v.slice(8, 10),
    v.slice(10, 12) || '00',
  ].map(Number);
  const t = Date.UTC(2000 + yy, mo - 1, dd, hh, mi, ss);
  return Number.isNaN(t) ? null : t;
}

/**
 * Parses a receipt from its text and, when present, the receipted_message_id / message_state
 * TLVs (which win over the text). Null when it is not a final receipt.
 */
export function parseReceipt(
  text: string,
  tlv: { receiptedMessageId?: string; messageState?: number } = {},
): ParsedReceipt | null {
  const fields = new Map<string, string>();
  for (const m of text.matchAll(/(id|sub|dlvrd|submit date|done date|stat|err):(\S*)/gi))
    fields.set(m[1].toLowerCase(), m[2]);
  const id = tlv.receiptedMessageId ?? fields.get('id');
  const stat =
    (tlv.messageState !== undefined ? MESSAGE_STATES[tlv.messageState] : undefined) ??
    fields.get('stat')?.toUpperCase();
  if (!id || !stat || !FINAL.has(stat)) return null;
  const err = fields.get('err') ?? null;
  const delivered = stat === 'DELIVRD';
  const code = delivered ? null : err && !/^0+$/.test(err) ? `${stat}:${err}` : stat;
  return { id, stat, err, delivered, code, doneAt: parseDate(fields.get('done date')) };
}

/** Formats a receipt the way SMSCs do (the SMSC simulator sends these). */
export function formatReceipt(r: {
  id: string;
  stat: string;
  err: string;
  submitAt: Date;
  doneAt: Date;
  text: string;
}): string {
  const d = (t: Date) => t.toISOString().replace(/[-T:]/g, '').slice(2, 12);
  return `id:${r.id} sub:001 dlvrd:${r.stat === 'DELIVRD' ? '001' : '000'} submit date:${d(r.submitAt)} done date:${d(r.doneAt)} stat:${r.stat} err:${r.err} text:${r.text.slice(0, 20)}`;
}

/** The message_state value of a receipt state. */
export function messageStateOf(stat: string): number {
  const hit = Object.entries(MESSAGE_STATES).find(([, s]) => s === stat);
  return hit ? Number(hit[0]) : 7;
}
