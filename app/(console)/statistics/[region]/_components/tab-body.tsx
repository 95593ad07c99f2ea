// The body of each statistics tab (R-STA-*): overview trend and totals, failure and receipt
// analyses, countries, replies and the sending records, for the filter the page read from the URL.
import { useText } from '@/i18n/text';
import { TEMPLATE_TYPE_LABELS } from '@/components/content/labels';
import { SharePie } from '@/components/charts/lazy';
import { TrendChart } from '@/components/charts/lazy';
import { MessageStatus } from '@/components/content/task-status';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { formatCount } from '@/lib/domain/format';
import { percent } from '@/lib/domain/stats/period';
import type { statsFilterFrom, StatsTab } from '@/lib/server/stats/page-filter';
import {
  statsCodes,
  statsCountries,
  statsOverview,
  statsReceipts,
  statsRecords,
  statsReplies,
} from '@/lib/server/stats/read-stats';

type Q = Record<string, string | undefined>;

export function TabBody({
  tab,
  ctx,
  filter,
  keep,
}: {
  tab: StatsTab;
  ctx: Parameters<typeof statsOverview>[0];
  filter: ReturnType<typeof statsFilterFrom>['filter'];
  keep: (q: Q) => string;
}) {
  const tx = useText();
  if (tab === 'overview') {
    const { trend, totals } = statsOverview(ctx, filter);
    return (
      <>
        <Card>
          <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
            <div>
              <dt className="text-xs text-slate-500">{tx('Request volume')}</dt>
              <dd className="text-2xl font-semibold" data-testid="total-requests">
                {formatCount(totals.requests)}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{tx('Success volume')}</dt>
              <dd className="text-2xl font-semibold" data-testid="total-submitted">
                {formatCount(totals.submitted)}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{tx('Billed messages')}</dt>
              <dd className="text-2xl font-semibold" data-testid="total-billed">
                {formatCount(totals.billed)}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{tx('Success rate')}</dt>
              <dd className="text-2xl font-semibold" data-testid="total-rate">
                {percent(totals.submitted, totals.requests)}
              </dd>
            </div>
          </dl>
        </Card>
        <Card title={tx('Trend')}>
          <TrendChart
            label={tx('Request trend')}
            data={trend.map((t) => ({ label: t.label, requests: t.requests, success: t.submitted, billed: t.billed }))}
            xKey="label"
            series={[
              { key: 'requests', label: tx('Requests'), color: '#006eff' },
              { key: 'success', label: tx('Successes'), color: '#10b981' },
              { key: 'billed', label: tx('Billed'), color: '#f59e0b' },
            ]}
          />
        </Card>
        <Card>
          <DataTable
            columns={[
              { key: 'label', header: tx('Time'), sortable: true },
              { key: 'requests', header: tx('Requests'), kind: 'count', sortable: true },
              { key: 'submitted', header: tx('Successes'), kind: 'count', sortable: true },
              { key: 'billed', header: tx('Billed'), kind: 'count', sortable: true },
              { key: 'rate', header: tx('Success rate'), kind: 'percent', sortable: true },
            ]}
            rows={trend
              .filter((t) => t.requests > 0)
              .map((t) => ({
                id: t.label,
                label: t.label,
                requests: t.requests,
                submitted: t.submitted,
                billed: t.billed,
                rate: t.submitted / t.requests,
              }))}
          />
        </Card>
      </>
    );
  }
  if (tab === 'failures' || tab === 'receipts') {
    const receipts = tab === 'receipts' ? statsReceipts(ctx, filter) : null;
    const codes = receipts ? receipts.reasons : statsCodes(ctx, filter, 'failed');
    return (
      <>
        {receipts ? (
          <Card>
            <dl className="grid grid-cols-2 gap-4 md:grid-cols-6">
              {(
                [
                  [tx('With receipt'), formatCount(receipts.withReceipt), 'with'],
                  [tx('Without receipt'), formatCount(receipts.withoutReceipt), 'without'],
                  [tx('Successful receipts'), formatCount(receipts.successful), 'successful'],
                  [tx('Failed receipts'), formatCount(receipts.failed), 'failed'],
                  [
                    tx('Receipt rate'),
                    percent(receipts.withReceipt, receipts.withReceipt + receipts.withoutReceipt),
                    'receipt-rate',
                  ],
                  [tx('Receipt success rate'), percent(receipts.successful, receipts.withReceipt), 'success-rate'],
                ] as const
              ).map(([k, v, id]) => (
                <div key={k}>
                  <dt className="text-xs text-slate-500">{k}</dt>
                  <dd className="text-xl font-semibold" data-testid={`receipt-${id}`}>
                    {v}
                  </dd>
                </div>
              ))}
            </dl>
          </Card>
        ) : null}
        <Card title={receipts ? tx('Receipt failure reasons') : tx('Failures before submission')}>
          <DataTable
            label={receipts ? tx('Receipt failure reasons') : tx('Failures before submission')}
            columns={[
              { key: 'code', header: tx('Error code'), kind: 'code' },
              { key: 'reason', header: tx('Reason') },
              { key: 'count', header: tx('Count'), kind: 'count', sortable: true },
              { key: 'share', header: tx('Share'), kind: 'percent', sortable: true },
            ]}
            rows={codes.map((c) => ({
              id: c.code,
              code: c.code,
              reason: tx.message(c.reason),
              count: c.count,
              share: c.share,
            }))}
            empty={<p className="py-6 text-center text-sm text-slate-500">{tx('No failures in this period.')}</p>}
          />
        </Card>
      </>
    );
  }
  if (tab === 'countries') {
    const rows = statsCountries(ctx, filter);
    return (
      <>
        <Card title={tx('Request share by country/region')}>
          <SharePie
            label={tx('Request share by country')}
            data={rows.map((r) => ({ name: tx.country(r.isoCountry, r.name), value: r.requests }))}
          />
        </Card>
        <Card>
          <DataTable
            chooseColumns
            columns={[
              { key: 'country', header: tx('Country/region'), sortable: true },
              { key: 'requests', header: tx('Requests'), kind: 'count', sortable: true },
              { key: 'submitted', header: tx('Successes'), kind: 'count', sortable: true },
              { key: 'successRate', header: tx('Success rate'), kind: 'percent', sortable: true },
              { key: 'billed', header: tx('Billed'), kind: 'count', sortable: true },
              { key: 'unitPriceLi', header: tx('Unit price (¥)'), kind: 'money', sortable: true },
              { key: 'costLi', header: tx('Cost (¥)'), kind: 'money', sortable: true },
              { key: 'share', header: tx('Share'), kind: 'percent', sortable: true },
            ]}
            rows={rows.map((r) => ({
              id: r.isoCountry,
              country: tx.country(r.isoCountry, r.name),
              requests: r.requests,
              submitted: r.submitted,
              successRate: r.successRate,
              billed: r.billed,
              unitPriceLi: r.unitPriceLi,
              costLi: r.costLi,
              share: r.share,
            }))}
          />
        </Card>
      </>
    );
  }
  if (tab === 'replies') {
    const rows = statsReplies(ctx, filter);
    return (
      <Card>
        <DataTable
          label={tx('Replies')}
          columns={[
            { key: 'phone', header: tx('Number'), kind: 'phone' },
            { key: 'content', header: tx('Reply'), data: true },
            { key: 'receivedAt', header: tx('Received'), kind: 'datetime', sortable: true },
            { key: 'app', header: tx('Application'), data: true },
            { key: 'signature', header: tx('Signature'), data: true },
          ]}
          rows={rows.map((r) => ({
            id: r.id,
            phone: r.phone,
            content: r.content,
            receivedAt: r.receivedAt,
            app: r.app,
            signature: r.signature,
          }))}
          empty={<p className="py-6 text-center text-sm text-slate-500">{tx('No replies in this period.')}</p>}
        />
      </Card>
    );
  }
  const records = statsRecords(ctx, filter);
  return (
    <Card>
      <DataTable
        label={tx('Sending records')}
        chooseColumns
        columns={[
          { key: 'country', header: tx('Country/region'), kind: 'code' },
          { key: 'phone', header: tx('Number'), kind: 'phone' },
          { key: 'content', header: tx('Content'), kind: 'node', data: true },
          { key: 'length', header: tx('Characters | Billed') },
          { key: 'type', header: tx('Type') },
          { key: 'sentAt', header: tx('Send time'), kind: 'datetime', sortable: true },
          { key: 'receiptAt', header: tx('Status report time'), kind: 'datetime', sortable: true },
          { key: 'status', header: tx('Status'), kind: 'node' },
          { key: 'remark', header: tx('Remarks') },
        ]}
        rows={records.rows.map((r) => ({
          id: r.id,
          country: r.isoCountry,
          phone: r.phone,
          content: (
            <span className="block max-w-xs truncate" title={r.content}>
              {r.content}
            </span>
          ),
          length: `${r.length} | ${r.billable}`,
          type: tx(TEMPLATE_TYPE_LABELS[r.type] ?? r.type),
          sentAt: r.sentAt,
          receiptAt: r.receiptAt,
          status: <MessageStatus status={r.status} />,
          remark: r.remark ? tx.message(r.remark) : r.remark,
        }))}
        empty={<p className="py-6 text-center text-sm text-slate-500">{tx('No records.')}</p>}
      />
      <Pagination
        page={records.page}
        hasMore={records.hasMore}
        href={{ previous: keep({ page: String(records.page - 1) }), next: keep({ page: String(records.page + 1) }) }}
      />
    </Card>
  );
}
