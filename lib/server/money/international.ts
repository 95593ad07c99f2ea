import 'server-only';
import { fillText, notice } from '@/lib/domain/notices';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { CountryPriceInput, IntlQuotaInput } from '@/lib/schemas/money';
import { accounts, countryPrices, intlCharges } from '@/db/schema';
import { ARREARS_GRACE_MS } from '@/lib/domain/billing/package-status';
import { beijingDateKey, beijingDayStart } from '@/lib/domain/time';
import { formatYuan } from '@/lib/domain/format';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { moveCash } from './ledger';
import { notifyAccount } from '../notifications/notify';
import { yuanToLiText } from './yuan';

/**
 * Pays an account's unpaid international charges, oldest first, while the cash covers them;
 * when none is left unpaid the arrears end and a suspension is lifted (R-INT-2). Returns the balance.
 * @system background work of the duties; no user asks for it
 */
export function settleArrears(ctx: Ctx, accountId: number): number {
  const unpaid = ctx.db
    .select()
    .from(intlCharges)
    .where(and(eq(intlCharges.accountId, accountId), eq(intlCharges.state, 'unpaid')))
    .orderBy(asc(intlCharges.day))
    .all();
  for (const charge of unpaid) {
    const balance = ctx.db.select({ b: accounts.cashBalanceLi }).from(accounts).where(eq(accounts.id, accountId)).get()!
      .b;
    if (balance < charge.amountLi) break;
    moveCash(ctx, {
      accountId,
      kind: 'intl_charge',
      amountLi: -charge.amountLi,
      refType: 'intl_charge',
      refId: charge.id,
      reason: fillText('International SMS {day}', { day: charge.day }),
    });
    ctx.db.update(intlCharges).set({ state: 'paid', paidAt: ctx.now }).where(eq(intlCharges.id, charge.id)).run();
  }
  const left = ctx.db.get<{ n: number }>(
    sql`select count(*) as n from intl_charges where account_id = ${accountId} and state = 'unpaid'`,
  ).n;
  const account = ctx.db.select().from(accounts).where(eq(accounts.id, accountId)).get()!;
  if (left === 0 && (account.arrearsSince || account.status === 'suspended')) {
    ctx.db.update(accounts).set({ arrearsSince: null, status: 'active' }).where(eq(accounts.id, accountId)).run();
    if (account.status === 'suspended') {
      notifyAccount(ctx, accountId, {
        category: 'billing',
        title: notice('International SMS resumed'),
        body: notice('Your international charges are paid; sending is no longer suspended.'),
        link: '/billing',
      });
    }
  }
  return account.cashBalanceLi;
}

/**
 * R-INT-1: the daily charge job. For each account with international usage on Beijing day
 * `day` (default: yesterday) and no charge yet, take the amount from the cash balance; if the
 * balance cannot cover it, record it unpaid, start the arrears clock and notify. Idempotent
 * per account and day (unique index).
 * @system background work of the duties; no user asks for it
 */
export function chargeInternationalDay(
  ctx: Ctx,
  day = beijingDateKey(new Date(beijingDayStart(ctx.now).getTime() - 1)),
): number {
  const usage = ctx.db.all<{ account_id: number; billed: number; amount: number }>(
    sql`select account_id, sum(billed) as billed, sum(cost_li) as amount from stats_daily
        where region = 'international' and day = ${day} group by account_id having sum(cost_li) > 0`,
  );
  let charged = 0;
  for (const u of usage) {
    ctx.db.transaction(
      () => {
        const exists = ctx.db
          .select({ id: intlCharges.id })
          .from(intlCharges)
          .where(and(eq(intlCharges.accountId, u.account_id), eq(intlCharges.day, day)))
          .get();
        if (exists) return;
        const charge = ctx.db
          .insert(intlCharges)
          .values({
            accountId: u.account_id,
            day,
            billed: u.billed,
            amountLi: u.amount,
            state: 'unpaid',
            createdAt: ctx.now,
          })
          .returning({ id: intlCharges.id })
          .get();
        charged++;
        const account = ctx.db.select().from(accounts).where(eq(accounts.id, u.account_id)).get()!;
        const hadArrears = account.arrearsSince !== null;
        if (!hadArrears && account.cashBalanceLi >= u.amount) {
          moveCash(ctx, {
            accountId: u.account_id,
            kind: 'intl_charge',
            amountLi: -u.amount,
            refType: 'intl_charge',
            refId: charge.id,
            reason: fillText('International SMS {day}', { day }),
          });
          ctx.db.update(intlCharges).set({ state: 'paid', paidAt: ctx.now }).where(eq(intlCharges.id, charge.id)).run();
          return;
        }
        if (!hadArrears)
          ctx.db.update(accounts).set({ arrearsSince: ctx.now }).where(eq(accounts.id, u.account_id)).run();
        notifyAccount(ctx, u.account_id, {
          category: 'billing',
          title: notice('International charge unpaid'),
          body: notice(
            'The international SMS charge of ¥{amount} for {day} could not be paid from your balance. Top up within 12 hours or international sending is suspended.',
            { amount: formatYuan(u.amount), day },
          ),
          link: '/billing',
        });
      },
      { behavior: 'immediate' },
    );
  }
  return charged;
}

/**
 * R-INT-2: suspends accounts whose arrears are older than 12 hours. Returns how many.
 * @system background work of the duties; no user asks for it
 */
export function suspendOverdueAccounts(ctx: Ctx): number {
  const due = ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      and(eq(accounts.status, 'active'), lt(accounts.arrearsSince, new Date(ctx.now.getTime() - ARREARS_GRACE_MS + 1))),
    )
    .all();
  for (const { id } of due) {
    const res = ctx.db
      .update(accounts)
      .set({ status: 'suspended' })
      .where(and(eq(accounts.id, id), eq(accounts.status, 'active')))
      .run();
    if (res.changes > 0) {
      notifyAccount(ctx, id, {
        category: 'billing',
        title: notice('International SMS suspended'),
        body: notice(
          'Your international charges are still unpaid after 12 hours. Sending is suspended until the debt is paid (error 1033).',
        ),
        link: '/billing',
      });
    }
  }
  return due.length;
}

/** The shipped default price table (li per billed message). The admin edits it. */
export const DEFAULT_COUNTRY_PRICES: [string, string, string, number][] = [
  ['HK', 'Hong Kong (China)', '852', 350],
  ['MO', 'Macao (China)', '853', 300],
  ['TW', 'Taiwan (China)', '886', 320],
  ['US', 'United States', '1', 50],
  ['CA', 'Canada', '1', 60],
  ['GB', 'United Kingdom', '44', 300],
  ['DE', 'Germany', '49', 600],
  ['FR', 'France', '33', 550],
  ['JP', 'Japan', '81', 450],
  ['KR', 'South Korea', '82', 250],
  ['SG', 'Singapore', '65', 280],
  ['MY', 'Malaysia', '60', 200],
  ['TH', 'Thailand', '66', 150],
  ['VN', 'Vietnam', '84', 330],
  ['ID', 'Indonesia', '62', 260],
  ['PH', 'Philippines', '63', 130],
  ['IN', 'India', '91', 60],
  ['AU', 'Australia', '61', 350],
  ['BR', 'Brazil', '55', 240],
  ['MX', 'Mexico', '52', 280],
  ['RU', 'Russia', '7', 480],
  ['AE', 'United Arab Emirates', '971', 220],
  ['SA', 'Saudi Arabia', '966', 230],
  ['NG', 'Nigeria', '234', 320],
  ['ZA', 'South Africa', '27', 180],
];
/** Price for countries missing from the table. */
export const FALLBACK_PRICE_LI = 500;

/** @system background work of the duties; no user asks for it */
export function seedCountryPrices(db: Ctx['db'], now: Date): void {
  for (const [isoCountry, name, dialCode, priceLi] of DEFAULT_COUNTRY_PRICES) {
    db.insert(countryPrices)
      .values({ isoCountry, name, dialCode, priceLi, updatedAt: now })
      .onConflictDoNothing()
      .run();
  }
}

/** @internal the price table every page and bill reads; the pages that show it check their caller */
export function listCountryPrices(ctx: Ctx) {
  return ctx.db.select().from(countryPrices).orderBy(asc(countryPrices.name)).all();
}

/** Admin sets a country's price per billed international message (R-INT-1). */
export function setCountryPrice(ctx: Ctx, d: CountryPriceInput): void {
  ctx.authorize('ModifyCountryPrice');
  const priceLi = yuanToLiText(d.priceYuan);
  ctx.db
    .insert(countryPrices)
    .values({ isoCountry: d.isoCountry, name: d.name, dialCode: d.dialCode, priceLi, updatedAt: ctx.now })
    .onConflictDoUpdate({
      target: countryPrices.isoCountry,
      set: { name: d.name, dialCode: d.dialCode, priceLi, updatedAt: ctx.now },
    })
    .run();
}

/** Admin sets an account's daily international quota (R-INT-3). */
export function setIntlQuota(ctx: Ctx, d: IntlQuotaInput): void {
  ctx.authorize('ModifyAccountQuota');
  const res = ctx.db.update(accounts).set({ intlDailyQuota: d.quota }).where(eq(accounts.id, d.accountId)).run();
  if (res.changes === 0) throw new AppError('NOT_FOUND', 'Account not found.');
}

/** The customer's international bill for a month (`YYYY-MM`): daily charges and usage by country. */
export function internationalBill(ctx: Ctx, month: string) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeInternationalBill', { accountId: account.id });
  if (!/^\d{4}-\d{2}$/.test(month)) throw new AppError('INVALID_INPUT', 'Choose a month.');
  const from = `${month}-01`;
  const to = `${month}-32`;
  const days = ctx.db
    .select()
    .from(intlCharges)
    .where(and(eq(intlCharges.accountId, account.id), gte(intlCharges.day, from), lt(intlCharges.day, to)))
    .orderBy(asc(intlCharges.day))
    .all();
  const byCountry = ctx.db.all<{ iso_country: string; billed: number; amount: number }>(
    sql`select iso_country, sum(billed) as billed, sum(cost_li) as amount from stats_daily
        where account_id = ${account.id} and region = 'international' and day >= ${from} and day < ${to}
        group by iso_country order by amount desc`,
  );
  const status = ctx.db
    .select({ status: accounts.status, arrearsSince: accounts.arrearsSince, quota: accounts.intlDailyQuota })
    .from(accounts)
    .where(eq(accounts.id, account.id))
    .get()!;
  return {
    month,
    days,
    byCountry,
    totalLi: days.reduce((s, d) => s + d.amountLi, 0),
    unpaidLi: days.filter((d) => d.state === 'unpaid').reduce((s, d) => s + d.amountLi, 0),
    ...status,
  };
}
