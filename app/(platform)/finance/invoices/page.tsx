import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime, formatYuan } from '@/lib/domain/format';
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
        <RowTable
          head={[
            '#',
            tx('Account'),
            tx('Order'),
            tx('Amount (¥)'),
            tx('Title'),
            tx('Tax ID'),
            tx('E-mail'),
            tx('Requested'),
            tx('Status'),
            tx('Actions'),
          ]}
          empty={
            rows.length === 0 ? (
              <p className="py-6 text-center text-sm text-slate-500">{tx('No invoice requests.')}</p>
            ) : null
          }
        >
          {rows.map(({ r, accountName, uin }) => (
            <tr key={r.id}>
              <td className="px-3 py-2 font-mono text-xs">{r.id}</td>
              <td className="px-3 py-2" translate="no">
                {accountName} <span className="text-xs text-slate-500">{uin}</span>
              </td>
              <td className="px-3 py-2 font-mono text-xs">{r.orderId}</td>
              <td className="px-3 py-2 tabular-nums">{formatYuan(r.amountLi)}</td>
              <td className="px-3 py-2" translate="no">
                {r.title}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{r.taxId || '—'}</td>
              <td className="px-3 py-2">{r.email}</td>
              <td className="px-3 py-2 text-xs">{formatDateTime(r.createdAt)}</td>
              <td className="px-3 py-2">
                {r.status === 'requested' ? (
                  <StatusBadge tone="amber">{tx('Requested')}</StatusBadge>
                ) : r.status === 'issued' ? (
                  <StatusBadge tone="green">{tx('Issued {number}', { number: r.invoiceNumber ?? '' })}</StatusBadge>
                ) : (
                  <StatusBadge tone="red">{tx('Refused')}</StatusBadge>
                )}
                {r.refuseReason ? <span className="block text-xs text-slate-500">{r.refuseReason}</span> : null}
              </td>
              <td className="px-3 py-2">
                {r.status === 'requested' && canDecide ? <InvoiceDecision id={r.id} /> : null}
              </td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
