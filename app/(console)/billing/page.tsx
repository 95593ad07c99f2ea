import { PageHeader } from '@/components/layout/page-header';
import { Card, DataTable, StatusBadge } from '@/components/ui/card';
import { formatCount, formatDateTime, formatYuan } from '@/lib/domain/format';
import { beijingDateKey } from '@/lib/domain/time';
import { listCashLedger } from '@/lib/server/money/finance';
import { internationalBill } from '@/lib/server/money/international';
import { requireCustomerPage } from '@/lib/server/session';
import { monthlyBill } from '@/lib/server/money/monthly-bill';
import { listOrdersWithInvoices } from '@/lib/server/money/invoices';
import { InvoiceRequestButton } from './_components/invoice-request';

const KIND_LABELS: Record<string, string> = { credit: 'Top-up', debit: 'Deduction', purchase: 'Package purchase', refund: 'Refund', intl_charge: 'International SMS' };

export default async function BillingPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
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
        <Card><div className="text-xs text-slate-500">Cash balance</div><div className="mt-1 text-2xl font-semibold">¥{formatYuan(balanceLi)}</div></Card>
        <Card>
          <div className="text-xs text-slate-500">International sending</div>
          <div className="mt-1 text-lg font-semibold">
            {bill.status === 'suspended' ? <StatusBadge tone="red">Suspended for arrears</StatusBadge> : bill.arrearsSince ? <StatusBadge tone="amber">Unpaid charge: top up within 12 hours</StatusBadge> : <StatusBadge tone="green">Active</StatusBadge>}
          </div>
        </Card>
        <Card><div className="text-xs text-slate-500">International daily quota</div><div className="mt-1 text-2xl font-semibold">{formatCount(bill.quota)} billed messages</div></Card>
      </div>
      <Card
        title={`International bill ${month}`}
        actions={
          <form method="get" className="flex gap-2">
            <input type="month" name="month" defaultValue={month} aria-label="Month" className="rounded-sm border border-slate-300 px-2 py-1 text-sm" />
            <button className="rounded-sm border border-slate-300 px-3 py-1 text-sm">Show</button>
          </form>
        }
      >
        <p className="mb-3 text-sm">Total ¥{formatYuan(bill.totalLi)}{bill.unpaidLi > 0 ? `, unpaid ¥${formatYuan(bill.unpaidLi)}` : ''}. Each day is charged from the cash balance the next morning.</p>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <DataTable head={['Day', 'Billed messages', 'Amount (¥)', 'Status']} empty={bill.days.length === 0 ? <p className="py-4 text-center text-sm text-slate-500">No international charges this month.</p> : null}>
            {bill.days.map((d) => (
              <tr key={d.id}><td className="px-3 py-2">{d.day}</td><td className="px-3 py-2">{formatCount(d.billed)}</td><td className="px-3 py-2">{formatYuan(d.amountLi)}</td><td className="px-3 py-2"><StatusBadge tone={d.state === 'paid' ? 'green' : 'red'}>{d.state === 'paid' ? 'Paid' : 'Unpaid'}</StatusBadge></td></tr>
            ))}
          </DataTable>
          <DataTable head={['Country/region', 'Billed messages', 'Amount (¥)']}>
            {bill.byCountry.map((c) => (
              <tr key={c.iso_country}><td className="px-3 py-2">{c.iso_country}</td><td className="px-3 py-2">{formatCount(c.billed)}</td><td className="px-3 py-2">{formatYuan(c.amount)}</td></tr>
            ))}
          </DataTable>
        </div>
      </Card>
      <Card
        title={`Monthly bill ${month}`}
        actions={
          <span className="flex gap-3 text-sm">
            Export:
            <a className="text-brand-500 hover:underline" href={`/api/billing/monthly?month=${month}&format=csv`}>CSV</a>
            <a className="text-brand-500 hover:underline" href={`/api/billing/monthly?month=${month}&format=xlsx`}>XLSX</a>
          </span>
        }
      >
        <p className="mb-3 text-sm">
          Mainland package consumption {formatCount(monthly.mainlandTotal)} messages; international charges ¥{formatYuan(monthly.internationalTotalLi)}; package purchases ¥{formatYuan(monthly.purchasesLi)}.
        </p>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <DataTable caption="Mainland package consumption by application and day" head={['Day', 'Application', 'Messages']} empty={monthly.mainland.length === 0 ? <p className="py-4 text-center text-sm text-slate-500">No mainland consumption this month.</p> : null}>
            {monthly.mainland.map((r) => (
              <tr key={`${r.day}-${r.sdkAppId}`}>
                <td className="px-3 py-2">{r.day}</td>
                <td className="px-3 py-2">{r.application} <span className="text-xs text-slate-500">{r.sdkAppId}</span></td>
                <td className="px-3 py-2 tabular-nums">{formatCount(r.billed)}</td>
              </tr>
            ))}
          </DataTable>
          <DataTable caption="International charges by country/region" head={['Country/region', 'Billed messages', 'Amount (¥)']} empty={monthly.international.length === 0 ? <p className="py-4 text-center text-sm text-slate-500">No international charges this month.</p> : null}>
            {monthly.international.map((r) => (
              <tr key={r.iso}>
                <td className="px-3 py-2">{r.country} <span className="text-xs text-slate-500">{r.iso}</span></td>
                <td className="px-3 py-2 tabular-nums">{formatCount(r.billed)}</td>
                <td className="px-3 py-2 tabular-nums">{formatYuan(r.amountLi)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </Card>
      <Card title="Orders and invoices">
        <DataTable head={['Order', 'Package', 'Paid (¥)', 'Time', 'Invoice', 'Actions']} empty={ordersWithInvoices.length === 0 ? <p className="py-4 text-center text-sm text-slate-500">No orders yet.</p> : null}>
          {ordersWithInvoices.map((o) => (
            <tr key={o.id}>
              <td className="px-3 py-2 font-mono text-xs">{o.id}</td>
              <td className="px-3 py-2">{formatCount(o.count)} messages × {o.quantity}{o.kind === 'auto_renew' ? ' (auto-renewal)' : ''}</td>
              <td className="px-3 py-2 tabular-nums">{formatYuan(o.priceLi)}</td>
              <td className="px-3 py-2 text-xs">{formatDateTime(o.createdAt)}</td>
              <td className="px-3 py-2">
                {!o.invoice ? (
                  <span className="text-slate-500">{o.whyNot ?? 'Not requested'}</span>
                ) : o.invoice.status === 'requested' ? (
                  <StatusBadge tone="amber">Requested</StatusBadge>
                ) : o.invoice.status === 'issued' ? (
                  <StatusBadge tone="green">Issued: {o.invoice.invoiceNumber}</StatusBadge>
                ) : (
                  <span>
                    <StatusBadge tone="red">Refused</StatusBadge> <span className="text-xs text-slate-500">{o.invoice.refuseReason}</span>
                  </span>
                )}
              </td>
              <td className="px-3 py-2">{o.canRequest ? <InvoiceRequestButton orderId={o.id} defaultTitle={ctx.account.realName} enterprise={ctx.account.identity === 'enterprise'} /> : null}</td>
            </tr>
          ))}
        </DataTable>
      </Card>
      <Card title="Cash ledger">
        <DataTable head={['Time', 'Type', 'Amount (¥)', 'Balance after (¥)', 'Reference', 'Note', 'By']} empty={rows.length === 0 ? <p className="py-4 text-center text-sm text-slate-500">No entries.</p> : null}>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="px-3 py-2 text-xs">{formatDateTime(r.at)}</td>
              <td className="px-3 py-2">{KIND_LABELS[r.kind] ?? r.kind}</td>
              <td className={`px-3 py-2 tabular-nums ${r.amountLi < 0 ? 'text-red-700' : 'text-emerald-700'}`}>{r.amountLi > 0 ? '+' : ''}{formatYuan(r.amountLi)}</td>
              <td className="px-3 py-2 tabular-nums">{formatYuan(r.balanceAfterLi)}</td>
              <td className="px-3 py-2 text-xs">{r.refType ? `${r.refType} #${r.refId}` : '—'}</td>
              <td className="px-3 py-2 text-xs">{r.reason}</td>
              <td className="px-3 py-2 text-xs">{r.actorName}</td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </div>
  );
}
