import { uiText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { formatCount, formatDateTime, formatYuan } from '@/lib/domain/format';
import { listAccounts } from '@/lib/server/accounts/list-accounts';
import { listAllPackages } from '@/lib/server/money/finance';
import { requirePlatformPage } from '@/lib/server/session';
import { InvoiceToggle } from '../_components/invoice-toggle';

const STATUSES = [
  uiText('effective'),
  uiText('pending effect'),
  uiText('expired'),
  uiText('used up'),
  uiText('refund pending'),
  uiText('refunded'),
  uiText('voided'),
];

export default async function FinancePackagesPage({
  searchParams,
}: {
  searchParams: Promise<{ account?: string; status?: string }>;
}) {
  const tx = await getText();
  const ctx = await requirePlatformPage(['finance', 'admin']);
  const q = await searchParams;
  const accountId = Number(q.account) || undefined;
  const status = STATUSES.includes(q.status ?? '') ? q.status : undefined;
  const rows = listAllPackages(ctx, { accountId, status });
  const accounts = listAccounts(ctx);
  const exportHref = `/api/finance/packages?${new URLSearchParams({ ...(accountId ? { account: String(accountId) } : {}), ...(status ? { status } : {}) })}`;
  return (
    <div className="space-y-4">
      <PageHeader
        title="Packages"
        crumbs={[{ label: 'Finance', href: '/finance' }]}
        actions={
          <a
            href={exportHref}
            className="rounded-sm border border-slate-300 bg-white px-4 py-1.5 text-sm hover:border-brand-500"
          >
            {tx('Export Data')}
          </a>
        }
      />
      <Card>
        <form method="get" role="search" className="mb-3 flex flex-wrap gap-2">
          <select
            name="account"
            defaultValue={accountId ?? ''}
            aria-label={tx('Account')}
            className="rounded-sm border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{tx('All accounts')}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.realName}
              </option>
            ))}
          </select>
          <select
            name="status"
            defaultValue={status ?? ''}
            aria-label={tx('Status')}
            className="rounded-sm border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{tx('All statuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {tx(s)}
              </option>
            ))}
          </select>
          <button className="rounded-sm border border-slate-300 bg-white px-3 py-1.5 text-sm">{tx('Filter')}</button>
        </form>
        <RowTable
          head={[
            'ID',
            tx('Account'),
            tx('Name'),
            tx('Kind'),
            tx('Total'),
            tx('Remaining'),
            tx('Paid (¥)'),
            tx('Purchased'),
            tx('Valid until'),
            tx('Status'),
            tx('Invoice'),
          ]}
          empty={
            rows.length === 0 ? <p className="py-6 text-center text-sm text-slate-500">{tx('No packages.')}</p> : null
          }
        >
          {rows.map((p) => (
            <tr key={p.id}>
              <td className="px-3 py-2 font-mono text-xs">{p.id}</td>
              <td className="px-3 py-2" translate="no">
                {p.accountName}
              </td>
              <td className="px-3 py-2">{tx.message(p.name)}</td>
              <td className="px-3 py-2">{tx(p.kind)}</td>
              <td className="px-3 py-2 tabular-nums">{formatCount(p.total)}</td>
              <td className="px-3 py-2 tabular-nums">{formatCount(p.remaining)}</td>
              <td className="px-3 py-2 tabular-nums">{formatYuan(p.paidLi)}</td>
              <td className="px-3 py-2 text-xs">{formatDateTime(p.purchasedAt)}</td>
              <td className="px-3 py-2 text-xs">{formatDateTime(p.expiresAt)}</td>
              <td className="px-3 py-2">{tx(p.status)}</td>
              <td className="px-3 py-2">
                {p.kind === 'purchased' && ctx.actor.role === 'finance' ? (
                  <InvoiceToggle packageId={p.id} invoiced={p.invoiced} />
                ) : p.invoiced ? (
                  tx('Invoiced')
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
