import { uiText, useText } from '@/i18n/text';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { FilterBar } from '@/components/ui/filter-bar';
import { StatusBadge } from '@/components/ui/status-badge';
import { Pagination } from '@/components/ui/pagination';

export interface OperationRow {
  id: number;
  at: Date;
  accountId: number | null;
  actor: string;
  userName: string | null;
  via: string;
  action: string;
  resource: string | null;
  result: string;
  ip: string | null;
}

const VIA = { console: uiText('Console'), api: uiText('API key'), system: uiText('System') } as const;

/** The operation log: filters in the URL (a plain GET form), a page of entries, export. */
export function OperationLogView({
  rows,
  filter,
  page,
  hasMore,
  basePath,
  showAccount,
}: {
  rows: OperationRow[];
  filter: Record<string, string | undefined>;
  page: number;
  hasMore: boolean;
  basePath: string;
  showAccount: boolean;
}) {
  const tx = useText();
  const query = (over: Record<string, string | number>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filter, ...over })) if (v !== undefined && v !== '') q.set(k, String(v));
    return `?${q.toString()}`;
  };
  return (
    <div className="space-y-4">
      <Card>
        <FilterBar
          labels
          fields={[
            { kind: 'text', name: 'user', label: tx('User or key'), value: filter.user },
            {
              kind: 'text',
              name: 'action',
              label: tx('Action'),
              placeholder: tx('e.g. BuyPackage'),
              value: filter.action,
            },
            { kind: 'date', name: 'from', label: tx('From'), value: filter.from },
            { kind: 'date', name: 'to', label: tx('To'), value: filter.to },
            ...(showAccount
              ? [
                  {
                    kind: 'text' as const,
                    name: 'account',
                    label: tx('Account'),
                    placeholder: tx('id, or platform'),
                    value: filter.account,
                  },
                ]
              : []),
          ]}
          submit={tx('Query')}
          clear={{ label: tx('Clear'), href: basePath }}
        >
          <a
            className="text-sm text-brand-500 hover:underline"
            href={`/api/operation-log/export${query({ page: '' })}`}
          >
            {tx('Export (CSV)')}
          </a>
        </FilterBar>
      </Card>
      <Card>
        <div className="overflow-x-auto">
          <DataTable
            label={tx('Operation log')}
            columns={[
              { key: 'at', header: tx('Time'), kind: 'datetime', sortable: true },
              ...(showAccount ? [{ key: 'account' as const, header: tx('Account') }] : []),
              { key: 'who', header: tx('Who'), kind: 'node', data: true },
              { key: 'via', header: tx('Via') },
              { key: 'action', header: tx('Action'), kind: 'code' },
              { key: 'resource', header: tx('Resource'), kind: 'code' },
              { key: 'result', header: tx('Result'), kind: 'node' },
              { key: 'ip', header: tx('Address'), kind: 'code' },
            ]}
            rows={rows.map((r) => ({
              id: r.id,
              at: r.at,
              account: r.accountId ?? tx('platform'),
              who: (
                <>
                  {r.actor}
                  {r.userName && r.userName !== r.actor ? (
                    <span className="block text-xs text-slate-500">{r.userName}</span>
                  ) : null}
                </>
              ),
              via: tx(VIA[r.via as keyof typeof VIA] ?? r.via),
              action: r.action,
              resource: r.resource ?? '—',
              result:
                r.result === 'ok' ? (
                  <StatusBadge tone="green">OK</StatusBadge>
                ) : (
                  <span translate="no">
                    <StatusBadge tone="red">{r.result}</StatusBadge>
                  </span>
                ),
              ip: r.ip ?? '—',
            }))}
            empty={<p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No operations match.')}</p>}
          />
        </div>
        <Pagination
          page={page}
          hasMore={hasMore}
          href={{
            previous: `${basePath}${query({ page: page - 1 })}`,
            next: `${basePath}${query({ page: page + 1 })}`,
          }}
        />
      </Card>
    </div>
  );
}
