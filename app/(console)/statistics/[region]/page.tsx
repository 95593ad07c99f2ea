import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { listApplications } from '@/lib/server/applications/list-applications';
import { listSignatures, listTemplates } from '@/lib/server/content/read-content';
import { requireCustomerPage } from '@/lib/server/session';
import { statsFilterFrom, type StatsTab } from '@/lib/server/stats/page-filter';
import { statsCountries } from '@/lib/server/stats/read-stats';
import { Card } from '@/components/ui/card';
import { FilterBar } from '@/components/ui/filter-bar';
import { TabBody } from './_components/tab-body';
import { REGION_LABELS, regionFrom } from '../../[region]/region';
import { recordsKeptFrom, retentionDays } from '@/lib/server/sending/retention';
import { beijingDateKey } from '@/lib/domain/time';
import { getTranslations } from 'next-intl/server';

/** The tabs in the console's order; their names come from messages `statistics`. */
const TABS: StatsTab[] = ['overview', 'records', 'replies', 'failures', 'receipts', 'countries', 'clicks'];

type Q = Record<string, string | undefined>;
type Option = [value: string | number, label: string];

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
          <div className="rounded-sm border border-slate-200 bg-white p-3">
            <FilterBar
              labels
              hidden={{ tab }}
              fields={[
                {
                  kind: 'select',
                  name: 'period',
                  label: tx('Period'),
                  value: filter.range.period,
                  options: [
                    ['today', tx('Today')],
                    ['yesterday', tx('Yesterday')],
                    ['7d', tx('Last 7 days')],
                    ['30d', tx('Last 30 days')],
                    ['custom', tx('Custom range')],
                  ],
                },
                { kind: 'date', name: 'from', label: tx('From'), value: filter.range.fromDay },
                { kind: 'date', name: 'to', label: tx('To'), value: filter.range.toDay },
                {
                  kind: 'select',
                  name: 'app',
                  label: tx('Application'),
                  value: q.app,
                  options: [
                    ['', tx('All applications')],
                    ...apps.map((a): Option => [a.id, `${a.name} (${a.sdkAppId})`]),
                  ],
                },
                {
                  kind: 'select',
                  name: 'signature',
                  label: tx('Signature'),
                  value: q.signature,
                  options: [['', tx('All signatures')], ...signatures.map((x): Option => [x.id, x.content])],
                },
                {
                  kind: 'select',
                  name: 'template',
                  label: tx('Template'),
                  value: q.template,
                  options: [['', tx('All templates')], ...templates.map((t): Option => [t.id, t.name])],
                },
                ...(tab === 'records' || tab === 'replies'
                  ? [
                      {
                        kind: 'text' as const,
                        name: 'phone',
                        label: tx('Phone number'),
                        placeholder: tx('Exact number'),
                        value: q.phone,
                      },
                    ]
                  : []),
                ...(tab === 'records' && region === 'international'
                  ? [
                      {
                        kind: 'select' as const,
                        name: 'country',
                        label: tx('Country/region'),
                        value: q.country,
                        options: [
                          ['', tx('All countries/regions')] as Option,
                          ...statsCountries(ctx, filter).map((c): Option => [
                            c.isoCountry,
                            tx.country(c.isoCountry, c.name),
                          ]),
                        ],
                      },
                    ]
                  : []),
                ...(tab === 'records'
                  ? [
                      {
                        kind: 'select' as const,
                        name: 'status',
                        label: tx('Status'),
                        value: q.status,
                        options: [
                          ['', tx('All')],
                          ['submitted', tx('Submitted')],
                          ['delivered', tx('Delivered')],
                          ['undelivered', tx('Undelivered')],
                          ['failed', tx('Failed')],
                        ] as Option[],
                      },
                    ]
                  : []),
              ]}
              submit={tx('Query')}
            >
              <span className="flex gap-3 text-sm">
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
            </FilterBar>
          </div>
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
