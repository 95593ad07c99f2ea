// SPEC §10: the product's numeric failure codes and their reasons, used by every failed message.
import { smscCodeReason } from './channels/smsc-status';

export const ERROR_CODES = {
  1001: 'API signature verification failed',
  1004: 'request could not be parsed',
  1008: 'channel timed out',
  1012: 'signature not effective',
  1014: 'template not effective, or content does not match the template',
  1015: 'number blocked: unsubscribed or on the do-not-disturb list',
  1016: 'phone number format error',
  1017: 'content too long (over 500 characters)',
  1019: 'application (SdkAppId) does not exist',
  1020: 'application disabled',
  1022: 'application daily limit reached',
  1023: 'same number: over the 30-second limit',
  1024: 'same number: over the hourly limit',
  1025: 'same number: over the daily limit',
  1026: 'same number: carrier daily limit (3 marketing / 10 other per day)',
  1030: 'marketing SMS outside the allowed hours',
  1031: 'insufficient package balance',
  1032: 'individual accounts cannot send marketing SMS',
  1033: 'service suspended for arrears',
  1034: 'mainland and international numbers mixed in one request',
  1036: 'a variable value is over 12 characters (individual accounts)',
  1045: 'country/region not allowed for this application',
  1047: 'international daily quota reached',
  // Legacy code of the cloud API for a URL inside a template variable (CLOUD-API.md §4.3).
  1048: 'a variable value may not contain a link',
  // The console's own code (not in the seeds): no route rule matches the message.
  1049: 'no delivery route for this destination',
  60008: 'request processing timed out',
} as const satisfies Record<number, string>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Carrier receipt codes the built-in simulator produces (R-MSG-2), with their reasons. */
export const CARRIER_CODES: Record<string, string> = {
  UNDELIV: 'Undeliverable: the handset was unreachable',
  EXPIRED: 'Expired before the handset came online',
  'MK:0001': 'Number is empty or out of service',
  'MK:0005': 'Handset switched off',
  'DB:0141': 'Blocked by the carrier blacklist',
  'IA:0051': 'Number does not exist',
  REJECTD: 'Rejected by the carrier',
};

/** Final states of SMPP delivery receipts beyond the simulator's codes. */
const RECEIPT_STATES: Record<string, string> = {
  DELETED: 'Deleted at the carrier before delivery',
  UNKNOWN: 'Delivery state unknown at the carrier',
};

/** The reason of a product code, an SMSC answer or a known carrier code; other carrier codes show as such. */
export function errorReason(code: number | string): string {
  const c = String(code);
  const known =
    (ERROR_CODES as Record<string, string>)[c] ?? CARRIER_CODES[c] ?? RECEIPT_STATES[c] ?? smscCodeReason(c);
  if (known) return known;
  // An SMPP receipt's state with the carrier's error number, e.g. UNDELIV:001.
  const m = /^([A-Z]{7}):(\w+)$/.exec(c);
  const state = m && (CARRIER_CODES[m[1]] ?? RECEIPT_STATES[m[1]]);
  return state ? `${state} (carrier error ${m[2]})` : `carrier code ${code}`;
}
