import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { NumbersTable } from '../_components/numbers-table';
import { FilterBar } from '@/components/ui/filter-bar';
import { Pagination } from '@/components/ui/pagination';
import { findGroup, listNumbers } from '@/lib/server/clients/groups';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { idFrom } from '../../[region]/region';
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
  const qs = (page: number) => `?${new URLSearchParams({ ...(q.q ? { q: q.q } : {}), page: String(page) })}`;
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
        <FilterBar
          fields={[{ kind: 'text', name: 'q', label: tx('Search'), placeholder: tx('Search by number'), value: q.q }]}
          submit={tx('Search')}
          clear={{ label: tx('Clear'), href: `/clients/${g.id}` }}
        />
        <NumbersTable rows={numbers.rows} label={tx('Numbers ({total})', { total: numbers.total })} view="group" />
        <Pagination
          page={numbers.page}
          pages={pages}
          href={{ previous: qs(numbers.page - 1), next: qs(numbers.page + 1) }}
        />
      </Card>
    </div>
  );
}
