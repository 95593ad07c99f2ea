import { uiText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { FilterBar } from '@/components/ui/filter-bar';
import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatCount, formatYuan } from '@/lib/domain/format';
import { beijingDateKey } from '@/lib/domain/time';
import { listCashLedger } from '@/lib/server/money/finance';
import { internationalBill } from '@/lib/server/money/international';
import { requireCustomerPage } from '@/lib/server/session';
import { monthlyBill } from '@/lib/server/money/monthly-bill';
import { listOrdersWithInvoices } from '@/lib/server/money/invoices';
import { InvoiceRequestButton } from './_components/invoice-request';

const KIND_LABELS: Record<string, string> = {
  credit: uiText('Top-up'),
  debit: uiText('Deduction'),
  purchase: uiText('Package purchase'),
  refund: uiText('Refund'),
  intl_charge: uiText('International SMS'),
};

export default async function BillingPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const tx = await getText();
  const ctx = await requireCustomerPage();
  const month = (await searchParams).month?.match(/^\d{4}-\d{2}$/)?.[0] ?? beijingDateKey(ctx.now).slice(0, 7);
  const { balanceLi, rows } = listCashLedger(ctx);
  const bill = internationalBill(ctx, month);
  const monthly = monthlyBill(ctx, month);
  const ordersWithInvoices = listOrdersWithInvoices(ctx);
  return (
    <div className="space-y-4">
      <PageHeader title="Billing" crumbs={[{ label: 'Package Management', href: '/packages' }]} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Card>
          <div className="text-xs text-slate-500">{tx('Cash balance')}</div>
          <div className="mt-1 text-2xl font-semibold">¥{formatYuan(balanceLi)}</div>
        </Card>
        <Card>
          <div className="text-xs text-slate-500">{tx('International sending')}</div>
          <div className="mt-1 text-lg font-semibold">
            {bill.status === 'suspended' ? (
              <StatusBadge tone="red">{tx('Suspended for arrears')}</StatusBadge>
            ) : bill.arrearsSince ? (
              <StatusBadge tone="amber">{tx('Unpaid charge: top up within 12 hours')}</StatusBadge>
            ) : (
              <StatusBadge tone="green">{tx('Active')}</StatusBadge>
            )}
          </div>
        </Card>
        <Card>
          <div className="text-xs text-slate-500">{tx('International daily quota')}</div>
          <div className="mt-1 text-2xl font-semibold">{tx('{n} billed messages', { n: formatCount(bill.quota) })}</div>
        </Card>
      </div>
      <Card
        title={tx('International bill {month}', { month })}
        actions={
          <FilterBar
            className=""
            fields={[{ kind: 'month', name: 'month', label: tx('Month'), value: month }]}
            submit={tx('Show')}
          />
        }
      >
        <p className="mb-3 text-sm">
          {bill.unpaidLi > 0
            ? tx('Total ¥{total}, unpaid ¥{unpaid}.', {
                total: formatYuan(bill.totalLi),
                unpaid: formatYuan(bill.unpaidLi),
              })
            : tx('Total ¥{total}.', { total: formatYuan(bill.totalLi) })}{' '}
          {tx('Each day is charged from the cash balance the next morning.')}
        </p>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <DataTable
            columns={[
              { key: 'day', header: tx('Day'), sortable: true },
              { key: 'billed', header: tx('Billed messages'), kind: 'count', sortable: true },
              { key: 'amountLi', header: tx('Amount (¥)'), kind: 'money', sortable: true },
              { key: 'state', header: tx('Status'), kind: 'status' },
            ]}
            rows={bill.days.map((d) => ({
              id: d.id,
              day: d.day,
              billed: d.billed,
              amountLi: d.amountLi,
              state:
                d.state === 'paid'
                  ? { label: tx('Paid'), tone: 'green' as const }
                  : { label: tx('Unpaid'), tone: 'red' as const },
            }))}
            empty={
              <p className="py-4 text-center text-sm text-slate-500">{tx('No international charges this month.')}</p>
            }
          />
          <DataTable
            columns={[
              { key: 'iso', header: tx('Country/region'), kind: 'code' },
              { key: 'billed', header: tx('Billed messages'), kind: 'count', sortable: true },
              { key: 'amountLi', header: tx('Amount (¥)'), kind: 'money', sortable: true },
            ]}
            rows={bill.byCountry.map((c) => ({
              id: c.iso_country,
              iso: c.iso_country,
              billed: c.billed,
              amountLi: c.amount,
            }))}
          />
        </div>
      </Card>
      <Card
        title={tx('Monthly bill {month}', { month })}
        actions={
          <span className="flex gap-3 text-sm">
            {tx('Export:')}
            <a className="text-brand-500 hover:underline" href={`/api/billing/monthly?month=${month}&format=csv`}>
              CSV
            </a>
            <a className="text-brand-500 hover:underline" href={`/api/billing/monthly?month=${month}&format=xlsx`}>
              XLSX
            </a>
          </span>
        }
      >
        <p className="mb-3 text-sm">
          {tx(
            'Mainland package consumption {n} messages; international charges ¥{intl}; package purchases ¥{purchases}.',
            {
              n: formatCount(monthly.mainlandTotal),
              intl: formatYuan(monthly.internationalTotalLi),
              purchases: formatYuan(monthly.purchasesLi),
            },
          )}
        </p>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <DataTable
            caption={tx('Mainland package consumption by application and day')}
            columns={[
              { key: 'day', header: tx('Day'), sortable: true },
              { key: 'application', header: tx('Application'), kind: 'node', data: true },
              { key: 'billed', header: tx('Messages'), kind: 'count', sortable: true },
            ]}
            rows={monthly.mainland.map((r) => ({
              id: `${r.day}-${r.sdkAppId}`,
              day: r.day,
              application: (
                <>
                  {r.application} <span className="text-xs text-slate-500">{r.sdkAppId}</span>
                </>
              ),
              billed: r.billed,
            }))}
            empty={
              <p className="py-4 text-center text-sm text-slate-500">{tx('No mainland consumption this month.')}</p>
            }
          />
          <DataTable
            caption={tx('International charges by country/region')}
            columns={[
              { key: 'country', header: tx('Country/region'), kind: 'node' },
              { key: 'billed', header: tx('Billed messages'), kind: 'count', sortable: true },
              { key: 'amountLi', header: tx('Amount (¥)'), kind: 'money', sortable: true },
            ]}
            rows={monthly.international.map((r) => ({
              id: r.iso,
              country: (
                <>
                  {tx.country(r.iso, r.country)} <span className="text-xs text-slate-500">{r.iso}</span>
                </>
              ),
              billed: r.billed,
              amountLi: r.amountLi,
            }))}
            empty={
              <p className="py-4 text-center text-sm text-slate-500">{tx('No international charges this month.')}</p>
            }
          />
        </div>
      </Card>
      <Card title={tx('Orders and invoices')}>
        <DataTable
          label={tx('Orders and invoices')}
          columns={[
            { key: 'id', header: tx('Order'), kind: 'code', sortable: true },
            { key: 'package', header: tx('Package') },
            { key: 'priceLi', header: tx('Paid (¥)'), kind: 'money', sortable: true },
            { key: 'createdAt', header: tx('Time'), kind: 'datetime', sortable: true },
            { key: 'invoice', header: tx('Invoice'), kind: 'node' },
            { key: 'actions', header: tx('Actions'), kind: 'node' },
          ]}
          rows={ordersWithInvoices.map((o) => ({
            id: o.id,
            package:
              tx('{n} messages × {q}', { n: formatCount(o.count), q: o.quantity }) +
              (o.kind === 'auto_renew' ? ` ${tx('(auto-renewal)')}` : ''),
            priceLi: o.priceLi,
            createdAt: o.createdAt,
            invoice: !o.invoice ? (
              <span className="text-slate-500">{o.whyNot ?? tx('Not requested')}</span>
            ) : o.invoice.status === 'requested' ? (
              <StatusBadge tone="amber">{tx('Requested')}</StatusBadge>
            ) : o.invoice.status === 'issued' ? (
              <StatusBadge tone="green">
                {tx('Issued: {number}', { number: o.invoice.invoiceNumber ?? '' })}
              </StatusBadge>
            ) : (
              <span>
                <StatusBadge tone="red">{tx('Refused')}</StatusBadge>{' '}
                <span className="text-xs text-slate-500">{o.invoice.refuseReason}</span>
              </span>
            ),
            actions: o.canRequest ? (
              <InvoiceRequestButton
                orderId={o.id}
                defaultTitle={ctx.account.realName}
                enterprise={ctx.account.identity === 'enterprise'}
              />
            ) : null,
          }))}
          empty={<p className="py-4 text-center text-sm text-slate-500">{tx('No orders yet.')}</p>}
        />
      </Card>
      <Card title={tx('Cash ledger')}>
        <DataTable
          label={tx('Cash ledger')}
          columns={[
            { key: 'at', header: tx('Time'), kind: 'datetime', sortable: true },
            { key: 'kind', header: tx('Type') },
            { key: 'amountLi', header: tx('Amount (¥)'), kind: 'money-change', sortable: true },
            { key: 'balanceAfterLi', header: tx('Balance after (¥)'), kind: 'money' },
            { key: 'reference', header: tx('Reference') },
            { key: 'note', header: tx('Note') },
            { key: 'by', header: tx('By'), kind: 'node' },
          ]}
          rows={rows.map((r) => ({
            id: r.id,
            at: r.at,
            kind: tx(KIND_LABELS[r.kind] ?? r.kind),
            amountLi: r.amountLi,
            balanceAfterLi: r.balanceAfterLi,
            reference: r.refType ? `${tx(r.refType)} #${r.refId}` : '—',
            note: tx.message(r.reason ?? ''),
            by: r.actorName === 'system' ? tx('system') : <span translate="no">{r.actorName}</span>,
          }))}
          empty={<p className="py-4 text-center text-sm text-slate-500">{tx('No entries.')}</p>}
        />
      </Card>
    </div>
  );
}
