import 'server-only';
import type { RemovalRequestInput, UnsubscribeQuery } from '@/lib/schemas/clients';
import { fillText } from '@/lib/domain/notices';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { type Region } from '@/db/enums';
import { applications, signatures, unsubscribeRemovals } from '@/db/schema';
import { maskPhone, normalizePhone } from '@/lib/domain/phone/normalize';
import { expectedReviewBy } from '@/lib/domain/review/hours';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { recordHistory } from '../content/history';
import { loadReviewCalendar } from '../review/calendar';

/** The message types an unsubscription can cover, in the console's order. */
export const UNSUBSCRIBE_TYPES = ['verification', 'notification', 'marketing'] as const;

function resolve(ctx: Ctx, q: UnsubscribeQuery) {
  const account = requireAccount(ctx);
  const n = normalizePhone(q.phone, q.region);
  if (!n.ok) throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', { phone: n.message });
  const app = ctx.db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.sdkAppId, q.sdkAppId),
        eq(applications.accountId, account.id),
        isNull(applications.deletedAt),
      ),
    )
    .get();
  if (!app)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
      sdkAppId: 'Choose an application of this account.',
    });
  const sig = ctx.db
    .select()
    .from(signatures)
    .where(
      and(
        eq(signatures.id, q.signatureId),
        eq(signatures.accountId, account.id),
        eq(signatures.region, q.region),
        isNull(signatures.deletedAt),
      ),
    )
    .get();
  if (!sig)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
      signatureId: 'Choose a signature of this list.',
    });
  return { account, region: q.region, phone: n.e164, app, sig };
}

/** The removal request of a number and signature still waiting for review, if any. */
function pendingRemoval(ctx: Ctx, accountId: number, phone: string, signatureId: number) {
  return ctx.db
    .select({ id: unsubscribeRemovals.id })
    .from(unsubscribeRemovals)
    .where(
      and(
        eq(unsubscribeRemovals.accountId, accountId),
        eq(unsubscribeRemovals.phone, phone),
        eq(unsubscribeRemovals.signatureId, signatureId),
        eq(unsubscribeRemovals.status, 'pending'),
      ),
    )
    .get();
}

export interface UnsubscribeStatus {
  phone: string;
  signature: string;
  application: string;
  /** Per message type: since when and by which reply the number is unsubscribed, or null. */
  types: { type: (typeof UNSUBSCRIBE_TYPES)[number]; unsubscribedAt: Date | null; reply: string | null }[];
  /** A removal request waiting for review, if any. */
  pendingRequestId: number | null;
}

/** R-UNS-2: number + application + signature → the unsubscription status per message type. */
export function queryUnsubscribe(ctx: Ctx, q: UnsubscribeQuery): UnsubscribeStatus {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeUnsubscribe', { accountId: account.id });
  const r = resolve(ctx, q);
  const rows = ctx.db.$client
    .prepare<unknown[], { scope: string; created_at: number; reply: string | null }>(
      `SELECT o.scope, o.created_at, rp.content AS reply FROM opt_outs o LEFT JOIN replies rp ON rp.id = o.reply_id
       WHERE o.account_id = ? AND o.phone = ? AND o.signature_id = ? AND o.source = 'reply'`,
    )
    .all(account.id, r.phone, r.sig.id);
  const pending = pendingRemoval(ctx, account.id, r.phone, r.sig.id);
  return {
    phone: r.phone,
    signature: r.sig.content,
    application: `${r.app.name} (${r.app.sdkAppId})`,
    types: UNSUBSCRIBE_TYPES.map((type) => {
      const o = rows.find((x) => x.scope === type || x.scope === 'all');
      return { type, unsubscribedAt: o ? new Date(o.created_at) : null, reply: o?.reply ?? null };
    }),
    pendingRequestId: pending?.id ?? null,
  };
}

/**
 * R-UNS-2 "Apply for removal": a request with a reason for a number unsubscribed from a
 * signature; it joins the reviewers' queue as its own kind. One pending request per number and signature.
 */
export function applyForRemoval(ctx: Ctx, input: RemovalRequestInput): { id: number } {
  const account = requireAccount(ctx);
  ctx.authorize('AddUnsubscribeRemoval', { accountId: account.id });
  const r = resolve(ctx, input);
  const { reason } = input;
  return ctx.db.transaction(
    (tx) => {
      const unsubscribed = ctx.db.$client
        .prepare(`SELECT 1 FROM opt_outs WHERE account_id = ? AND phone = ? AND signature_id = ? AND source = 'reply'`)
        .get(account.id, r.phone, r.sig.id);
      if (!unsubscribed)
        throw new AppError(
          'CONFLICT',
          'This number is not unsubscribed from this signature; there is nothing to remove.',
        );
      const pending = pendingRemoval(ctx, account.id, r.phone, r.sig.id);
      if (pending)
        throw new AppError(
          'CONFLICT',
          fillText('A removal request for this number and signature is already waiting for review (#{id}).', {
            id: pending.id,
          }),
        );
      const row = tx
        .insert(unsubscribeRemovals)
        .values({
          accountId: account.id,
          applicationId: r.app.id,
          signatureId: r.sig.id,
          region: r.region,
          phone: r.phone,
          reason,
          submittedAt: ctx.now,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: unsubscribeRemovals.id })
        .get();
      recordHistory(ctx, {
        accountId: account.id,
        kind: 'unsubscribe_removal',
        itemId: row.id,
        action: 'create',
        detail: { reason },
      });
      return row;
    },
    { behavior: 'immediate' },
  );
}

export interface RemovalRequestRow {
  id: number;
  phone: string;
  signature: string;
  application: string;
  reason: string;
  status: string;
  rejectReason: string | null;
  submittedAt: Date;
  expectedBy: Date;
  decidedAt: Date | null;
}

/** The account's removal requests of a list, newest first, with their outcome (masked numbers). */
export function listRemovalRequests(ctx: Ctx, region: Region): RemovalRequestRow[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeUnsubscribe', { accountId: account.id });
  const calendar = loadReviewCalendar(ctx.db);
  return ctx.db
    .select({
      r: unsubscribeRemovals,
      signature: signatures.content,
      appName: applications.name,
      sdkAppId: applications.sdkAppId,
    })
    .from(unsubscribeRemovals)
    .leftJoin(signatures, eq(signatures.id, unsubscribeRemovals.signatureId))
    .leftJoin(applications, eq(applications.id, unsubscribeRemovals.applicationId))
    .where(and(eq(unsubscribeRemovals.accountId, account.id), eq(unsubscribeRemovals.region, region)))
    .orderBy(desc(unsubscribeRemovals.id))
    .limit(200)
    .all()
    .map(({ r, signature, appName, sdkAppId }) => ({
      id: r.id,
      phone: maskPhone(r.phone),
      signature: signature ?? '?',
      application: appName ? `${appName} (${sdkAppId})` : '—',
      reason: r.reason,
      status: r.status,
      rejectReason: r.rejectReason,
      submittedAt: r.submittedAt,
      expectedBy: expectedReviewBy(r.submittedAt, calendar),
      decidedAt: r.decidedAt,
    }));
}
