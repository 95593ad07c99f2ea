import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatCount, formatDateTime, formatYuan } from '@/lib/domain/format';
import { listIntlCharges } from '@/lib/server/money/finance';
import { requirePlatformPage } from '@/lib/server/session';

export default async function InternationalChargesPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['finance', 'admin']);
  const rows = listIntlCharges(ctx);
  return (
    <div className="space-y-4">
      <PageHeader title="International Charges" crumbs={[{ label: 'Finance', href: '/finance' }]} />
      <p className="text-xs text-slate-500">
        {tx(
          "Each day's international messages are charged from the cash balance the next morning. Unpaid for 12 hours → international sending suspended until paid.",
        )}
      </p>
      <Card>
        <RowTable
          head={[
            tx('Day'),
            tx('Account'),
            tx('Billed messages'),
            tx('Amount (¥)'),
            tx('State'),
            tx('Account status'),
            tx('Arrears since'),
          ]}
          empty={
            rows.length === 0 ? (
              <p className="py-6 text-center text-sm text-slate-500">{tx('No international charges yet.')}</p>
            ) : null
          }
        >
          {rows.map(({ c, accountName, accountStatus, arrearsSince }) => (
            <tr key={c.id} className={c.state === 'unpaid' ? 'bg-red-50' : undefined}>
              <td className="px-3 py-2">{c.day}</td>
              <td className="px-3 py-2" translate="no">
                {accountName}
              </td>
              <td className="px-3 py-2 tabular-nums">{formatCount(c.billed)}</td>
              <td className="px-3 py-2 tabular-nums">{formatYuan(c.amountLi)}</td>
              <td className="px-3 py-2">
                <StatusBadge tone={c.state === 'paid' ? 'green' : 'red'}>{c.state}</StatusBadge>
              </td>
              <td className="px-3 py-2">{accountStatus}</td>
              <td className="px-3 py-2 text-xs">{arrearsSince ? formatDateTime(arrearsSince) : '—'}</td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
