import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { listOrders } from '@/lib/server/money/finance';
import { requirePlatformPage } from '@/lib/server/session';

export default async function OrdersPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['finance', 'admin']);
  const rows = listOrders(ctx).map(({ o, accountName, uin }) => ({
    id: o.id,
    account: (
      <>
        {accountName} <span className="text-xs text-slate-500">{uin}</span>
      </>
    ),
    kind: o.kind === 'auto_renew' ? tx('Auto-renewal') : o.kind === 'fixed' ? tx('Fixed') : tx('Custom'),
    count: o.count,
    quantity: o.quantity,
    priceLi: o.priceLi,
    createdAt: o.createdAt,
  }));
  return (
    <div className="space-y-4">
      <PageHeader title="Orders" crumbs={[{ label: 'Finance', href: '/finance' }]} />
      <Card>
        <DataTable
          columns={[
            { key: 'id', header: tx('Order'), kind: 'code', sortable: true },
            { key: 'account', header: tx('Account'), kind: 'node', data: true },
            { key: 'kind', header: tx('Kind') },
            { key: 'count', header: tx('Messages'), kind: 'count', sortable: true },
            { key: 'quantity', header: tx('Quantity'), kind: 'count' },
            { key: 'priceLi', header: tx('Price (¥)'), kind: 'money', sortable: true },
            { key: 'createdAt', header: tx('Time'), kind: 'datetime', sortable: true },
          ]}
          rows={rows}
          chooseColumns
          empty={<p className="py-6 text-center text-sm text-slate-500">{tx('No orders.')}</p>}
        />
      </Card>
    </div>
  );
}
