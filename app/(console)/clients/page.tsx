import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { NumbersTable } from './_components/numbers-table';
import { DataTable } from '@/components/ui/data-table';
import { FilterBar } from '@/components/ui/filter-bar';
import { Pagination } from '@/components/ui/pagination';
import { listGroups, listNumbers } from '@/lib/server/clients/groups';
import { requireCustomerPage } from '@/lib/server/session';
import { CreateGroupForm, GroupActions } from './_components/group-actions';
import { ImportPanel } from './_components/import-panel';
import { listColumnMappings } from '@/lib/server/imports/column-mappings';

export default async function ClientsPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string; q?: string; page?: string }>;
}) {
  const tx = await getText();
  const q = await searchParams;
  const ctx = await requireCustomerPage();
  const pool = q.tab === 'pool';
  const groups = listGroups(ctx, {
    q: pool ? undefined : q.q?.trim() || undefined,
    page: pool ? 1 : Number(q.page) || 1,
  });
  const all = listGroups(ctx, { pageSize: 500 }).rows;
  const numbers = pool ? listNumbers(ctx, { q: q.q?.trim() || undefined, page: Number(q.page) || 1 }) : null;
  const list = numbers ?? groups;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const link = (extra: Record<string, string>) =>
    `?${new URLSearchParams({ ...(pool ? { tab: 'pool' } : {}), ...(q.q ? { q: q.q } : {}), ...extra })}`;
  return (
    <div className="space-y-4">
      <PageHeader title="Client Management" crumbs={[{ label: 'Marketing Management' }]} />
      <nav aria-label={tx('Client tabs')} className="flex gap-1 border-b border-slate-200">
        <Link
          href="/clients"
          aria-current={!pool ? 'page' : undefined}
          className={`px-4 py-2 text-sm ${!pool ? 'border-b-2 border-brand-500 font-medium text-brand-600' : 'text-slate-600'}`}
        >
          {tx('Customer Group')}
        </Link>
        <Link
          href="/clients?tab=pool"
          aria-current={pool ? 'page' : undefined}
          className={`px-4 py-2 text-sm ${pool ? 'border-b-2 border-brand-500 font-medium text-brand-600' : 'text-slate-600'}`}
        >
          {tx('Customer Pool')}
        </Link>
      </nav>
      {!pool ? (
        <Card title={tx('Create customer group')}>
          <CreateGroupForm />
        </Card>
      ) : null}
      <Card title={tx('Batch Import / Manual Input')}>
        <ImportPanel
          groups={all.map((g) => ({ id: g.id, name: g.name, region: g.region }))}
          savedMappings={listColumnMappings(ctx).map((m) => ({ id: m.id, name: m.name, mapping: m.mapping }))}
        />
      </Card>
      <Card>
        <FilterBar
          hidden={pool ? { tab: 'pool' } : undefined}
          fields={[
            {
              kind: 'text',
              name: 'q',
              label: tx('Search'),
              placeholder: pool ? tx('Search by number') : tx('Search by group name'),
              value: q.q,
            },
          ]}
          submit={tx('Search')}
          clear={{ label: tx('Clear'), href: pool ? '/clients?tab=pool' : '/clients' }}
        />
        {numbers ? (
          <NumbersTable rows={numbers.rows} label={tx('Customer Pool')} view="pool" />
        ) : (
          <DataTable
            label={tx('Customer Group')}
            columns={[
              { key: 'name', header: tx('Group name'), kind: 'node', data: true },
              { key: 'region', header: tx('Message type') },
              { key: 'count', header: tx('Numbers'), kind: 'node' },
              { key: 'createdAt', header: tx('Created'), kind: 'datetime', sortable: true },
              { key: 'operation', header: tx('Operation'), kind: 'node' },
            ]}
            rows={groups.rows.map((g) => ({
              id: g.id,
              name: <span className="font-medium">{g.name}</span>,
              region: g.region === 'mainland' ? tx('Mainland China') : tx('International'),
              count: (
                <span className="tabular-nums" data-testid={`count-${g.name}`}>
                  {g.count}
                </span>
              ),
              createdAt: g.createdAt,
              operation: <GroupActions id={g.id} name={g.name} region={g.region} count={g.count} />,
            }))}
            empty={
              <p className="py-6 text-center text-sm text-slate-500">
                {tx('No groups yet: import numbers into a new group.')}
              </p>
            }
          />
        )}
        <Pagination
          page={list.page}
          pages={pages}
          href={{ previous: link({ page: String(list.page - 1) }), next: link({ page: String(list.page + 1) }) }}
        />
      </Card>
    </div>
  );
}
