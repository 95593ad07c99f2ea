// Message length and billed count (R-BIL-1..3).
import { gsm7Length, isGsm7 } from './gsm7';

export type Region = 'mainland' | 'international';

export interface Measurement {
  length: number;
  billable: number;
  encoding: 'mainland' | 'GSM-7' | 'UCS-2';
  tooLong: boolean;
}

/** R-BIL-3: one message, signature included, is at most 500 characters. */
export const MAX_MESSAGE_LENGTH = 500;

/** A signature's text without any brackets the user typed. */
export function bareSignature(signature: string): string {
  return signature
    .trim()
    .replace(/^[【[]/, '')
    .replace(/[】\]]$/, '');
}

/** The text as sent: the signature in 【】 (mainland, UCS-2) or [] (GSM-7 international), then the body. */
export function composeMessage(input: { body: string; signature?: string; region: Region }): {
  text: string;
  gsm7: boolean;
} {
  const sig = input.signature ? bareSignature(input.signature) : '';
  const gsm7 = input.region === 'international' && isGsm7(sig + input.body);
  if (!sig) return { text: input.body, gsm7 };
  return { text: gsm7 ? `[${sig}]${input.body}` : `【${sig}】${input.body}`, gsm7 };
}

function segments(length: number, single: number, multi: number): number {
  return length <= single ? 1 : Math.ceil(length / multi);
}

/**
 * Length and billed count of one message. Mainland and UCS-2 count UTF-16 units (a character
 * outside the BMP counts 2): ≤ 70 → 1, else ceil(n / 67). GSM-7: extension characters count 2;
 * ≤ 160 → 1, else ceil(n / 153).
 */
export function measureMessage(input: { body: string; signature?: string; region: Region }): Measurement {
  const { text, gsm7 } = composeMessage(input);
  if (gsm7) {
    const length = gsm7Length(text);
    return { length, billable: segments(length, 160, 153), encoding: 'GSM-7', tooLong: length > MAX_MESSAGE_LENGTH };
  }
  const length = text.length;
  return {
    length,
    billable: segments(length, 70, 67),
    encoding: input.region === 'mainland' ? 'mainland' : 'UCS-2',
    tooLong: length > MAX_MESSAGE_LENGTH,
  };
}
