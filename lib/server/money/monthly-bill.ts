import 'server-only';
import { sql } from 'drizzle-orm';
import { countryByIso } from '@/lib/domain/phone/countries';
import { addBeijingMonths, fromBeijing } from '@/lib/domain/time';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';

export interface MonthlyBill {
  month: string;
  /** Mainland: package messages consumed per day and application (R-PKG-5). */
  mainland: { day: string; sdkAppId: string; application: string; billed: number }[];
  mainlandTotal: number;
  /** International: billed messages and charges per country/region (R-INT-1). */
  international: { iso: string; country: string; billed: number; amountLi: number }[];
  internationalTotalLi: number;
  /** Package purchases paid from the cash balance this month. */
  purchasesLi: number;
}

/** The account's bill of a month (`YYYY-MM`, Beijing days) from the daily rollups. */
export function monthlyBill(ctx: Ctx, month: string): MonthlyBill {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeMonthlyBill', { accountId: account.id });
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new AppError('INVALID_INPUT', 'Choose a month.', { month: 'Choose a month.' });
  const from = `${month}-01`;
  const to = `${month}-32`;
  const mainland = ctx.db.all<{ day: string; sdk_app_id: string | null; name: string | null; billed: number }>(
    sql`select d.day, a.sdk_app_id, a.name, sum(d.billed) as billed from stats_daily d left
      join applications a on a.id = d.application_id
        where d.account_id = ${account.id} and d.region = 'mainland' and d.day >= ${from} and d.day < ${to}
        group by d.day, d.application_id having sum(d.billed) > 0 order by d.day, a.sdk_app_id`,
  );
  const intl = ctx.db.all<{ iso_country: string; billed: number; amount: number }>(
    sql`select iso_country, sum(billed) as billed, sum(cost_li) as amount from stats_daily
        where account_id = ${account.id} and region = 'international' and day >= ${from} and day < ${to}
        group by iso_country having sum(billed) > 0 order by amount desc, iso_country`,
  );
  const [y, m] = month.split('-').map(Number);
  const start = fromBeijing(y, m, 1);
  const [startMs, endMs] = [start.getTime(), addBeijingMonths(start, 1).getTime()];
  const purchases = ctx.db.get<{ li: number }>(
    sql`select coalesce(sum(-amount_li), 0) as li from cash_ledger where account_id = ${account.id}
      and kind = 'purchase' and at >= ${startMs} and at < ${endMs}`,
  );
  return {
    month,
    mainland: mainland.map((r) => ({
      day: r.day,
      sdkAppId: r.sdk_app_id ?? '—',
      application: r.name ?? '(deleted application)',
      billed: r.billed,
    })),
    mainlandTotal: mainland.reduce((s, r) => s + r.billed, 0),
    international: intl.map((r) => ({
      iso: r.iso_country,
      country: countryByIso(r.iso_country)?.name ?? r.iso_country,
      billed: r.billed,
      amountLi: r.amount,
    })),
    internationalTotalLi: intl.reduce((s, r) => s + r.amount, 0),
    purchasesLi: purchases.li,
  };
}

/** The bill as export rows: one header, then mainland and international lines. */
export function monthlyBillRows(bill: MonthlyBill): unknown[][] {
  return [
    ...bill.mainland.map((r) => ['Mainland package consumption', r.day, r.sdkAppId, r.application, '', r.billed, '']),
    ...bill.international.map((r) => [
      'International charges',
      bill.month,
      '',
      '',
      `${r.country} (${r.iso})`,
      r.billed,
      (r.amountLi / 1000).toFixed(3),
    ]),
  ];
}

export const MONTHLY_BILL_HEADER = [
  'Section',
  'Day',
  'SdkAppId',
  'Application',
  'Country/region',
  'Billed messages',
  'Amount (yuan)',
];
