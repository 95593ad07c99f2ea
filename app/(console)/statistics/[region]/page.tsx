import { useText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import { TEMPLATE_TYPE_LABELS } from '@/components/content/labels';
import Link from 'next/link';
import { SharePie } from '@/components/charts/lazy';
import { TrendChart } from '@/components/charts/lazy';
import { MessageStatus } from '@/components/content/task-status';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { formatCount } from '@/lib/domain/format';
import { percent } from '@/lib/domain/stats/period';
import { listApplications } from '@/lib/server/applications/list-applications';
import { listSignatures, listTemplates } from '@/lib/server/content/read-content';
import { requireCustomerPage } from '@/lib/server/session';
import { statsFilterFrom, type StatsTab } from '@/lib/server/stats/page-filter';
import {
  statsCodes,
  statsCountries,
  statsOverview,
  statsReceipts,
  statsRecords,
  statsReplies,
} from '@/lib/server/stats/read-stats';
import { REGION_LABELS, regionFrom } from '../../[region]/region';
import { recordsKeptFrom, retentionDays } from '@/lib/server/sending/retention';
import { beijingDateKey } from '@/lib/domain/time';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/ui/pagination';

/** The tabs in the console's order; their names come from messages `statistics`. */
const TABS: StatsTab[] = ['overview', 'records', 'replies', 'failures', 'receipts', 'countries', 'clicks'];

type Q = Record<string, string | undefined>;

export default async function StatisticsPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<Q>;
}) {
  const tx = await getText();
  const region = await regionFrom(params);
  const q = await searchParams;
  const ctx = await requireCustomerPage();
  const { tab, filter } = statsFilterFrom(region, q, ctx.now);
  const keptFrom = recordsKeptFrom(ctx.db);
  const tabs = TABS.filter((t) => t !== 'countries' || region === 'international');
  const tl = await getTranslations('statistics');
  const apps = listApplications(ctx);
  const signatures = listSignatures(ctx, { region });
  const templates = listTemplates(ctx, { region });
  const keep = (extra: Q) =>
    `?${new URLSearchParams(Object.fromEntries(Object.entries({ ...q, ...extra }).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>)}`;
  const exportHref = (format: string, full = false) =>
    `/api/statistics/${region}/export${keep({ tab, format, full: full ? '1' : undefined, page: undefined })}`;
  const select = 'rounded-sm border border-slate-300 bg-white px-2 py-1.5 text-sm';
  return (
    <div className="space-y-4">
      <PageHeader title="Statistical Analysis" crumbs={[{ label: REGION_LABELS[region] }]} />
      <nav aria-label={tl('tabs')} className="flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((t) => (
          <Link
            key={t}
            href={keep({ tab: t, page: undefined })}
            aria-current={t === tab ? 'page' : undefined}
            className={`px-4 py-2 text-sm ${t === tab ? 'border-b-2 border-brand-500 font-medium text-brand-600' : 'text-slate-600 hover:text-brand-500'}`}
          >
            {tl(t)}
          </Link>
        ))}
      </nav>
      {tab === 'clicks' ? (
        <Card>
          <p role="status" className="rounded-sm bg-amber-50 px-4 py-3 text-sm text-amber-800">
            {tx(
              'The short-link service was retired, so no new clicks are recorded. This page shows historical click data only; there is none for this account.',
            )}
          </p>
        </Card>
      ) : (
        <>
          <form
            method="get"
            role="search"
            className="flex flex-wrap items-end gap-2 rounded-sm border border-slate-200 bg-white p-3"
          >
            <input type="hidden" name="tab" value={tab} />
            <label className="text-xs text-slate-500">
              {tx('Period')}
              <br />
              <select name="period" defaultValue={filter.range.period} className={select}>
                <option value="today">{tx('Today')}</option>
                <option value="yesterday">{tx('Yesterday')}</option>
                <option value="7d">{tx('Last 7 days')}</option>
                <option value="30d">{tx('Last 30 days')}</option>
                <option value="custom">{tx('Custom range')}</option>
              </select>
            </label>
            <label className="text-xs text-slate-500">
              {tx('From')}
              <br />
              <input type="date" name="from" defaultValue={filter.range.fromDay} className={select} />
            </label>
            <label className="text-xs text-slate-500">
              {tx('To')}
              <br />
              <input type="date" name="to" defaultValue={filter.range.toDay} className={select} />
            </label>
            <label className="text-xs text-slate-500">
              {tx('Application')}
              <br />
              <select name="app" defaultValue={q.app ?? ''} className={select}>
                <option value="">{tx('All applications')}</option>
                {apps.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({a.sdkAppId})
                  </option>
                ))}
              </select>
            </label>
            <label className="text-xs text-slate-500">
              {tx('Signature')}
              <br />
              <select name="signature" defaultValue={q.signature ?? ''} className={select}>
                <option value="">{tx('All signatures')}</option>
                {signatures.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.content}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-xs text-slate-500">
              {tx('Template')}
              <br />
              <select name="template" defaultValue={q.template ?? ''} className={select}>
                <option value="">{tx('All templates')}</option>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
            {tab === 'records' || tab === 'replies' ? (
              <label className="text-xs text-slate-500">
                {tx('Phone number')}
                <br />
                <input name="phone" defaultValue={q.phone ?? ''} className={select} placeholder={tx('Exact number')} />
              </label>
            ) : null}
            {tab === 'records' && region === 'international' ? (
              <label className="text-xs text-slate-500">
                {tx('Country/region')}
                <br />
                <select name="country" defaultValue={q.country ?? ''} className={select}>
                  <option value="">{tx('All countries/regions')}</option>
                  {statsCountries(ctx, filter).map((c) => (
                    <option key={c.isoCountry} value={c.isoCountry}>
                      {tx.country(c.isoCountry, c.name)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {tab === 'records' ? (
              <label className="text-xs text-slate-500">
                {tx('Status')}
                <br />
                <select name="status" defaultValue={q.status ?? ''} className={select}>
                  <option value="">{tx('All')}</option>
                  <option value="submitted">{tx('Submitted')}</option>
                  <option value="delivered">{tx('Delivered')}</option>
                  <option value="undelivered">{tx('Undelivered')}</option>
                  <option value="failed">{tx('Failed')}</option>
                </select>
              </label>
            ) : null}
            <button className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm text-white">{tx('Query')}</button>
            <span className="ml-auto flex gap-3 text-sm">
              <a className="text-brand-500 hover:underline" href={exportHref('csv')}>
                {tx('Export Data (CSV)')}
              </a>
              <a className="text-brand-500 hover:underline" href={exportHref('xlsx')}>
                {tx('Export Data (XLSX)')}
              </a>
              {tab === 'records' || tab === 'replies' ? (
                <a className="text-brand-500 hover:underline" href={exportHref('csv', true)}>
                  {tx('Export with full numbers')}
                </a>
              ) : null}
            </span>
          </form>
          <p className="text-xs text-slate-500">
            {filter.range.fromDay === filter.range.toDay
              ? filter.range.fromDay
              : `${filter.range.fromDay} – ${filter.range.toDay}`}{' '}
            {tx('(Beijing time)')}
          </p>
          <p className="text-xs text-slate-500" data-testid="records-kept">
            {tab === 'records' || tab === 'replies'
              ? keptFrom
                ? tx(
                    'Message records and replies are kept for {days} days, from {from}; totals, charts and analyses go back further.',
                    { days: retentionDays(), from: beijingDateKey(keptFrom) },
                  )
                : tx(
                    'Message records and replies are kept for {days} days; totals, charts and analyses go back further.',
                    { days: retentionDays() },
                  )
              : tx('Totals and charts cover every day; individual records are kept for {days} days.', {
                  days: retentionDays(),
                })}
          </p>
          <TabBody tab={tab} ctx={ctx} filter={filter} keep={keep} />
        </>
      )}
    </div>
  );
}

function TabBody({
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
