import { getText } from '@/i18n/text-server';
import { parseInput } from '@/lib/server/validation';
import { reviewQueueFilter } from '@/lib/schemas/review';
import type { Tx } from '@/i18n/text';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { FilterBar } from '@/components/ui/filter-bar';
import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/domain/format';
import { KIND_LABELS } from '@/lib/server/content/reviewed';
import { listReviewQueue } from '@/lib/server/review/review-queue';
import { requirePlatformPage } from '@/lib/server/session';

function age(tx: Tx, minutes: number): string {
  if (minutes < 60) return tx('{n} min', { n: minutes });
  const h = Math.floor(minutes / 60);
  return h < 48 ? tx('{h} h {m} min', { h, m: minutes % 60 }) : tx('{d} days', { d: Math.floor(h / 24) });
}

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string; account?: string; minAgeHours?: string; decided?: string; item?: string }>;
}) {
  const tx = await getText();
  const ctx = await requirePlatformPage(['reviewer', 'admin']);
  const filters = await searchParams;
  const items = listReviewQueue(
    ctx,
    parseInput(reviewQueueFilter, {
      kind: filters.kind || undefined,
      account: filters.account || undefined,
      minAgeHours: filters.minAgeHours || undefined,
    }),
  );
  const late = items.filter((i) => i.late).length;
  return (
    <div className="space-y-4">
      <PageHeader title="Review Queue" crumbs={[{ label: 'Review' }]} />
      {filters.decided === 'approved' || filters.decided === 'rejected' ? (
        <p role="status" className="rounded-sm bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {tx('Decision recorded: {item} {decision}. The customer has been notified.', {
            item: (filters.item ?? tx('the item')).replace(/[^\w #-]/g, ''),
            decision: tx(filters.decided ?? ''),
          })}
        </p>
      ) : null}
      <p className="text-xs text-slate-500">
        {tx(
          'Review hours (Beijing time): Monday–Friday 09:00–21:00, Saturday–Sunday 09:00–18:00; decisions are due within 2 review hours.',
        )}{' '}
        {tx('{n} pending, {late} late.', { n: items.length, late })}
      </p>
      <Card>
        <FilterBar
          fields={[
            {
              kind: 'select',
              name: 'kind',
              label: tx('Kind'),
              value: filters.kind,
              options: [
                ['', tx('All kinds')],
                ['qualification', tx('Qualifications')],
                ['signature', tx('Signatures')],
                ['template', tx('Body templates')],
                ['unsubscribe_removal', tx('Unsubscribe removals')],
              ],
            },
            {
              kind: 'text',
              name: 'account',
              label: tx('Account'),
              placeholder: tx('Account name or ID'),
              value: filters.account,
            },
            {
              kind: 'select',
              name: 'minAgeHours',
              label: tx('Age'),
              value: filters.minAgeHours,
              options: [
                ['', tx('Any age')],
                ['1', tx('Older than 1 hour')],
                ['2', tx('Older than 2 hours')],
                ['24', tx('Older than 1 day')],
              ],
            },
          ]}
          submit={tx('Filter')}
          clear={{ label: tx('Clear'), href: '/review' }}
        />
        <DataTable
          columns={[
            { key: 'kind', header: tx('Kind'), kind: 'node' },
            { key: 'title', header: tx('Item'), data: true, sortable: true },
            { key: 'account', header: tx('Account'), kind: 'node', data: true },
            { key: 'submittedAt', header: tx('Submitted'), kind: 'datetime', sortable: true },
            { key: 'age', header: tx('Age') },
            { key: 'expectedBy', header: tx('Expected by'), kind: 'node' },
            { key: 'open', header: tx('Actions'), kind: 'node' },
          ]}
          rows={items.map((i) => ({
            id: `${i.kind}-${i.id}`,
            attention: i.late,
            kind: (
              <>
                {tx(KIND_LABELS[i.kind])}
                {i.region ? (
                  <span className="ml-1 text-xs text-slate-500">
                    ({i.region === 'mainland' ? tx('mainland') : tx('international')})
                  </span>
                ) : null}
              </>
            ),
            title: i.title,
            account: (
              <>
                {i.accountName} <span className="text-xs text-slate-500">{i.uin}</span>
              </>
            ),
            submittedAt: i.submittedAt,
            age: age(tx, i.ageMinutes),
            expectedBy: (
              <span className="text-xs">
                {formatDateTime(i.expectedBy)} {i.late ? <StatusBadge tone="red">{tx('Late')}</StatusBadge> : null}
              </span>
            ),
            open: (
              <Link className="text-brand-500 hover:underline" href={`/review/${i.kind}/${i.id}`}>
                {tx('Review')}
              </Link>
            ),
          }))}
          empty={<p className="py-8 text-center text-slate-500">{tx('Nothing waiting for review.')}</p>}
        />
      </Card>
    </div>
  );
}
