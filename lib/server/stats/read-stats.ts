import { composeMessage } from '@/lib/domain/billing/measure';
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Region } from '@/db/enums';
import { errorReason } from '@/lib/domain/errors';
import { maskPhone } from '@/lib/domain/phone/normalize';
import { daysOf, type PeriodRange } from '@/lib/domain/stats/period';
import { beijingParts } from '@/lib/domain/time';
import { requireAccount, type Ctx } from '../context';
import { FALLBACK_PRICE_LI } from '../money/international';

export interface StatsFilter {
  region: Region;
  range: PeriodRange;
  applicationId?: number;
  signatureId?: number;
  templateId?: number;
}

export interface Totals {
  requests: number;
  submitted: number;
  billed: number;
  failed: number;
  delivered: number;
  undelivered: number;
  costLi: number;
}

/** The WHERE of a rollup query: always the account (R-TEN-2), then the page's filters. */
function where(accountId: number, f: StatsFilter, period: 'day' | 'hour'): SQL {
  const from = period === 'day' ? f.range.fromDay : Math.floor(f.range.from.getTime() / 3_600_000);
  const to = period === 'day' ? f.range.toDay : Math.floor(f.range.to.getTime() / 3_600_000) - 1;
  return sql`account_id = ${accountId} and region = ${f.region} and ${sql.raw(period)} >= ${from}
    and ${sql.raw(period)} <= ${to}
    ${f.applicationId ? sql`and application_id = ${f.applicationId}` : sql``}
    ${f.signatureId ? sql`and signature_id = ${f.signatureId}` : sql``}
    ${f.templateId ? sql`and template_id = ${f.templateId}` : sql``}`;
}

const SUMS = sql`coalesce(sum(requests), 0) as requests, coalesce(sum(submitted), 0) as submitted, coalesce(sum(billed), 0) as billed,
  coalesce(sum(failed), 0) as failed, coalesce(sum(delivered), 0) as delivered, coalesce(sum(undelivered), 0) as undelivered, coalesce(sum(cost_li), 0) as costLi`;

function scope(ctx: Ctx) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeStatisticQuery', { accountId: account.id });
  return account;
}

/** R-STA-1: the trend (per hour for one day, else per day) and the totals. */
export function statsOverview(ctx: Ctx, f: StatsFilter) {
  const account = scope(ctx);
  const table = f.range.hourly ? 'stats_hourly' : 'stats_daily';
  const period = f.range.hourly ? 'hour' : 'day';
  const rows = ctx.db.all<Totals & { period: string | number }>(
    sql`select ${sql.raw(period)} as period, ${SUMS} from ${sql.raw(table)}
      where ${where(account.id, f, period)} group by 1 order by 1`,
  );
  const byPeriod = new Map(rows.map((r) => [String(r.period), r]));
  const empty: Totals = { requests: 0, submitted: 0, billed: 0, failed: 0, delivered: 0, undelivered: 0, costLi: 0 };
  const labels: { key: string; label: string }[] = f.range.hourly
    ? Array.from({ length: 24 }, (_, h) => {
        const hour = Math.floor(f.range.from.getTime() / 3_600_000) + h;
        return {
          key: String(hour),
          label: `${String(beijingParts(new Date(hour * 3_600_000)).hour).padStart(2, '0')}:00`,
        };
      })
    : daysOf(f.range).map((d) => ({ key: d, label: d }));
  const trend = labels.map(({ key, label }) => ({ label, ...(byPeriod.get(key) ?? empty) }));
  const totals = trend.reduce<Totals>(
    (t, r) => {
      for (const k of Object.keys(empty) as (keyof Totals)[]) t[k] += r[k];
      return t;
    },
    { ...empty },
  );
  return { trend, totals };
}

/** R-STA-3 (kind failed) and the receipt failure reasons of R-STA-4 (kind receipt): code, reason, count, share. */
export function statsCodes(ctx: Ctx, f: StatsFilter, kind: 'failed' | 'receipt') {
  const account = scope(ctx);
  const rows = ctx.db.all<{ code: string; count: number }>(
    sql`select code, sum(count) as count from stats_codes where ${where(account.id, f, 'day')}
      and kind = ${kind} group by code order by count desc, code`,
  );
  const total = rows.reduce((s, r) => s + r.count, 0);
  return rows.map((r) => ({
    code: r.code,
    reason: errorReason(r.code),
    count: r.count,
    share: total > 0 ? r.count / total : 0,
  }));
}

/** R-STA-4: receipt rate = with / (with + without); success rate = successful / with. */
export function statsReceipts(ctx: Ctx, f: StatsFilter) {
  const account = scope(ctx);
  const t = ctx.db.get<Totals>(sql`select ${SUMS} from stats_daily where ${where(account.id, f, 'day')}`);
  const withReceipt = t.delivered + t.undelivered;
  const withoutReceipt = t.submitted - withReceipt;
  return {
    withReceipt,
    withoutReceipt,
    successful: t.delivered,
    failed: t.undelivered,
    receiptRate: withReceipt + withoutReceipt > 0 ? withReceipt / (withReceipt + withoutReceipt) : 0,
    successRate: withReceipt > 0 ? t.delivered / withReceipt : 0,
    reasons: statsCodes(ctx, f, 'receipt'),
  };
}

/** R-STA-5: requests per country with successes, billed count, unit price and share. */
export function statsCountries(ctx: Ctx, f: StatsFilter) {
  const account = scope(ctx);
  const rows = ctx.db.all<Totals & { iso: string; price: number | null; name: string | null }>(
    sql`select s.iso_country as iso, ${SUMS}, p.price_li as price, p.name as name from stats_daily s left
      join country_prices p on p.iso_country = s.iso_country
        where ${where(account.id, f, 'day')} group by s.iso_country order by requests desc`,
  );
  const total = rows.reduce((s, r) => s + r.requests, 0);
  return rows.map((r) => ({
    isoCountry: r.iso,
    name: r.name ?? r.iso,
    requests: r.requests,
    submitted: r.submitted,
    successRate: r.requests > 0 ? r.submitted / r.requests : 0,
    billed: r.billed,
    unitPriceLi: r.price ?? FALLBACK_PRICE_LI,
    costLi: r.costLi,
    share: total > 0 ? r.requests / total : 0,
  }));
}

export interface RecordFilter extends StatsFilter {
  phone?: string;
  status?: string;
  /** International records of one country/region (ISO code). */
  isoCountry?: string;
  page?: number;
  pageSize?: number;
  /** Full numbers instead of masked ones (R-MSG-5): only for users who may see them. */
  full?: boolean;
}

function recordsWhere(accountId: number, f: RecordFilter): SQL {
  const digits = f.phone?.replace(/\D/g, '');
  const phone = digits ? (f.region === 'mainland' && digits.length === 11 ? `+86${digits}` : `+${digits}`) : null;
  return sql`m.account_id = ${accountId} and m.region = ${f.region}
    and m.processed_at >= ${f.range.from.getTime()} and m.processed_at < ${f.range.to.getTime()}
    ${phone ? sql`and m.phone = ${phone}` : sql``}
    ${f.status ? sql`and m.status = ${f.status}` : sql``}
    ${f.isoCountry ? sql`and m.iso_country = ${f.isoCountry}` : sql``}
    ${f.applicationId ? sql`and m.application_id = ${f.applicationId}` : sql``}
    ${f.signatureId ? sql`and m.signature_id = ${f.signatureId}` : sql``}
    ${f.templateId ? sql`and m.template_id = ${f.templateId}` : sql``}`;
}

interface RawRecord {
  id: number;
  phone: string;
  iso_country: string;
  region: 'mainland' | 'international';
  sign: string | null;
  content: string | null;
  length: number | null;
  billable: number;
  type: string;
  processed_at: number;
  receipt_at: number | null;
  status: string;
  fail_code: string | null;
}

function toRecord(r: RawRecord, full: boolean) {
  return {
    id: r.id,
    isoCountry: r.iso_country,
    phone: full ? r.phone : maskPhone(r.phone),
    // The content as sent: the signature in 【】 (or [] for GSM-7) before the body.
    content:
      r.content === null
        ? ''
        : composeMessage({ body: r.content, signature: r.sign ?? undefined, region: r.region }).text,
    length: r.length ?? 0,
    billable: r.billable,
    type: r.type,
    sentAt: new Date(r.processed_at),
    receiptAt: r.receipt_at ? new Date(r.receipt_at) : null,
    status: r.status,
    remark: r.fail_code ? `${r.fail_code}: ${errorReason(r.fail_code)}` : '',
  };
}

const RECORD_SELECT = sql`select m.id, m.phone, m.iso_country, m.region, s.content as sign, m.content, m.length,
  m.billable, t.type, m.processed_at, m.receipt_at, m.status, m.fail_code
  from messages m join templates t on t.id = m.template_id left join signatures s on s.id = m.signature_id`;

/** R-STA-2: SMS records, newest first, paged; search by number is exact (index on phone). */
export function statsRecords(ctx: Ctx, f: RecordFilter) {
  const account = scope(ctx);
  const size = f.pageSize ?? 50;
  const page = Math.max(1, f.page ?? 1);
  const rows = ctx.db.all<RawRecord>(
    sql`${RECORD_SELECT} where ${recordsWhere(account.id, f)} order by m.processed_at desc, m.id desc
      limit ${size + 1} offset ${(page - 1) * size}`,
  );
  return {
    rows: rows.slice(0, size).map((r) => toRecord(r, !!f.full)),
    page,
    pageSize: size,
    hasMore: rows.length > size,
  };
}

/** Every record of the filter for the export, in keyset pages (never the whole set in memory). */
export function* statsRecordRows(ctx: Ctx, f: RecordFilter) {
  const account = scope(ctx);
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const page = ctx.db.all<RawRecord>(
      sql`${RECORD_SELECT} where ${recordsWhere(account.id, f)} and m.id < ${before} order by m.id desc limit 5000`,
    );
    if (page.length === 0) return;
    for (const r of page) yield toRecord(r, !!f.full);
    before = page[page.length - 1].id;
  }
}

/** R-STA-2 second tab / R-RPL-1: reply records. */
export function statsReplies(ctx: Ctx, f: RecordFilter) {
  const account = scope(ctx);
  const digits = f.phone?.replace(/\D/g, '');
  const rows = ctx.db.all<{
    id: number;
    phone: string;
    content: string;
    received_at: number;
    app: string;
    signature: string | null;
  }>(
    sql`select r.id, r.phone, r.content, r.received_at, a.name as app, s.content as signature from replies r
        join applications a on a.id = r.application_id left join signatures s on s.id = r.signature_id
        where r.account_id = ${account.id} and r.region = ${f.region}
        and r.received_at >= ${f.range.from.getTime()} and r.received_at < ${f.range.to.getTime()}
        ${digits ? sql`and r.phone = ${f.region === 'mainland' && digits.length === 11 ? `+86${digits}` : `+${digits}`}` : sql``}
        ${f.applicationId ? sql`and r.application_id = ${f.applicationId}` : sql``}
        order by r.received_at desc limit 200`,
  );
  return rows.map((r) => ({
    id: r.id,
    phone: f.full ? r.phone : maskPhone(r.phone),
    content: r.content,
    receivedAt: new Date(r.received_at),
    app: r.app,
    signature: r.signature ?? '',
  }));
}
