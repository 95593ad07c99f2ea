// SMPP 3.4 short_message encoding: GSM-7 (data_coding 0) or UCS-2 (data_coding 8),
// long messages cut into concatenated parts behind a 6-byte UDH (IEI 0x00, 8-bit reference).
import { encodeGsm7, decodeGsm7 } from '../billing/gsm7';

export const DATA_CODING_GSM7 = 0;
export const DATA_CODING_UCS2 = 8;
/** esm_class bit: the short_message starts with a user data header. */
export const ESM_UDHI = 0x40;

export interface EncodedSms {
  dataCoding: 0 | 8;
  esmClass: number;
  /** Each part's short_message bytes (UDH included when there is more than one). */
  parts: Uint8Array[];
}

const ESC = 0x1b;

/**
 * Cuts a sequence into parts of at most `size` units (the whole text when it fits in `single`),
 * never between the two units of one character (GSM-7 escape pair, UTF-16 surrogate pair).
 */
function cut(units: readonly number[], single: number, size: number, startsPair: (u: number) => boolean): number[][] {
  if (units.length <= single) return [units.slice()];
  const out: number[][] = [];
  let i = 0;
  while (i < units.length) {
    let end = Math.min(i + size, units.length);
    if (end < units.length && startsPair(units[end - 1])) end--;
    out.push(units.slice(i, end));
    i = end;
  }
  return out;
}

function withUdh(payload: Uint8Array, ref: number, total: number, seq: number): Uint8Array {
  const out = new Uint8Array(6 + payload.length);
  out.set([0x05, 0x00, 0x03, ref & 0xff, total, seq], 0);
  out.set(payload, 6);
  return out;
}

/**
 * Encodes a message as it is billed (R-BIL-1/2): mainland text and international text outside
 * GSM-7 as UCS-2 (70 units, 67 per part), international GSM-7 text unpacked one septet per byte
 * (160, 153 per part; extension characters take two). `ref` ties the parts together.
 */
export function encodeSms(text: string, region: 'mainland' | 'international', ref: number): EncodedSms {
  const septets = region === 'international' ? encodeGsm7(text) : null;
  if (septets) {
    const chunks = cut(septets, 160, 153, (u) => u === ESC);
    const parts = chunks.map((c) => Uint8Array.from(c));
    return finish(DATA_CODING_GSM7, parts, ref);
  }
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  const chunks = cut(units, 70, 67, (u) => u >= 0xd800 && u <= 0xdbff);
  const parts = chunks.map((c) => {
    const b = new Uint8Array(c.length * 2);
    c.forEach((u, k) => {
      b[2 * k] = u >> 8;
      b[2 * k + 1] = u & 0xff;
    });
    return b;
  });
  return finish(DATA_CODING_UCS2, parts, ref);
}

function finish(dataCoding: 0 | 8, parts: Uint8Array[], ref: number): EncodedSms {
  if (parts.length === 1) return { dataCoding, esmClass: 0, parts };
  return { dataCoding, esmClass: ESM_UDHI, parts: parts.map((p, i) => withUdh(p, ref, parts.length, i + 1)) };
}

export interface DecodedPart {
  text: string;
  /** Concatenation reference, total and sequence when the part has a UDH. */
  concat: { ref: number; total: number; seq: number } | null;
}

/** Decodes one short_message (the SMSC side of encodeSms, and inbound deliver_sm). */
export function decodeSmsPart(bytes: Uint8Array, dataCoding: number, esmClass: number): DecodedPart {
  let body = bytes;
  let concat: DecodedPart['concat'] = null;
  if (esmClass & ESM_UDHI && bytes.length > 0) {
    const udhLength = bytes[0] + 1;
    const udh = bytes.subarray(1, udhLength);
    for (let i = 0; i + 1 < udh.length;) {
      const iei = udh[i];
      const len = udh[i + 1];
      if (iei === 0x00 && len === 3) concat = { ref: udh[i + 2], total: udh[i + 3], seq: udh[i + 4] };
      if (iei === 0x08 && len === 4)
        concat = { ref: (udh[i + 2] << 8) | udh[i + 3], total: udh[i + 4], seq: udh[i + 5] };
      i += 2 + len;
    }
    body = bytes.subarray(udhLength);
  }
  if ((dataCoding & 0x0f) === DATA_CODING_UCS2) {
    let text = '';
    for (let i = 0; i + 1 < body.length; i += 2) text += String.fromCharCode((body[i] << 8) | body[i + 1]);
    return { text, concat };
  }
  if ((dataCoding & 0x0f) === DATA_CODING_GSM7) return { text: decodeGsm7(Array.from(body)), concat };
  // Latin-1 (3), IA5/ASCII (1) and anything else as single bytes.
  return { text: String.fromCharCode(...body), concat };
}
