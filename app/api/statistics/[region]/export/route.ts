import { formatDateTime, formatYuan } from '@/lib/domain/format';
import { getText } from '@/i18n/text-server';
import { AppError } from '@/lib/server/errors';
import { csvResponse, csvStream, withRoute, xlsxResponse, xlsxStream } from '@/lib/server/http/respond';
import { statsFilterFrom } from '@/lib/server/stats/page-filter';
import {
  statsCodes,
  statsCountries,
  statsOverview,
  statsReceipts,
  statsRecordRows,
  statsRecords,
  statsReplies,
} from '@/lib/server/stats/read-stats';

export const dynamic = 'force-dynamic';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Export Data of a statistics tab: exactly what the page shows, as CSV or XLSX, streamed. */
export function GET(req: Request, { params }: { params: Promise<{ region: string }> }) {
  return withRoute(async (ctx) => {
    const tx = await getText();
    const { region } = await params;
    if (region !== 'mainland' && region !== 'international') throw new AppError('NOT_FOUND', 'Not found.');
    const url = new URL(req.url);
    const q = Object.fromEntries(url.searchParams.entries());
    const { tab, filter } = statsFilterFrom(region, q, ctx.now);
    // Platform staff have no account's statistics to export: a refusal, not a crash.
    if (!ctx.account) throw new AppError('FORBIDDEN', 'Statistics exports are for customer accounts.');
    if (filter.full) ctx.authorize('DescribeSmsRecordFile', { accountId: ctx.account.id });
    let header: string[];
    let rows: Iterator<unknown[]>;
    if (tab === 'overview') {
      header = [tx('Time'), tx('Requests'), tx('Successes'), tx('Billed'), tx('Success rate')];
      rows = statsOverview(ctx, filter)
        .trend.map((t) => [t.label, t.requests, t.submitted, t.billed, pct(t.requests ? t.submitted / t.requests : 0)])
        .values();
    } else if (tab === 'failures' || tab === 'receipts') {
      const codes = tab === 'receipts' ? statsReceipts(ctx, filter).reasons : statsCodes(ctx, filter, 'failed');
      header = [tx('Error code'), tx('Reason'), tx('Count'), tx('Share')];
      rows = codes.map((c) => [c.code, c.reason, c.count, pct(c.share)]).values();
    } else if (tab === 'countries') {
      header = [
        tx('Country/region'),
        tx('Requests'),
        tx('Successes'),
        tx('Success rate'),
        tx('Billed'),
        tx('Unit price (yuan)'),
        tx('Cost (yuan)'),
        tx('Share'),
      ];
      rows = statsCountries(ctx, filter)
        .map((r) => [
          r.name,
          r.requests,
          r.submitted,
          pct(r.successRate),
          r.billed,
          formatYuan(r.unitPriceLi),
          formatYuan(r.costLi),
          pct(r.share),
        ])
        .values();
    } else if (tab === 'replies') {
      header = [tx('Number'), tx('Reply'), tx('Received'), tx('Application'), tx('Signature')];
      rows = statsReplies(ctx, filter)
        .map((r) => [r.phone, r.content, formatDateTime(r.receivedAt), r.app, r.signature])
        .values();
    } else if (tab === 'records') {
      header = [
        tx('Country/region'),
        tx('Number'),
        tx('Content'),
        tx('Characters'),
        tx('Billed'),
        tx('Type'),
        tx('Send time'),
        tx('Status report time'),
        tx('Status'),
        tx('Remarks'),
      ];
      statsRecords(ctx, { ...filter, pageSize: 1 }); // access checks before the response starts
      const gen = statsRecordRows(ctx, filter);
      rows = (function* () {
        for (const r of gen)
          yield [
            r.isoCountry,
            r.phone,
            r.content,
            r.length,
            r.billable,
            r.type,
            formatDateTime(r.sentAt),
            r.receiptAt ? formatDateTime(r.receiptAt) : '',
            r.status,
            r.remark,
          ];
      })();
    } else {
      throw new AppError('INVALID_INPUT', 'This tab has nothing to export.');
    }
    const name = `${region}-${tab}-${filter.range.fromDay}_${filter.range.toDay}`;
    return url.searchParams.get('format') === 'xlsx'
      ? xlsxResponse(
          `${name}.xlsx`,
          xlsxStream(tab, header, rows, (r) => r),
        )
      : csvResponse(
          `${name}.csv`,
          csvStream(header, rows, (r) => r),
        );
  });
}
