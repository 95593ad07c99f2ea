import { uiText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { FilterBar } from '@/components/ui/filter-bar';
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
        <FilterBar
          fields={[
            {
              kind: 'select',
              name: 'account',
              label: tx('Account'),
              value: accountId,
              options: [['', tx('All accounts')], ...accounts.map((a): [number, string] => [a.id, a.realName])],
            },
            {
              kind: 'select',
              name: 'status',
              label: tx('Status'),
              value: status,
              options: [['', tx('All statuses')], ...STATUSES.map((s): [string, string] => [s, tx(s)])],
            },
          ]}
          submit={tx('Filter')}
          clear={{ label: tx('Clear'), href: '/finance/packages' }}
        />
        <DataTable
          label={tx('Packages')}
          chooseColumns
          columns={[
            { key: 'id', header: 'ID', kind: 'code', sortable: true },
            { key: 'accountName', header: tx('Account'), data: true },
            { key: 'name', header: tx('Name') },
            { key: 'kind', header: tx('Kind') },
            { key: 'total', header: tx('Total'), kind: 'count', sortable: true },
            { key: 'remaining', header: tx('Remaining'), kind: 'count', sortable: true },
            { key: 'paidLi', header: tx('Paid (¥)'), kind: 'money', sortable: true },
            { key: 'purchasedAt', header: tx('Purchased'), kind: 'datetime', sortable: true },
            { key: 'expiresAt', header: tx('Valid until'), kind: 'datetime', sortable: true },
            { key: 'status', header: tx('Status') },
            { key: 'invoice', header: tx('Invoice'), kind: 'node' },
          ]}
          rows={rows.map((p) => ({
            id: p.id,
            accountName: p.accountName,
            name: tx.message(p.name),
            kind: tx(p.kind),
            total: p.total,
            remaining: p.remaining,
            paidLi: p.paidLi,
            purchasedAt: p.purchasedAt,
            expiresAt: p.expiresAt,
            status: tx(p.status),
            invoice:
              p.kind === 'purchased' && ctx.actor.role === 'finance' ? (
                <InvoiceToggle packageId={p.id} invoiced={p.invoiced} />
              ) : p.invoiced ? (
                tx('Invoiced')
              ) : (
                '—'
              ),
          }))}
          empty={<p className="py-6 text-center text-sm text-slate-500">{tx('No packages.')}</p>}
        />
      </Card>
    </div>
  );
}
