import 'server-only';
import { fillText, notice } from '@/lib/domain/notices';
import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import type { RefundDecisionInput, RefundPackagesInput } from '@/lib/schemas/money';
import { accounts, packages, refunds, type Refund } from '@/db/schema';
import { planRefund, type RefundPlanLine } from '@/lib/domain/billing/refund';
import { formatYuan } from '@/lib/domain/format';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { moveCash, movePackage } from './ledger';
import { notifyAccount } from '../notifications/notify';

/**
 * The account's state a refund is computed from: its purchased packages in deduction order
 * (earliest purchase first) and the used count of its live gifts given since the earliest of
 * the requested packages (R-PKG-11: those are re-charged and the gifts voided).
 */
function refundBasis(ctx: Ctx, accountId: number, ids: number[]) {
  const requested = ctx.db
    .select()
    .from(packages)
    .where(and(eq(packages.accountId, accountId), inArray(packages.id, ids)))
    .all();
  if (requested.length !== ids.length) throw new AppError('NOT_FOUND', 'Package not found.');
  for (const p of requested) {
    if (p.kind === 'gift') throw new AppError('CONFLICT', 'Gift packages cannot be refunded.');
    if (p.state !== 'active')
      throw new AppError('CONFLICT', fillText('Package #{id} is not refundable in its current state.', { id: p.id }));
    if (p.invoiced)
      throw new AppError('CONFLICT', fillText('Package #{id} was invoiced: return the invoice first.', { id: p.id }));
  }
  const since = new Date(Math.min(...requested.map((p) => p.purchasedAt.getTime())));
  const gifts = ctx.db
    .select()
    .from(packages)
    .where(
      and(
        eq(packages.accountId, accountId),
        eq(packages.kind, 'gift'),
        eq(packages.state, 'active'),
        gte(packages.purchasedAt, since),
      ),
    )
    .all();
  const giftUsed = gifts.reduce((s, g) => s + (g.total - g.remaining), 0);
  const ordered = ctx.db
    .select()
    .from(packages)
    .where(and(eq(packages.accountId, accountId), eq(packages.kind, 'purchased'), inArray(packages.state, ['active'])))
    .orderBy(asc(packages.purchasedAt), asc(packages.id))
    .all()
    .filter((p) => p.expiresAt.getTime() > ctx.now.getTime() || ids.includes(p.id));
  return { requested, gifts, giftUsed, ordered };
}

/** The refund preview the customer sees before requesting (R-PKG-10/11). */
export function previewRefund(
  ctx: Ctx,
  ids: RefundPackagesInput,
): { lines: (RefundPlanLine & { name: string; paidLi: number; total: number })[]; totalLi: number; giftUsed: number } {
  const account = requireAccount(ctx);
  ctx.authorize('CreateRefundApply', { accountId: account.id });
  const { giftUsed, ordered } = refundBasis(ctx, account.id, ids);
  const plan = planRefund({
    packages: ordered.map((p) => ({
      id: String(p.id),
      paidLi: p.paidLi,
      total: p.total,
      used: p.total - p.remaining,
      purchasedAt: p.purchasedAt,
    })),
    giftUsed,
    requestedAt: ctx.now,
  });
  const lines = plan
    .filter((l) => ids.includes(Number(l.id)))
    .map((l) => {
      const p = ordered.find((x) => String(x.id) === l.id)!;
      return { ...l, name: p.name, paidLi: p.paidLi, total: p.total };
    });
  return { lines, totalLi: lines.reduce((s, l) => s + l.refundLi, 0), giftUsed };
}

/**
 * The customer requests a refund: used gift messages are re-charged to the packages in
 * deduction order and the gifts voided (R-PKG-11); the requested packages wait for finance.
 */
export function requestRefund(ctx: Ctx, ids: RefundPackagesInput): { refundId: number; totalLi: number } {
  const account = requireAccount(ctx);
  ctx.authorize('CreateRefundApply', { accountId: account.id });
  return ctx.db.transaction(
    () => {
      const preview = previewRefund(ctx, ids);
      const refusedLine = preview.lines.find((l) => !l.refundable);
      if (refusedLine)
        throw new AppError(
          'CONFLICT',
          fillText('Package #{id}: {reason}', { id: refusedLine.id, reason: refusedLine.reason ?? '' }),
        );
      const { gifts, giftUsed, ordered } = refundBasis(ctx, account.id, ids);
      const plan = planRefund({
        packages: ordered.map((p) => ({
          id: String(p.id),
          paidLi: p.paidLi,
          total: p.total,
          used: p.total - p.remaining,
          purchasedAt: p.purchasedAt,
        })),
        giftUsed,
        requestedAt: ctx.now,
      });
      const { id: refundId } = ctx.db
        .insert(refunds)
        .values({
          accountId: account.id,
          lines: preview.lines.map((l) => ({
            packageId: Number(l.id),
            usedAfterRecharge: l.usedAfterRecharge,
            refundLi: l.refundLi,
          })),
          totalLi: preview.totalLi,
          giftRecharged: giftUsed,
          requesterId: ctx.actor.userId || null,
          requestedAt: ctx.now,
        })
        .returning({ id: refunds.id })
        .get();
      for (const line of plan) {
        const p = ordered.find((x) => String(x.id) === line.id)!;
        const take = line.usedAfterRecharge - (p.total - p.remaining);
        if (
          take > 0 &&
          !movePackage(ctx, {
            packageId: p.id,
            accountId: account.id,
            kind: 'recharge',
            delta: -take,
            refType: 'refund',
            refId: refundId,
          })
        ) {
          throw new AppError('CONFLICT', 'A package changed meanwhile; try again.');
        }
      }
      for (const g of gifts) {
        if (g.remaining > 0)
          movePackage(ctx, {
            packageId: g.id,
            accountId: account.id,
            kind: 'void',
            delta: -g.remaining,
            refType: 'refund',
            refId: refundId,
          });
        ctx.db.update(packages).set({ state: 'voided' }).where(eq(packages.id, g.id)).run();
      }
      ctx.db
        .update(packages)
        .set({ state: 'refund_pending' })
        .where(and(inArray(packages.id, ids), eq(packages.state, 'active')))
        .run();
      return { refundId, totalLi: preview.totalLi };
    },
    { behavior: 'immediate' },
  );
}

/** The account's own refund requests, newest first. */
export function listOwnRefunds(ctx: Ctx): Refund[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribePackageList', { accountId: account.id });
  return ctx.db.select().from(refunds).where(eq(refunds.accountId, account.id)).orderBy(desc(refunds.id)).all();
}

/** Finance's refund queue with account names. */
export function listRefundQueue(ctx: Ctx, state: 'pending' | 'approved' | 'refused' | 'all' = 'pending') {
  ctx.authorize('DescribeFinance');
  return ctx.db
    .select({ r: refunds, accountName: accounts.realName, uin: accounts.uin })
    .from(refunds)
    .innerJoin(accounts, eq(accounts.id, refunds.accountId))
    .where(state === 'all' ? undefined : eq(refunds.state, state))
    .orderBy(asc(refunds.requestedAt))
    .all();
}

/**
 * Finance approves (pays the refund into the cash balance and clears the packages) or refuses
 * (the packages return to use) a pending refund. Compare-and-set on the pending state.
 */
export function decideRefund(ctx: Ctx, d: RefundDecisionInput): { state: 'approved' | 'refused'; totalLi: number } {
  ctx.authorize('DecideRefund');
  return ctx.db.transaction(
    () => {
      const r = ctx.db.select().from(refunds).where(eq(refunds.id, d.refundId)).get();
      if (!r) throw new AppError('NOT_FOUND', 'Refund request not found.');
      const res = ctx.db
        .update(refunds)
        .set({
          state: d.approve ? 'approved' : 'refused',
          decidedAt: ctx.now,
          deciderId: ctx.actor.userId || null,
          refuseReason: d.approve ? null : d.reason!,
        })
        .where(and(eq(refunds.id, r.id), eq(refunds.state, 'pending')))
        .run();
      if (res.changes === 0) throw new AppError('CONFLICT', 'This refund was already decided.');
      const ids = r.lines.map((l) => l.packageId);
      if (!d.approve) {
        ctx.db
          .update(packages)
          .set({ state: 'active' })
          .where(and(inArray(packages.id, ids), eq(packages.state, 'refund_pending')))
          .run();
        notifyAccount(ctx, r.accountId, {
          category: 'billing',
          title: notice('Refund refused'),
          body: notice('Refund request #{id} was refused: {reason}', { id: r.id, reason: d.reason ?? '' }),
          link: '/packages',
        });
        return { state: 'refused' as const, totalLi: 0 };
      }
      for (const line of r.lines) {
        const p = ctx.db.select().from(packages).where(eq(packages.id, line.packageId)).get()!;
        if (p.remaining > 0)
          movePackage(ctx, {
            packageId: p.id,
            accountId: r.accountId,
            kind: 'refund_clear',
            delta: -p.remaining,
            refType: 'refund',
            refId: r.id,
          });
        ctx.db.update(packages).set({ state: 'refunded' }).where(eq(packages.id, p.id)).run();
      }
      if (r.totalLi > 0)
        moveCash(ctx, {
          accountId: r.accountId,
          kind: 'refund',
          amountLi: r.totalLi,
          refType: 'refund',
          refId: r.id,
          reason: fillText('Refund #{id}', { id: r.id }),
        });
      notifyAccount(ctx, r.accountId, {
        category: 'billing',
        title: notice('Refund approved'),
        body: notice('Refund request #{id} was approved: ¥{amount} returned to your cash balance.', {
          id: r.id,
          amount: formatYuan(r.totalLi),
        }),
        link: '/billing',
      });
      return { state: 'approved' as const, totalLi: r.totalLi };
    },
    { behavior: 'immediate' },
  );
}

/** Finance marks a package invoiced, or its invoice returned (R-PKG-10). */
export function setPackageInvoiced(ctx: Ctx, packageId: number, invoiced: boolean): void {
  ctx.authorize('ModifyPackageInvoice');
  const res = ctx.db.update(packages).set({ invoiced }).where(eq(packages.id, packageId)).run();
  if (res.changes === 0) throw new AppError('NOT_FOUND', 'Package not found.');
}
