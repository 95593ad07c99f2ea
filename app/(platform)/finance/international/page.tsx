import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
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
        <DataTable
          columns={[
            { key: 'day', header: tx('Day'), sortable: true },
            { key: 'account', header: tx('Account'), data: true, sortable: true },
            { key: 'billed', header: tx('Billed messages'), kind: 'count', sortable: true },
            { key: 'amountLi', header: tx('Amount (¥)'), kind: 'money', sortable: true },
            { key: 'state', header: tx('State'), kind: 'status', sortable: true },
            { key: 'accountStatus', header: tx('Account status'), sortable: true },
            { key: 'arrearsSince', header: tx('Arrears since'), kind: 'datetime' },
          ]}
          rows={rows.map(({ c, accountName, accountStatus, arrearsSince }) => ({
            id: c.id,
            attention: c.state === 'unpaid',
            day: c.day,
            account: accountName,
            billed: c.billed,
            amountLi: c.amountLi,
            state:
              c.state === 'paid'
                ? { label: tx('Paid'), tone: 'green' as const }
                : { label: tx('Unpaid'), tone: 'red' as const },
            accountStatus: accountStatus === 'suspended' ? tx('Suspended for arrears') : tx('Active'),
            arrearsSince,
          }))}
          empty={<p className="py-6 text-center text-sm text-slate-500">{tx('No international charges yet.')}</p>}
        />
      </Card>
    </div>
  );
}
