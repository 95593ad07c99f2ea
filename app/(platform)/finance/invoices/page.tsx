import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { listInvoiceRequests } from '@/lib/server/money/invoices';
import { requirePlatformPage } from '@/lib/server/session';
import { InvoiceDecision } from './_components/invoice-decision';

export const dynamic = 'force-dynamic';

/** Finance → Invoices: customers' invoice requests for paid orders; issue with the invoice number or refuse. */
export default async function InvoicesPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['finance', 'admin']);
  const rows = listInvoiceRequests(ctx);
  const canDecide = ctx.actor.role === 'finance';
  return (
    <div className="space-y-4">
      <PageHeader title="Invoices" crumbs={[{ label: 'Finance', href: '/finance' }]} />
      <Card>
        <DataTable
          chooseColumns
          columns={[
            { key: 'id', header: '#', kind: 'code', sortable: true },
            { key: 'account', header: tx('Account'), kind: 'node', data: true },
            { key: 'orderId', header: tx('Order'), kind: 'code', sortable: true },
            { key: 'amountLi', header: tx('Amount (¥)'), kind: 'money', sortable: true },
            { key: 'title', header: tx('Title'), data: true },
            { key: 'taxId', header: tx('Tax ID'), kind: 'code' },
            { key: 'email', header: tx('E-mail'), data: true },
            { key: 'createdAt', header: tx('Requested'), kind: 'datetime', sortable: true },
            { key: 'status', header: tx('Status'), kind: 'node' },
            { key: 'actions', header: tx('Actions'), kind: 'node' },
          ]}
          rows={rows.map(({ r, accountName, uin }) => ({
            id: r.id,
            account: (
              <>
                {accountName} <span className="text-xs text-slate-500">{uin}</span>
              </>
            ),
            orderId: r.orderId,
            amountLi: r.amountLi,
            title: r.title,
            taxId: r.taxId || '—',
            email: r.email,
            createdAt: r.createdAt,
            status: (
              <>
                {r.status === 'requested' ? (
                  <StatusBadge tone="amber">{tx('Requested')}</StatusBadge>
                ) : r.status === 'issued' ? (
                  <StatusBadge tone="green">{tx('Issued {number}', { number: r.invoiceNumber ?? '' })}</StatusBadge>
                ) : (
                  <StatusBadge tone="red">{tx('Refused')}</StatusBadge>
                )}
                {r.refuseReason ? (
                  <span className="block text-xs text-slate-500" translate="no">
                    {r.refuseReason}
                  </span>
                ) : null}
              </>
            ),
            actions: r.status === 'requested' && canDecide ? <InvoiceDecision id={r.id} /> : null,
          }))}
          empty={<p className="py-6 text-center text-sm text-slate-500">{tx('No invoice requests.')}</p>}
        />
      </Card>
    </div>
  );
}
