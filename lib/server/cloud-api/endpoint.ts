import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { APP_ERROR_MAP, CloudApiError, requestError, type Language } from '@/lib/api/errors';
import { MAX_SKEW_SECONDS, parseAuthorization, verifyTc3 } from '@/lib/api/tc3';
import type { RateLimiter } from '@/lib/domain/api/cloud';
import type { SimulatorConfig } from '@/lib/domain/sending/simulator';
import { openSecret } from '../api-keys/vault';
import { AppError } from '../errors';
import { contextForUser } from '../user-context';
import { recordOperation } from '../audit/operation-log';
import { audited } from '../audit/audited';
import { CLOUD_ACTIONS } from './actions';
import { readParams } from './params';

export const API_VERSION = '2021-01-11';
/** Bodies above this are refused before parsing (an AddSmsSign image in base64 fits). */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

export interface EndpointOptions {
  db: Db;
  now?: () => Date;
  /** Every path a client may have signed for this endpoint (§2.2.4). */
  paths: string[];
  limiter: RateLimiter;
  simulator?: SimulatorConfig;
  /** The caller's address (else X-Forwarded-For): failed signatures count against it. */
  clientIp?: string;
}

/** Authentication failures: counted against the caller's address, logged. */
const AUTH_FAILURES = new Set([
  'AuthFailure.InvalidAuthorization',
  'AuthFailure.SecretIdNotFound',
  'AuthFailure.SignatureExpire',
  'AuthFailure.SignatureFailure',
]);

interface KeyRow {
  id: number;
  account_id: number;
  user_id: number;
  sealed_secret: string;
  state: string;
  revoked_at: number | null;
}

/**
 * The cloud API 3.0 endpoint (CLOUD-API.md §1–§2, §7): raw-body TC3 verification, version
 * and action checks, the per-key rate limit, parameter checks, then the action as the key's user
 * with the console's authorize() checks. Always HTTP 200 with `{"Response": …}` and the request's
 * X-TC-TraceId echoed; messages in X-TC-Language (en-US, else Chinese).
 */
export async function handleCloudApi(req: Request, opts: EndpointOptions): Promise<Response> {
  const requestId = randomUUID();
  const traceId = req.headers.get('x-tc-traceid');
  const lang: Language = req.headers.get('x-tc-language') === 'en-US' ? 'en-US' : 'zh-CN';
  const now = opts.now?.() ?? new Date();
  const action = req.headers.get('x-tc-action') ?? '';
  let keyId: number | null = null;
  let accountId: number | null = null;
  let secretIdGiven: string | null = null;
  const ip = (opts.clientIp ?? req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown').slice(0, 64);
  const failKey = `auth-failures:${ip}`;

  const reply = (body: Record<string, unknown>, code: string) => {
    const raw = opts.db.$client;
    if (AUTH_FAILURES.has(code)) opts.limiter.take(failKey, now.getTime());
    if (keyId !== null && accountId !== null) {
      raw
        .prepare(
          'INSERT INTO api_requests (key_id, account_id, action, code, request_id, ip, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(keyId, accountId, action.slice(0, 64), code, requestId, ip, now.getTime());
      if (!AUTH_FAILURES.has(code))
        raw.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?').run(now.getTime(), keyId);
    } else if (AUTH_FAILURES.has(code)) {
      // No key to log it against: platform staff see it in the operation log.
      recordOperation(opts.db, {
        accountId: null,
        userId: null,
        actor: secretIdGiven ? `SecretId ${secretIdGiven.slice(0, 40)}` : 'anonymous',
        via: 'api',
        action: 'CloudApiAuthFailed',
        resource: action.slice(0, 64) || null,
        result: code,
        ip,
        at: now,
      });
    }
    const headers: Record<string, string> = { 'content-type': 'application/json', 'cache-control': 'no-store' };
    if (traceId) headers['x-tc-traceid'] = traceId;
    return new Response(JSON.stringify({ Response: { ...body, RequestId: requestId } }), { status: 200, headers });
  };
  const fail = (err: CloudApiError) => reply({ Error: { Code: err.code, Message: err.message } }, err.code);

  try {
    if (req.method !== 'POST') throw requestError('UnsupportedProtocol', lang);
    const declared = Number(req.headers.get('content-length') ?? 0);
    if (declared > MAX_BODY_BYTES) throw requestError('RequestSizeLimitExceeded', lang);
    const body = new Uint8Array(await req.arrayBuffer());
    if (body.length > MAX_BODY_BYTES) throw requestError('RequestSizeLimitExceeded', lang);

    // --- who is asking (§2.3) ---
    // An address that keeps failing authentication is slowed like an over-eager key.
    if (!opts.limiter.has(failKey, now.getTime())) throw requestError('RequestLimitExceeded', lang);
    const auth = parseAuthorization(req.headers.get('authorization'));
    if (!auth) throw requestError('InvalidAuthorization', lang);
    secretIdGiven = auth.secretId;
    const key = opts.db.$client
      .prepare<unknown[], KeyRow>(
        'SELECT id, account_id, user_id, sealed_secret, state, revoked_at FROM api_keys WHERE secret_id = ?',
      )
      .get(auth.secretId);
    const secretKey = key && key.revoked_at === null && key.state === 'enabled' ? openSecret(key.sealed_secret) : null;
    if (!key || !secretKey) throw requestError('SecretIdNotFound', lang);
    // From here on the call is logged against the key, failed signatures included.
    keyId = key.id;
    accountId = key.account_id;
    const timestamp = Number(req.headers.get('x-tc-timestamp'));
    if (!Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > MAX_SKEW_SECONDS)
      throw requestError('SignatureExpire', lang);
    const headers: Record<string, string> = {};
    req.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    const url = new URL(req.url);
    if (!verifyTc3({ auth, secretKey, timestamp, paths: opts.paths, query: url.search.slice(1), headers, body }))
      throw requestError('SignatureFailure', lang);
    if (req.headers.get('x-tc-token')) throw requestError('TokenFailure', lang);
    if (!opts.limiter.take(String(key.id), now.getTime())) throw requestError('RequestLimitExceeded', lang);

    // --- what is asked ---
    if (req.headers.get('x-tc-version') !== API_VERSION) throw requestError('NoSuchVersion', lang);
    const def = Object.hasOwn(CLOUD_ACTIONS, action) ? CLOUD_ACTIONS[action] : undefined;
    if (!def) throw requestError('InvalidAction', lang);
    let json: unknown;
    try {
      json = body.length === 0 ? {} : JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      throw requestError('JsonParseFail', lang);
    }
    const params = readParams(def.params, json, lang);
    const ctx = contextForUser(opts.db, key.user_id, now);
    if (!ctx || ctx.account?.id !== key.account_id) throw requestError('SecretIdNotFound', lang);
    // Changes made through the key are in the operation log as the key's.
    const audit = audited(ctx);
    try {
      // The action and its operation-log row commit together.
      const out = opts.db.$client
        .transaction(() => {
          const result = def.run(audit.ctx, params, { lang, requestId, simulator: opts.simulator });
          audit.finish('ok', { via: 'api', actor: `SecretId ${auth.secretId}`, ip });
          return result;
        })
        .immediate();
      return reply(out, 'Ok');
    } catch (err) {
      try {
        audit.finish(err, { via: 'api', actor: `SecretId ${auth.secretId}`, ip });
      } catch (logError) {
        console.error('[sms-console] operation log write failed', logError);
      }
      throw err;
    }
  } catch (err) {
    if (err instanceof CloudApiError) return fail(err);
    if (err instanceof AppError) return fail(new CloudApiError(APP_ERROR_MAP[err.code], err.message));
    console.error('[sms-console] cloud API error', err);
    return fail(requestError('InternalError', lang));
  }
}
