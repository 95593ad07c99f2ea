import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { listGroups, listNumbers } from '@/lib/server/clients/groups';
import { requireCustomerPage } from '@/lib/server/session';
import { CreateGroupForm, GroupActions, RemoveNumberButton } from './_components/group-actions';
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
        <form method="get" role="search" className="mb-3 flex gap-2">
          {pool ? <input type="hidden" name="tab" value="pool" /> : null}
          <input
            name="q"
            defaultValue={q.q ?? ''}
            placeholder={pool ? tx('Search by number') : tx('Search by group name')}
            aria-label={tx('Search')}
            className="rounded-sm border border-slate-300 px-3 py-1.5 text-sm"
          />
          <button className="rounded-sm border border-slate-300 bg-white px-3 py-1.5 text-sm">{tx('Search')}</button>
        </form>
        {numbers ? (
          <RowTable
            head={[tx('Number'), tx('Message type'), tx('Group'), tx('Source'), tx('Added'), '']}
            empty={
              numbers.rows.length === 0 ? (
                <p className="py-6 text-center text-sm text-slate-500">{tx('No numbers.')}</p>
              ) : null
            }
          >
            {numbers.rows.map((n) => (
              <tr key={n.id}>
                <td className="px-3 py-2 font-mono text-xs">{n.phone}</td>
                <td className="px-3 py-2">{n.region}</td>
                <td className="px-3 py-2">{n.group}</td>
                <td className="px-3 py-2">{n.source === 'file' ? tx('File') : tx('Manual')}</td>
                <td className="px-3 py-2 text-xs">{formatDateTime(n.addedAt)}</td>
                <td className="px-3 py-2">
                  <RemoveNumberButton id={n.id} />
                </td>
              </tr>
            ))}
          </RowTable>
        ) : (
          <RowTable
            head={[tx('Group name'), tx('Message type'), tx('Numbers'), tx('Created'), tx('Operation')]}
            empty={
              groups.rows.length === 0 ? (
                <p className="py-6 text-center text-sm text-slate-500">
                  {tx('No groups yet: import numbers into a new group.')}
                </p>
              ) : null
            }
          >
            {groups.rows.map((g) => (
              <tr key={g.id}>
                <td className="px-3 py-2 font-medium" translate="no">
                  {g.name}
                </td>
                <td className="px-3 py-2">{g.region === 'mainland' ? tx('Mainland China') : tx('International')}</td>
                <td className="px-3 py-2 tabular-nums" data-testid={`count-${g.name}`}>
                  {g.count}
                </td>
                <td className="px-3 py-2 text-xs">{formatDateTime(g.createdAt)}</td>
                <td className="px-3 py-2">
                  <GroupActions id={g.id} name={g.name} region={g.region} count={g.count} />
                </td>
              </tr>
            ))}
          </RowTable>
        )}
        {pages > 1 ? (
          <nav aria-label={tx('Pages')} className="mt-3 flex gap-3 text-sm">
            {list.page > 1 ? (
              <Link className="text-brand-500" href={link({ page: String(list.page - 1) })}>
                {tx('Previous')}
              </Link>
            ) : null}
            <span>{tx('Page {page} of {pages}', { page: list.page, pages: pages })}</span>
            {list.page < pages ? (
              <Link className="text-brand-500" href={link({ page: String(list.page + 1) })}>
                {tx('Next')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
