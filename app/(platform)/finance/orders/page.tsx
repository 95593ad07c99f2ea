import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, DataTable } from '@/components/ui/card';
import { formatCount, formatDateTime, formatYuan } from '@/lib/domain/format';
import { listOrders } from '@/lib/server/money/finance';
import { requirePlatformPage } from '@/lib/server/session';

export default async function OrdersPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['finance', 'admin']);
  const rows = listOrders(ctx);
  return (
    <div className="space-y-4">
      <PageHeader title="Orders" crumbs={[{ label: 'Finance', href: '/finance' }]} />
      <Card>
        <DataTable
          head={[tx('Order'), tx('Account'), tx('Kind'), tx('Messages'), tx('Quantity'), tx('Price (¥)'), tx('Time')]}
          empty={
            rows.length === 0 ? <p className="py-6 text-center text-sm text-slate-500">{tx('No orders.')}</p> : null
          }
        >
          {rows.map(({ o, accountName, uin }) => (
            <tr key={o.id}>
              <td className="px-3 py-2 font-mono text-xs">{o.id}</td>
              <td className="px-3 py-2" translate="no">
                {accountName} <span className="text-xs text-slate-500">{uin}</span>
              </td>
              <td className="px-3 py-2">
                {o.kind === 'auto_renew' ? tx('Auto-renewal') : o.kind === 'fixed' ? tx('Fixed') : tx('Custom')}
              </td>
              <td className="px-3 py-2 tabular-nums">{formatCount(o.count)}</td>
              <td className="px-3 py-2">{o.quantity}</td>
              <td className="px-3 py-2 tabular-nums">{formatYuan(o.priceLi)}</td>
              <td className="px-3 py-2 text-xs">{formatDateTime(o.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </div>
  );
}
