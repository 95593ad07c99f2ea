// TC3-HMAC-SHA256 exactly as the official SDKs compute it (CLOUD-API.md §2).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';
/** ±5 minutes between the client's X-TC-Timestamp and our clock (§2.3 step 3). */
export const MAX_SKEW_SECONDS = 300;

export interface Tc3Authorization {
  secretId: string;
  date: string;
  /** Verbatim from the credential scope: the Node SDK derives it from the endpoint (§2.2.1). */
  service: string;
  signedHeaders: string[];
  signature: string;
}

const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, msg: string) => createHmac('sha256', key).update(msg, 'utf8').digest();

/**
 * Parses `TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request, SignedHeaders=…, Signature=…`.
 * The service may contain ':' and '/' (§2.4), so it is everything between the date and `/tc3_request`.
 */
export function parseAuthorization(header: string | null): Tc3Authorization | null {
  if (!header) return null;
  const m =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/(.+)\/tc3_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      header.trim(),
    );
  if (!m) return null;
  return { secretId: m[1], date: m[2], service: m[3], signedHeaders: m[4].split(';'), signature: m[5] };
}

/** The UTC calendar date of a UNIX timestamp, `YYYY-MM-DD`. */
export function utcDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export interface SignInput {
  secretKey: string;
  service: string;
  timestamp: number;
  method?: string;
  path: string;
  query?: string;
  /** Header name (lower-case) → value, for every name in `signedHeaders`. */
  headers: Record<string, string>;
  signedHeaders: string[];
  body: Uint8Array | string;
}

/** The hex signature of a request (§2): canonical request → string to sign → derived key. */
export function tc3Signature(input: SignInput): string {
  const canonicalHeaders = input.signedHeaders.map((h) => `${h}:${(input.headers[h] ?? '').trim()}\n`).join('');
  const canonicalRequest = [
    input.method ?? 'POST',
    input.path,
    input.query ?? '',
    canonicalHeaders,
    input.signedHeaders.join(';'),
    sha256Hex(input.body),
  ].join('\n');
  const date = utcDate(input.timestamp);
  const scope = `${date}/${input.service}/tc3_request`;
  const stringToSign = `${TC3_ALGORITHM}\n${input.timestamp}\n${scope}\n${sha256Hex(canonicalRequest)}`;
  const kDate = hmac(`TC3${input.secretKey}`, date);
  const kService = hmac(kDate, input.service);
  const kSigning = hmac(kService, 'tc3_request');
  return createHmac('sha256', kSigning).update(stringToSign, 'utf8').digest('hex');
}

/** The Authorization header a client would send (used by tests and the README example). */
export function tc3Authorization(secretId: string, input: SignInput): string {
  return `${TC3_ALGORITHM} Credential=${secretId}/${utcDate(input.timestamp)}/${input.service}/tc3_request, SignedHeaders=${input.signedHeaders.join(';')}, Signature=${tc3Signature(input)}`;
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export interface VerifyInput {
  auth: Tc3Authorization;
  secretKey: string;
  timestamp: number;
  /** Paths the client may have signed (before any rewrite or redirect), e.g. `/`, `/api/v3`, `/api/v3/`. */
  paths: string[];
  query: string;
  /** Raw request headers, lower-case names. */
  headers: Record<string, string>;
  body: Uint8Array;
}

/**
 * Checks a signature against every variant a genuine client may have signed (§2.2): the
 * candidate paths, the host without and with its port, the content type verbatim and
 * lower-cased. Comparison is constant-time.
 */
export function verifyTc3(input: VerifyInput): boolean {
  const { auth } = input;
  if (auth.date !== utcDate(input.timestamp)) return false;
  const host = input.headers.host ?? '';
  const hostVariants = [...new Set([host.replace(/:\d+$/, '').toLowerCase(), host, host.toLowerCase()])];
  const typeRaw = input.headers['content-type'] ?? '';
  const typeVariants = [...new Set([typeRaw, typeRaw.toLowerCase()])];
  for (const path of input.paths) {
    for (const h of hostVariants) {
      for (const t of typeVariants) {
        const headers: Record<string, string> = {};
        for (const name of auth.signedHeaders)
          headers[name] = name === 'host' ? h : name === 'content-type' ? t : (input.headers[name] ?? '').toLowerCase();
        const expected = tc3Signature({
          secretKey: input.secretKey,
          service: auth.service,
          timestamp: input.timestamp,
          path,
          query: input.query,
          headers,
          signedHeaders: auth.signedHeaders,
          body: input.body,
        });
        if (sameHex(expected, auth.signature)) return true;
      }
    }
  }
  return false;
}
