import 'server-only';
import type { CallbackUrlInput } from '@/lib/schemas/callbacks';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accounts, applications, callbackDeliveries, type CallbackDelivery } from '@/db/schema';
import { beijingDateTime } from '@/lib/domain/api/cloud';
import { errorReason } from '@/lib/domain/errors';
import { splitE164 } from '@/lib/domain/phone/normalize';
import { AppError } from '../errors';
import { appResource } from '../authorize';
import { requireAccount, type Ctx } from '../context';
import { metrics } from '../metrics';
import { checkOutboundUrl, postJson } from '../http/outbound';
import { openSecret, sealSecret } from '../api-keys/vault';
import { newCallbackSecret, signatureHeaders } from './signature';
import { IN_LIST, boundList } from '@/db/dialect';

/** At most 100 reports per status push (CLOUD-API.md §6.1). */
export const REPORTS_PER_PUSH = 100;
/** A push is tried 3 times: the first attempt and 2 retries (§6.1), after these delays. */
export const RETRY_DELAYS_MS = [10_000, 60_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
const ATTEMPT_TIMEOUT_MS = 5_000;

type Raw = Db['$client'];

export interface ReceiptForCallback {
  application_id: number;
  account_id: number;
  phone: string;
  status: 'delivered' | 'undelivered';
  fail_code: string | null;
  receipt_at: number;
  serial_no: string | null;
  session_context: string | null;
}

/**
 * Queues the status pushes of freshly applied receipts for the applications that have a status
 * callback URL (R-APP-9), ≤ 100 reports per push, in the contract's format (§6.1). Runs inside
 * the receipt transaction, so a receipt is queued exactly when it is applied.
 */
export function queueStatusCallbacks(raw: Raw, receipts: ReceiptForCallback[], now: Date): void {
  if (receipts.length === 0) return;
  const appIds = [...new Set(receipts.map((r) => r.application_id))];
  const urls = new Map(
    raw
      .prepare<unknown[], { id: number; url: string }>(
        `SELECT id, status_callback_url AS url FROM applications WHERE id IN ${IN_LIST}
          AND status_callback_url IS NOT NULL`,
      )
      .all(boundList(appIds))
      .map((a) => [a.id, a.url]),
  );
  if (urls.size === 0) return;
  const byApp = new Map<number, { accountId: number; items: Record<string, string>[] }>();
  for (const r of receipts) {
    if (!urls.has(r.application_id)) continue;
    const { countryCode, national } = splitE164(r.phone);
    const ok = r.status === 'delivered';
    const item: Record<string, string> = {
      user_receive_time: beijingDateTime(new Date(r.receipt_at)),
      nationcode: countryCode,
      mobile: national,
      report_status: ok ? 'SUCCESS' : 'FAIL',
      errmsg: ok ? 'DELIVRD' : (r.fail_code ?? 'UNDELIV'),
      description: ok ? 'The SMS message is successfully delivered' : errorReason(r.fail_code ?? 'UNDELIV'),
      sid: r.serial_no ?? '',
    };
    if (r.session_context) item.ext = r.session_context;
    const entry = byApp.get(r.application_id) ?? { accountId: r.account_id, items: [] };
    entry.items.push(item);
    byApp.set(r.application_id, entry);
  }
  const insert = raw.prepare(
    `INSERT INTO callback_deliveries (account_id, application_id, kind, url, payload, items, next_attempt_at,
      created_at) VALUES (?, ?, 'status', ?, ?, ?, ?, ?)`,
  );
  for (const [appId, { accountId, items }] of byApp) {
    for (let i = 0; i < items.length; i += REPORTS_PER_PUSH) {
      const chunk = items.slice(i, i + REPORTS_PER_PUSH);
      insert.run(accountId, appId, urls.get(appId)!, JSON.stringify(chunk), chunk.length, now.getTime(), now.getTime());
    }
  }
}

/** Queues the push of one inbound reply to the account's reply callback URL (R-RPL-1, §6.2), due when it arrives. */
export function queueReplyCallback(
  raw: Raw,
  reply: { accountId: number; applicationId: number; phone: string; sign: string; text: string; receivedAt: number },
  now: Date,
): void {
  const account = raw
    .prepare<unknown[], { url: string | null }>('SELECT reply_callback_url AS url FROM accounts WHERE id = ?')
    .get(reply.accountId);
  if (!account?.url) return;
  const { countryCode, national } = splitE164(reply.phone);
  const payload = {
    extend: '',
    mobile: national,
    nationcode: countryCode,
    sign: reply.sign,
    text: reply.text,
    time: Math.floor(reply.receivedAt / 1000),
  };
  raw
    .prepare(
      `INSERT INTO callback_deliveries (account_id, application_id, kind, url, payload, items, next_attempt_at,
        created_at) VALUES (?, ?, 'reply', ?, ?, 1, ?, ?)`,
    )
    .run(reply.accountId, reply.applicationId, account.url, JSON.stringify(payload), reply.receivedAt, now.getTime());
}

/** Whether the customer's answer acknowledges the push: 2xx and, when JSON, `result` 0 (§6.1). */
function acknowledged(status: number, text: string): boolean {
  if (status < 200 || status >= 300) return false;
  try {
    const body = JSON.parse(text) as { result?: unknown };
    return body.result === undefined || Number(body.result) === 0;
  } catch {
    return true;
  }
}

/** The secret that signs an application's status pushes or an account's reply pushes; made on first use. */
function signingSecret(raw: Raw, c: { kind: string; account_id: number; application_id: number | null }): string {
  const [table, id] =
    c.kind === 'status' && c.application_id !== null ? ['applications', c.application_id] : ['accounts', c.account_id];
  const column = table === 'applications' ? 'callback_secret' : 'reply_callback_secret';
  const row = raw
    .prepare<unknown[], { sealed: string | null }>(`SELECT ${column} AS sealed FROM ${table} WHERE id = ?`)
    .get(id);
  const open = row?.sealed ? openSecret(row.sealed) : null;
  if (open) return open;
  const secret = newCallbackSecret();
  raw.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`).run(sealSecret(secret), id);
  return secret;
}

/**
 * Sends the pushes that are due. Each is claimed first (its next attempt pushed a minute out in
 * one UPDATE … RETURNING), so two workers never send the same push at once; a failed attempt is
 * retried after 10 s and 60 s, then marked failed. Every push is signed (X-SMS-Timestamp,
 * X-SMS-Signature) and goes through the outbound client, which refuses private targets; the log
 * keeps the status code and timing, never the answer's body.
 */
export async function deliverDueCallbacks(db: Db, now: Date, opts: { limit?: number } = {}): Promise<number> {
  const raw = db.$client;
  const claimed = raw
    .prepare<
      unknown[],
      {
        id: number;
        kind: string;
        account_id: number;
        application_id: number | null;
        url: string;
        payload: string;
        attempts: number;
      }
    >(
      `UPDATE callback_deliveries SET next_attempt_at = ? WHERE id IN (
         SELECT id FROM callback_deliveries WHERE state = 'pending' AND next_attempt_at <= ?
         ORDER BY next_attempt_at LIMIT ?)
       RETURNING id, kind, account_id, application_id, url, payload, attempts`,
    )
    .all(now.getTime() + 60_000, now.getTime(), opts.limit ?? 20);
  await Promise.all(
    claimed.map(async (c) => {
      let status: number | null = null;
      let durationMs: number | null = null;
      let error: string | null = null;
      try {
        const answer = await postJson(
          c.url,
          c.payload,
          signatureHeaders(signingSecret(raw, c), c.payload, now),
          ATTEMPT_TIMEOUT_MS,
        );
        status = answer.status;
        durationMs = answer.durationMs;
        if (!acknowledged(answer.status, answer.text)) error = `not acknowledged: HTTP ${answer.status}`;
      } catch (err) {
        const e = err as Error;
        error =
          e.name === 'TimeoutError'
            ? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`
            : e.message.startsWith('refused:')
              ? e.message
              : `connection failed: ${e.message}`.slice(0, 300);
      }
      const attempts = c.attempts + 1;
      const state = error === null ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
      if (error !== null) metrics().callbackFailures.inc({ kind: c.kind });
      const next = state === 'pending' ? now.getTime() + RETRY_DELAYS_MS[attempts - 1] : now.getTime();
      raw
        .prepare(
          'UPDATE callback_deliveries SET state = ?, attempts = ?, next_attempt_at = ?, last_attempt_at = ?, last_http_status = ?, last_duration_ms = ?, last_error = ? WHERE id = ?',
        )
        .run(state, attempts, next, now.getTime(), status, durationMs, error, c.id);
    }),
  );
  return claimed.length;
}

/** The URL after the outbound check: a private target is a field error, nothing changes. */
async function checkedUrl({ url }: CallbackUrlInput): Promise<string> {
  if (url === '') return url;
  const problem = await checkOutboundUrl(url);
  if (problem) throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', { url: problem });
  return url;
}

function ownApp(ctx: Ctx, sdkAppId: string) {
  const account = requireAccount(ctx);
  const app = ctx.db
    .select()
    .from(applications)
    .where(
      and(eq(applications.sdkAppId, sdkAppId), eq(applications.accountId, account.id), isNull(applications.deletedAt)),
    )
    .get();
  if (!app) throw new AppError('NOT_FOUND', 'Application not found.');
  ctx.authorize('ModifyCallbackInfo', appResource(app));
  return app;
}

/**
 * Sets (or clears) an application's status callback URL (R-APP-9). The first time, a signing
 * secret is made and returned to be shown once.
 */
export async function setStatusCallbackUrl(
  ctx: Ctx,
  sdkAppId: string,
  input: CallbackUrlInput,
): Promise<{ secret: string | null }> {
  ownApp(ctx, sdkAppId);
  const url = await checkedUrl(input);
  const app = ownApp(ctx, sdkAppId);
  const secret = url && !app.callbackSecret ? newCallbackSecret() : null;
  ctx.db
    .update(applications)
    .set({
      statusCallbackUrl: url || null,
      updatedAt: ctx.now,
      ...(secret ? { callbackSecret: sealSecret(secret) } : {}),
    })
    .where(eq(applications.id, app.id))
    .run();
  return { secret };
}

/** A new signing secret for an application's status pushes, shown once; the old one stops at once. */
export function rotateStatusCallbackSecret(ctx: Ctx, sdkAppId: string): { secret: string } {
  const app = ownApp(ctx, sdkAppId);
  const secret = newCallbackSecret();
  ctx.db
    .update(applications)
    .set({ callbackSecret: sealSecret(secret), updatedAt: ctx.now })
    .where(eq(applications.id, app.id))
    .run();
  return { secret };
}

/** Sets (or clears) the account's one reply callback URL (R-RPL-1); the first time, returns its signing secret. */
export async function setReplyCallbackUrl(ctx: Ctx, input: CallbackUrlInput): Promise<{ secret: string | null }> {
  const account = requireAccount(ctx);
  ctx.authorize('ModifyReplyCallback', { accountId: account.id });
  const url = await checkedUrl(input);
  const has = ctx.db
    .select({ s: accounts.replyCallbackSecret })
    .from(accounts)
    .where(eq(accounts.id, account.id))
    .get()?.s;
  const secret = url && !has ? newCallbackSecret() : null;
  ctx.db
    .update(accounts)
    .set({ replyCallbackUrl: url || null, ...(secret ? { replyCallbackSecret: sealSecret(secret) } : {}) })
    .where(eq(accounts.id, account.id))
    .run();
  return { secret };
}

/** A new signing secret for the account's reply pushes, shown once. */
export function rotateReplyCallbackSecret(ctx: Ctx): { secret: string } {
  const account = requireAccount(ctx);
  ctx.authorize('ModifyReplyCallback', { accountId: account.id });
  const secret = newCallbackSecret();
  ctx.db
    .update(accounts)
    .set({ replyCallbackSecret: sealSecret(secret) })
    .where(eq(accounts.id, account.id))
    .run();
  return { secret };
}

export function replyCallbackUrl(ctx: Ctx): string | null {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeCallbackLog', { accountId: account.id });
  return (
    ctx.db.select({ url: accounts.replyCallbackUrl }).from(accounts).where(eq(accounts.id, account.id)).get()?.url ??
    null
  );
}

/** The latest pushes of the account (optionally one application's, or one kind), newest first (R-APP-9). */
export function listCallbackDeliveries(
  ctx: Ctx,
  filter: { applicationId?: number; kind?: 'status' | 'reply'; limit?: number } = {},
): CallbackDelivery[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeCallbackLog', { accountId: account.id });
  return ctx.db
    .select()
    .from(callbackDeliveries)
    .where(
      and(
        eq(callbackDeliveries.accountId, account.id),
        filter.applicationId ? eq(callbackDeliveries.applicationId, filter.applicationId) : undefined,
        filter.kind ? eq(callbackDeliveries.kind, filter.kind) : undefined,
      ),
    )
    .orderBy(desc(callbackDeliveries.id))
    .limit(filter.limit ?? 20)
    .all();
}
