import { uiText, useText } from '@/i18n/text';
import { Card, RowTable } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/domain/format';
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
  const field = 'w-full rounded-sm border border-slate-300 px-3 py-1.5 text-sm';
  return (
    <div className="space-y-4">
      <Card>
        <form method="get" className="grid grid-cols-1 items-end gap-3 md:grid-cols-6">
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">{tx('User or key')}</span>
            <input name="user" defaultValue={filter.user} className={field} />
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">{tx('Action')}</span>
            <input name="action" defaultValue={filter.action} placeholder={tx('e.g. BuyPackage')} className={field} />
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">{tx('From')}</span>
            <input name="from" type="date" defaultValue={filter.from} className={field} />
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">{tx('To')}</span>
            <input name="to" type="date" defaultValue={filter.to} className={field} />
          </label>
          {showAccount ? (
            <label className="space-y-1 text-sm">
              <span className="block font-medium text-slate-700">{tx('Account')}</span>
              <input
                name="account"
                defaultValue={filter.account}
                placeholder={tx('id, or platform')}
                className={field}
              />
            </label>
          ) : null}
          <div className="flex gap-3">
            <button
              type="submit"
              className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
            >
              {tx('Query')}
            </button>
            <a
              className="self-center text-sm text-brand-500 hover:underline"
              href={`/api/operation-log/export${query({ page: '' })}`}
            >
              {tx('Export (CSV)')}
            </a>
          </div>
        </form>
      </Card>
      <Card>
        <div className="overflow-x-auto">
          <RowTable
            head={[
              tx('Time'),
              ...(showAccount ? [tx('Account')] : []),
              tx('Who'),
              tx('Via'),
              tx('Action'),
              tx('Resource'),
              tx('Result'),
              tx('Address'),
            ]}
            empty={
              rows.length === 0 ? (
                <p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No operations match.')}</p>
              ) : null
            }
          >
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(r.at)}</td>
                {showAccount ? <td className="px-3 py-2">{r.accountId ?? tx('platform')}</td> : null}
                <td className="px-3 py-2" translate="no">
                  {r.actor}
                  {r.userName && r.userName !== r.actor ? (
                    <span className="block text-xs text-slate-500">{r.userName}</span>
                  ) : null}
                </td>
                <td className="px-3 py-2">{tx(VIA[r.via as keyof typeof VIA] ?? r.via)}</td>
                <td className="px-3 py-2 font-mono text-xs" translate="no">
                  {r.action}
                </td>
                <td className="px-3 py-2 font-mono text-xs">{r.resource ?? '—'}</td>
                <td className="px-3 py-2">
                  {r.result === 'ok' ? (
                    <StatusBadge tone="green">OK</StatusBadge>
                  ) : (
                    <span translate="no">
                      <StatusBadge tone="red">{r.result}</StatusBadge>
                    </span>
                  )}
                </td>
                <td className="px-3 py-2 font-mono text-xs">{r.ip ?? '—'}</td>
              </tr>
            ))}
          </RowTable>
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
