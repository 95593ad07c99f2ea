import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { accounts, cashLedger, intlCharges, orders, packages } from '@/db/schema';
import { packageStatus } from '@/lib/domain/billing/package-status';
import { requireAccount, type Ctx } from '../context';

/** The account's cash balance and its ledger, newest first (customer view). */
export function listCashLedger(ctx: Ctx, limit = 200) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeCashLedger', { accountId: account.id });
  const balanceLi = ctx.db
    .select({ b: accounts.cashBalanceLi })
    .from(accounts)
    .where(eq(accounts.id, account.id))
    .get()!.b;
  const rows = ctx.db
    .select()
    .from(cashLedger)
    .where(eq(cashLedger.accountId, account.id))
    .orderBy(desc(cashLedger.id))
    .limit(limit)
    .all();
  return { balanceLi, rows };
}

/** Platform totals for the finance overview. */
export function financeSummary(ctx: Ctx) {
  ctx.authorize('DescribeFinance');
  const one = (q: ReturnType<typeof sql>) => ctx.db.get<{ n: number | null }>(q).n ?? 0;
  return {
    cashHeldLi: one(sql`select sum(cash_balance_li) as n from accounts`),
    ordersThisMonthLi: one(
      sql`select sum(price_li) as n from orders
        where created_at >= ${Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), 1)}`,
    ),
    pendingRefunds: one(sql`select count(*) as n from refunds where state = 'pending'`),
    unpaidIntlLi: one(sql`select sum(amount_li) as n from intl_charges where state = 'unpaid'`),
    suspendedAccounts: one(sql`select count(*) as n from accounts where status = 'suspended'`),
    remainingMessages: one(
      sql`select sum(remaining) as n from packages where state = 'active' and expires_at > ${ctx.now.getTime()}`,
    ),
  };
}

/** Platform-wide consumption per Beijing day (mainland messages sent and billed; international billed and amount). */
export function platformConsumption(ctx: Ctx, fromDay: string, toDay: string, accountId?: number) {
  ctx.authorize('DescribeFinance');
  return ctx.db.all<{ day: string; mainland_billed: number; intl_billed: number; intl_amount: number }>(sql`
    select day,
      sum(case when region = 'mainland' then billed else 0 end) as mainland_billed,
      sum(case when region = 'international' then billed else 0 end) as intl_billed,
      sum(case when region = 'international' then cost_li else 0 end) as intl_amount
    from stats_daily where day >= ${fromDay}
    and day <= ${toDay} ${accountId ? sql`and account_id = ${accountId}` : sql``}
    group by day order by day`);
}

/** Every account's packages with filters (finance). */
export function listAllPackages(ctx: Ctx, filter: { accountId?: number; status?: string; limit?: number } = {}) {
  ctx.authorize('DescribeFinance');
  const rows = ctx.db
    .select({ p: packages, accountName: accounts.realName, uin: accounts.uin })
    .from(packages)
    .innerJoin(accounts, eq(accounts.id, packages.accountId))
    .where(filter.accountId ? eq(packages.accountId, filter.accountId) : undefined)
    .orderBy(desc(packages.id))
    .limit(filter.limit ?? 1000)
    .all()
    .map((r) => ({ ...r.p, accountName: r.accountName, uin: r.uin, status: packageStatus(r.p, ctx.now) }));
  return filter.status ? rows.filter((r) => r.status === filter.status) : rows;
}

/** Every order, newest first (finance). */
export function listOrders(ctx: Ctx, limit = 500) {
  ctx.authorize('DescribeFinance');
  return ctx.db
    .select({ o: orders, accountName: accounts.realName, uin: accounts.uin })
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .orderBy(desc(orders.id))
    .limit(limit)
    .all();
}

/** Daily international charges, unpaid first (finance). */
export function listIntlCharges(ctx: Ctx, state?: 'paid' | 'unpaid') {
  ctx.authorize('DescribeFinance');
  return ctx.db
    .select({
      c: intlCharges,
      accountName: accounts.realName,
      uin: accounts.uin,
      accountStatus: accounts.status,
      arrearsSince: accounts.arrearsSince,
    })
    .from(intlCharges)
    .innerJoin(accounts, eq(accounts.id, intlCharges.accountId))
    .where(state ? and(eq(intlCharges.state, state)) : undefined)
    .orderBy(intlCharges.state, desc(intlCharges.day))
    .limit(500)
    .all();
}
