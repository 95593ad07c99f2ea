import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { findGroup, listNumbers } from '@/lib/server/clients/groups';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { idFrom } from '../../[region]/region';
import { RemoveNumberButton } from '../_components/group-actions';
import { ImportPanel } from '../_components/import-panel';
import { listColumnMappings } from '@/lib/server/imports/column-mappings';

export default async function GroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const tx = await getText();
  const id = await idFrom(params);
  const q = await searchParams;
  const ctx = await requireCustomerPage();
  const g = orNotFound(() => findGroup(ctx, id));
  const numbers = listNumbers(ctx, { groupId: id, q: q.q?.trim() || undefined, page: Number(q.page) || 1 });
  const pages = Math.max(1, Math.ceil(numbers.total / numbers.pageSize));
  return (
    <div className="space-y-4">
      <PageHeader
        title={tx('Customer group {name}', { name: g.name })}
        crumbs={[{ label: 'Marketing Management' }, { label: 'Client Management', href: '/clients' }]}
        actions={
          <Link
            href={`/${g.region}/tasks/new?group=${g.id}`}
            className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
          >
            {tx('Send SMS')}
          </Link>
        }
      />
      <Card title={tx('Import more')}>
        <ImportPanel
          groups={[]}
          fixedGroup={g.id}
          savedMappings={listColumnMappings(ctx).map((m) => ({ id: m.id, name: m.name, mapping: m.mapping }))}
        />
      </Card>
      <Card title={tx('Numbers ({total})', { total: numbers.total })}>
        <form method="get" role="search" className="mb-3 flex gap-2">
          <input
            name="q"
            defaultValue={q.q ?? ''}
            placeholder={tx('Search by number')}
            aria-label={tx('Search')}
            className="rounded-sm border border-slate-300 px-3 py-1.5 text-sm"
          />
          <button className="rounded-sm border border-slate-300 bg-white px-3 py-1.5 text-sm">{tx('Search')}</button>
        </form>
        <RowTable head={[tx('Number'), tx('Country'), tx('Source'), tx('Added'), '']}>
          {numbers.rows.map((n) => (
            <tr key={n.id}>
              <td className="px-3 py-2 font-mono text-xs">{n.phone}</td>
              <td className="px-3 py-2">{n.isoCountry}</td>
              <td className="px-3 py-2">{n.source === 'file' ? tx('File') : tx('Manual')}</td>
              <td className="px-3 py-2 text-xs">{formatDateTime(n.addedAt)}</td>
              <td className="px-3 py-2">
                <RemoveNumberButton id={n.id} />
              </td>
            </tr>
          ))}
        </RowTable>
        {pages > 1 ? (
          <p className="mt-2 text-sm">
            {tx('Page {page} of {pages}', { page: numbers.page, pages: pages })}{' '}
            {numbers.page < pages ? (
              <Link className="text-brand-500" href={`?page=${numbers.page + 1}`}>
                {tx('Next')}
              </Link>
            ) : null}
          </p>
        ) : null}
      </Card>
    </div>
  );
}
