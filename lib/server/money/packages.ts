import 'server-only';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { packageLedger, packages, type Package } from '@/db/schema';
import { choosePackage } from '@/lib/domain/billing/packages';
import {
  canDeletePackage,
  countsAsAvailable,
  isUsableNow,
  packageStatus,
  type PackageStatus,
} from '@/lib/domain/billing/package-status';
import { withinRefundWindow } from '@/lib/domain/billing/refund';
import { beijingDateKey } from '@/lib/domain/time';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { movePackage } from './ledger';

export type PackageRow = Package & { status: PackageStatus; used: number; refundable: boolean; deletable: boolean };

function decorate(p: Package, now: Date): PackageRow {
  const status = packageStatus(p, now);
  return {
    ...p,
    status,
    used: p.total - p.remaining,
    refundable:
      p.kind === 'purchased' && p.state === 'active' && status !== 'expired' && withinRefundWindow(p.purchasedAt, now),
    deletable: canDeletePackage(status),
  };
}

/** The account's packages (R-PKG-6) with the available mainland balance. */
/**
 * The account's packages, with the headline: `availableBalance` counts only packages usable now,
 * `pendingEffect` the messages of packages not yet in effect.
 */
export function listPackages(ctx: Ctx): { rows: PackageRow[]; availableBalance: number; pendingEffect: number } {
  const account = requireAccount(ctx);
  ctx.authorize('DescribePackageList', { accountId: account.id });
  const rows = ctx.db
    .select()
    .from(packages)
    .where(and(eq(packages.accountId, account.id), ne(packages.state, 'deleted')))
    .orderBy(desc(packages.id))
    .all()
    .map((p) => decorate(p, ctx.now));
  const sum = (keep: (r: PackageRow) => boolean) =>
    rows.filter((r) => r.state === 'active' && keep(r)).reduce((n, r) => n + r.remaining, 0);
  return {
    rows,
    availableBalance: sum((r) => isUsableNow(r.status)),
    pendingEffect: sum((r) => r.status === 'pending effect'),
  };
}

/**
 * Sum of remaining messages of packages usable now or within minutes (R-PKG-7/8).
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function availableBalance(ctx: Ctx, accountId: number): number {
  return ctx.db
    .select()
    .from(packages)
    .where(and(eq(packages.accountId, accountId), eq(packages.state, 'active')))
    .all()
    .filter((p) => countsAsAvailable(packageStatus(p, ctx.now)))
    .reduce((s, p) => s + p.remaining, 0);
}

/** One package with its daily consumption (for the trend chart). */
export function packageConsumption(ctx: Ctx, id: number) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribePackageList', { accountId: account.id });
  const p = ctx.db
    .select()
    .from(packages)
    .where(and(eq(packages.id, id), eq(packages.accountId, account.id)))
    .get();
  if (!p) throw new AppError('NOT_FOUND', 'Package not found.');
  const entries = ctx.db
    .select({ at: packageLedger.at, delta: packageLedger.delta, kind: packageLedger.kind })
    .from(packageLedger)
    .where(eq(packageLedger.packageId, id))
    .orderBy(asc(packageLedger.id))
    .all();
  const byDay = new Map<string, number>();
  for (const e of entries) {
    if (e.kind === 'deduct' || e.kind === 'recharge')
      byDay.set(beijingDateKey(e.at), (byDay.get(beijingDateKey(e.at)) ?? 0) - e.delta);
  }
  return { package: decorate(p, ctx.now), days: [...byDay.entries()].map(([day, used]) => ({ day, used })) };
}

/** R-PKG-6: removes an expired or used-up package from the list. */
export function deletePackage(ctx: Ctx, id: number): void {
  const account = requireAccount(ctx);
  ctx.authorize('DeletePackage', { accountId: account.id });
  const p = ctx.db
    .select()
    .from(packages)
    .where(and(eq(packages.id, id), eq(packages.accountId, account.id), ne(packages.state, 'deleted')))
    .get();
  if (!p) throw new AppError('NOT_FOUND', 'Package not found.');
  if (!canDeletePackage(packageStatus(p, ctx.now)))
    throw new AppError('CONFLICT', 'Only expired or used-up packages can be deleted.');
  ctx.db
    .update(packages)
    .set({ state: 'deleted' })
    .where(and(eq(packages.id, id), eq(packages.state, p.state)))
    .run();
}

/**
 * R-PKG-5: takes a message's whole billed count from one package, inside the caller's
 * transaction: a gift with enough first, else the earliest purchased one with enough.
 * Compare-and-set on remaining, so concurrent senders never overdraw. Null = 1031.
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function deductPackage(
  ctx: Ctx,
  accountId: number,
  billable: number,
  ref?: { type: string; id: string | number },
): number | null {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidates = ctx.db
      .select()
      .from(packages)
      .where(
        and(eq(packages.accountId, accountId), eq(packages.state, 'active'), sql`${packages.remaining} >= ${billable}`),
      )
      .all();
    const chosen = choosePackage(
      candidates.map((p) => ({ ...p, id: String(p.id), status: p.state })),
      billable,
      ctx.now,
    );
    if (chosen === null) return null;
    if (
      movePackage(ctx, {
        packageId: Number(chosen),
        accountId,
        kind: 'deduct',
        delta: -billable,
        refType: ref?.type,
        refId: ref?.id,
      })
    )
      return Number(chosen);
  }
  return null;
}
