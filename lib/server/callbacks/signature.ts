import 'server-only';
// Callback signatures: receivers check where a push came from and that it is fresh.
// X-SMS-Timestamp is Unix seconds; X-SMS-Signature is `sha256=` + hex HMAC-SHA256 over
// `<timestamp>.<body>` with the callback secret.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function newCallbackSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

export function signCallback(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function signatureHeaders(secret: string, body: string, now: Date): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { 'x-sms-timestamp': String(timestamp), 'x-sms-signature': signCallback(secret, timestamp, body) };
}

/** What a receiver does (README shows the same lines): fresh within 5 minutes and the right HMAC. */
export function verifyCallback(
  secret: string,
  headers: { timestamp: string; signature: string },
  body: string,
  now = Date.now(),
): boolean {
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || Math.abs(now / 1000 - ts) > 300) return false;
  const expected = Buffer.from(signCallback(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
