import 'server-only';
import { and, eq, gte, sql } from 'drizzle-orm';
import { accounts, cashLedger, packageLedger, packages } from '@/db/schema';
import type { CashKind, PackageEntryKind } from '@/db/enums';
import { AppError } from '../errors';
import type { Ctx } from '../context';

/**
 * Moves cash on an account and appends the ledger row, inside the caller's transaction.
 * Negative amounts need the funds (compare-and-set on the balance) unless `allowNegative`.
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function moveCash(
  ctx: Ctx,
  entry: {
    accountId: number;
    kind: CashKind;
    amountLi: number;
    refType?: string;
    refId?: string | number;
    reason?: string;
    allowNegative?: boolean;
  },
): number {
  if (!Number.isInteger(entry.amountLi)) throw new AppError('INVALID_INPUT', 'Money is counted in whole li.');
  const guard = entry.amountLi < 0 && !entry.allowNegative ? gte(accounts.cashBalanceLi, -entry.amountLi) : undefined;
  const row = ctx.db
    .update(accounts)
    .set({ cashBalanceLi: sql`${accounts.cashBalanceLi} + ${entry.amountLi}` })
    .where(and(eq(accounts.id, entry.accountId), guard))
    .returning({ balance: accounts.cashBalanceLi })
    .get();
  if (!row) throw new AppError('INSUFFICIENT_BALANCE', 'The cash balance is not enough. Nothing was charged.');
  ctx.db
    .insert(cashLedger)
    .values({
      accountId: entry.accountId,
      kind: entry.kind,
      amountLi: entry.amountLi,
      balanceAfterLi: row.balance,
      refType: entry.refType ?? null,
      refId: entry.refId === undefined ? null : String(entry.refId),
      reason: entry.reason ?? '',
      actorId: ctx.actor.userId > 0 ? ctx.actor.userId : null,
      actorName: ctx.actor.name,
      at: ctx.now,
    })
    .run();
  return row.balance;
}

/**
 * Changes a package's remaining count by `delta` and appends the ledger row, inside the
 * caller's transaction. Compare-and-set: a decrease never takes remaining below zero.
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function movePackage(
  ctx: Ctx,
  entry: {
    packageId: number;
    accountId: number;
    kind: PackageEntryKind;
    delta: number;
    refType?: string;
    refId?: string | number;
  },
): boolean {
  const guard = entry.delta < 0 ? gte(packages.remaining, -entry.delta) : undefined;
  const res = ctx.db
    .update(packages)
    .set({ remaining: sql`${packages.remaining} + ${entry.delta}` })
    .where(and(eq(packages.id, entry.packageId), guard))
    .run();
  if (res.changes === 0) return false;
  ctx.db
    .insert(packageLedger)
    .values({
      packageId: entry.packageId,
      accountId: entry.accountId,
      kind: entry.kind,
      delta: entry.delta,
      refType: entry.refType ?? null,
      refId: entry.refId === undefined ? null : String(entry.refId),
      at: ctx.now,
    })
    .run();
  return true;
}

/**
 * Creates a package with remaining 0 and grants its total through the ledger.
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function createPackage(
  ctx: Ctx,
  p: {
    accountId: number;
    orderId?: number | null;
    kind: 'gift' | 'purchased';
    name: string;
    total: number;
    paidLi: number;
    usableFrom: Date;
    expiresAt: Date;
  },
): number {
  const { id } = ctx.db
    .insert(packages)
    .values({ ...p, orderId: p.orderId ?? null, remaining: 0, purchasedAt: ctx.now })
    .returning({ id: packages.id })
    .get();
  movePackage(ctx, {
    packageId: id,
    accountId: p.accountId,
    kind: 'grant',
    delta: p.total,
    refType: p.orderId ? 'order' : 'gift',
    refId: p.orderId ?? undefined,
  });
  return id;
}

/**
 * Ledger check (`npm run ledger:verify`): balances that differ from the sum of their rows.
 * @system background work of the duties; no user asks for it
 */
export function verifyLedgers(db: Ctx['db']): { accounts: number; packages: number; mismatches: string[] } {
  const mismatches: string[] = [];
  const cash = db.all<{ id: number; balance: number; sum: number | null }>(
    sql`select a.id, a.cash_balance_li as balance, (select sum(amount_li) from cash_ledger l
      where l.account_id = a.id) as sum from accounts a`,
  );
  for (const a of cash)
    if (a.balance !== (a.sum ?? 0))
      mismatches.push(`account ${a.id}: balance ${a.balance} li, ledger sum ${a.sum ?? 0} li`);
  const pk = db.all<{ id: number; remaining: number; sum: number | null }>(
    sql`select p.id, p.remaining, (select sum(delta) from package_ledger l where l.package_id = p.id) as sum
      from packages p`,
  );
  for (const p of pk)
    if (p.remaining !== (p.sum ?? 0))
      mismatches.push(`package ${p.id}: remaining ${p.remaining}, ledger sum ${p.sum ?? 0}`);
  return { accounts: cash.length, packages: pk.length, mismatches };
}
