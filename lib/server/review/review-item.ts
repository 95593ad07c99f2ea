import 'server-only';
import type { ReviewDecisionInput } from '@/lib/schemas/review';
import { notice } from '@/lib/domain/notices';
import { and, eq, isNull } from 'drizzle-orm';
import {
  accounts,
  qualifications,
  signatures,
  templates,
  unsubscribeRemovals,
  type Qualification,
  type Signature,
  type Template,
  type UnsubscribeRemoval,
} from '@/db/schema';
import { type ContentKind } from '@/db/enums';
import { maskPhone } from '@/lib/domain/phone/normalize';
import { approvedStatus, canTransition } from '@/lib/domain/review/state';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { itemHistory, recordHistory } from '../content/history';
import { KIND_LABELS, REVIEWED_TABLES } from '../content/reviewed';
import { raiseAlarm } from '../alarms/raise';

/** The account an item belongs to, as the reviewer sees it. */
type ReviewAccount = { id: number; realName: string; uin: number; identity: 'enterprise' | 'individual' };
type ReviewBase = { account: ReviewAccount; history: ReturnType<typeof itemHistory> };

/** What a removal request is about (R-UNS-2): the signature, the application and the replies that unsubscribed. */
export interface RemovalContext {
  signature: string;
  application: { name: string; sdk_app_id: string } | null;
  optOuts: { scope: string; created_at: number; reply: string | null }[];
}

/** An item under review, typed by its kind. */
export type ReviewItem =
  | (ReviewBase & { kind: 'qualification'; item: Qualification })
  | (ReviewBase & { kind: 'signature'; item: Signature; qualification: Qualification | null })
  | (ReviewBase & { kind: 'template'; item: Template })
  | (ReviewBase & { kind: 'unsubscribe_removal'; item: UnsubscribeRemoval; removal: RemovalContext });

/** Any account's item, for reviewers (R-REV-1): every field, its account and its history. */
export function getReviewItem(ctx: Ctx, kind: ContentKind, id: number): ReviewItem {
  ctx.authorize('DescribeReviewQueue');
  const found = <T extends { accountId: number }>(item: T | undefined): T => {
    if (!item) throw new AppError('NOT_FOUND', `${KIND_LABELS[kind]} not found.`);
    return item;
  };
  const base = (accountId: number): ReviewBase => ({
    account: ctx.db
      .select({ id: accounts.id, realName: accounts.realName, uin: accounts.uin, identity: accounts.identity })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .get()!,
    history: itemHistory(ctx, kind, id),
  });
  // The item itself, unless it was deleted; each kind's table and row type.
  const live = <T extends (typeof REVIEWED_TABLES)[ContentKind]>(t: T) =>
    found(
      ctx.db
        .select()
        .from(t)
        .where(and(eq(t.id, id), isNull(t.deletedAt)))
        .get(),
    );
  switch (kind) {
    case 'qualification': {
      const item = live(qualifications);
      return { kind, item, ...base(item.accountId) };
    }
    case 'signature': {
      const item = live(signatures);
      const qualification = item.qualificationId
        ? (ctx.db.select().from(qualifications).where(eq(qualifications.id, item.qualificationId)).get() ?? null)
        : null;
      return { kind, item, qualification, ...base(item.accountId) };
    }
    case 'template': {
      const item = live(templates);
      return { kind, item, ...base(item.accountId) };
    }
    case 'unsubscribe_removal': {
      const item = live(unsubscribeRemovals);
      return { kind, item, removal: removalContext(ctx, item), ...base(item.accountId) };
    }
  }
}

function removalContext(ctx: Ctx, item: UnsubscribeRemoval): RemovalContext {
  const raw = ctx.db.$client;
  return {
    signature:
      raw.prepare<unknown[], { content: string }>('SELECT content FROM signatures WHERE id = ?').get(item.signatureId)
        ?.content ?? '?',
    application:
      raw
        .prepare<unknown[], { name: string; sdk_app_id: string }>(
          'SELECT name, sdk_app_id FROM applications WHERE id = ?',
        )
        .get(item.applicationId) ?? null,
    optOuts: raw
      .prepare<unknown[], RemovalContext['optOuts'][number]>(
        `SELECT o.scope, o.created_at, r.content AS reply FROM opt_outs o LEFT JOIN replies r ON r.id = o.reply_id
         WHERE o.account_id = ? AND o.phone = ? AND o.signature_id = ? AND o.source = 'reply'
         ORDER BY o.created_at`,
      )
      .all(item.accountId, item.phone, item.signatureId),
  };
}

/**
 * R-REV-2: approve, or reject with a reason and a suggestion. Compare-and-set on the pending
 * status and the revision the reviewer saw: of two reviewers deciding the same item one wins
 * and the other is told. Approved signatures take effect at once (R-SIG-3).
 */
export function decideReview(ctx: Ctx, d: ReviewDecisionInput): { status: string } {
  ctx.authorize('ReviewContent');
  const table = REVIEWED_TABLES[d.kind];
  return ctx.db.transaction(
    () => {
      const item = ctx.db
        .select()
        .from(table)
        .where(and(eq(table.id, d.id), isNull(table.deletedAt)))
        .get();
      if (!item) throw new AppError('NOT_FOUND', `${KIND_LABELS[d.kind]} not found (it may have been deleted).`);
      // R-REV-4: nobody reviews content of an account they belong to.
      if (ctx.account && ctx.account.id === item.accountId)
        throw new AppError('FORBIDDEN', 'You cannot review your own account’s content.');
      const to = d.decision === 'approve' ? approvedStatus(d.kind) : 'rejected';
      if (!canTransition(d.kind, 'pending', to)) throw new AppError('CONFLICT', 'This decision is not allowed.');
      const res = ctx.db
        .update(table)
        .set({
          status: to,
          decidedAt: ctx.now,
          updatedAt: ctx.now,
          rejectReason: d.decision === 'reject' ? d.reason! : null,
          rejectSuggestion: d.decision === 'reject' ? (d.suggestion ?? null) : null,
        })
        .where(
          and(eq(table.id, d.id), eq(table.status, 'pending'), eq(table.revision, d.revision), isNull(table.deletedAt)),
        )
        .run();
      if (res.changes === 0) {
        throw new AppError(
          'CONFLICT',
          item.status !== 'pending'
            ? 'Another reviewer has already decided this item.'
            : 'The customer changed this item meanwhile; reload it.',
        );
      }
      recordHistory(ctx, {
        accountId: item.accountId,
        kind: d.kind,
        itemId: d.id,
        action: d.decision === 'approve' ? 'approve' : 'reject',
        detail: d.decision === 'reject' ? { reason: d.reason, suggestion: d.suggestion ?? '' } : {},
      });
      let status: string = to;
      if (to === 'approved_pending_effect' && canTransition(d.kind, to, 'effective')) {
        ctx.db
          .update(table)
          .set({ status: 'effective' })
          .where(and(eq(table.id, d.id), eq(table.status, to)))
          .run();
        recordHistory(ctx, { accountId: item.accountId, kind: d.kind, itemId: d.id, action: 'effective' });
        status = 'effective';
      }
      // R-UNS-2: an approved removal lifts the number's unsubscription from that signature (every type).
      if (d.kind === 'unsubscribe_removal' && d.decision === 'approve' && 'phone' in item) {
        ctx.db.$client
          .prepare(`DELETE FROM opt_outs WHERE account_id = ? AND phone = ? AND signature_id = ? AND source = 'reply'`)
          .run(item.accountId, item.phone, item.signatureId);
      }
      const title =
        'phone' in item
          ? `for ${maskPhone(item.phone)}`
          : 'content' in item && d.kind === 'signature'
            ? `【${item.content}】`
            : 'name' in item
              ? String(item.name)
              : 'enterpriseName' in item
                ? String(item.enterpriseName)
                : `#${d.id}`;
      const path =
        d.kind === 'qualification'
          ? `/mainland/qualifications/${d.id}`
          : d.kind === 'unsubscribe_removal'
            ? `/unsubscribed?region=${'region' in item ? item.region : 'mainland'}`
            : `/${('region' in item && item.region) || 'mainland'}/${d.kind}s/${d.id}`;
      raiseAlarm(ctx.db, ctx.now, {
        accountId: item.accountId,
        applicationId: null,
        event: 'review',
        title:
          d.decision === 'approve'
            ? notice('{kind} {name} approved', { kind: KIND_LABELS[d.kind], name: title })
            : notice('{kind} {name} rejected', { kind: KIND_LABELS[d.kind], name: title }),
        body:
          d.decision === 'approve'
            ? d.kind === 'unsubscribe_removal'
              ? notice('The number can receive your messages with this signature again.')
              : status === 'effective'
                ? notice('{kind} {name} passed review and is effective.', { kind: KIND_LABELS[d.kind], name: title })
                : notice('{kind} {name} passed review.', { kind: KIND_LABELS[d.kind], name: title })
            : d.suggestion
              ? notice('Reason: {reason} Suggestion: {suggestion}', {
                  reason: d.reason ?? '',
                  suggestion: d.suggestion,
                })
              : notice('Reason: {reason}', { reason: d.reason ?? '' }),
        link: path,
      });
      return { status };
    },
    { behavior: 'immediate' },
  );
}
