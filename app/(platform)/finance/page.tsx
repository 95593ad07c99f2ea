import { getText } from '@/i18n/text-server';
import { TrendChart } from '@/components/charts/lazy';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatCount, formatYuan } from '@/lib/domain/format';
import { beijingDateKey } from '@/lib/domain/time';
import { listAccounts } from '@/lib/server/accounts/list-accounts';
import { financeSummary, platformConsumption } from '@/lib/server/money/finance';
import { requirePlatformPage } from '@/lib/server/session';
import { AdjustBalanceForm } from './_components/adjust-balance-form';

export default async function FinancePage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['finance', 'admin']);
  const s = financeSummary(ctx);
  const to = beijingDateKey(ctx.now);
  const from = beijingDateKey(new Date(ctx.now.getTime() - 29 * 86_400_000));
  const usage = platformConsumption(ctx, from, to);
  const accounts = listAccounts(ctx);
  const stats: [string, string][] = [
    [tx('Cash held for customers'), `¥${formatYuan(s.cashHeldLi)}`],
    [tx('Package orders this month'), `¥${formatYuan(s.ordersThisMonthLi)}`],
    [tx('Unused package messages'), formatCount(s.remainingMessages)],
    [tx('Refunds awaiting decision'), String(s.pendingRefunds)],
    [tx('Unpaid international charges'), `¥${formatYuan(s.unpaidIntlLi)}`],
    [tx('Accounts suspended for arrears'), String(s.suspendedAccounts)],
  ];
  return (
    <div className="space-y-4">
      <PageHeader title="Finance Overview" crumbs={[{ label: 'Finance' }]} />
      <Card>
        <dl className="grid grid-cols-2 gap-6 md:grid-cols-3">
          {stats.map(([k, v]) => (
            <div key={k}>
              <dt className="text-xs text-slate-500">{k}</dt>
              <dd className="mt-1 text-xl font-semibold">{v}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title={tx('Platform consumption, last 30 days (billed messages)')}>
        <TrendChart
          label={tx('Platform consumption')}
          data={usage.map((u) => ({ day: u.day, mainland: u.mainland_billed, international: u.intl_billed }))}
          xKey="day"
          series={[
            { key: 'mainland', label: tx('Mainland'), color: '#006eff' },
            { key: 'international', label: tx('International'), color: '#f59e0b' },
          ]}
        />
      </Card>
      <Card title={tx('Credit or debit an account')}>
        <AdjustBalanceForm accounts={accounts.map((a) => ({ id: a.id, label: `${a.realName} (${a.uin})` }))} />
      </Card>
      <Card title={tx('Accounts')}>
        <RowTable head={[tx('Account ID'), tx('Real-name'), tx('Identity'), tx('Cash balance (¥)'), tx('Status')]}>
          {accounts.map((a) => (
            <tr key={a.id}>
              <td className="px-3 py-2 font-mono text-xs">{a.uin}</td>
              <td className="px-3 py-2" translate="no">
                {a.realName}
              </td>
              <td className="px-3 py-2">{tx(a.identity === 'individual' ? 'Individual' : 'Enterprise')}</td>
              <td className="px-3 py-2 tabular-nums">{formatYuan(a.cashBalanceLi)}</td>
              <td className="px-3 py-2">
                <StatusBadge tone={a.status === 'active' ? 'green' : 'red'}>{tx(a.status)}</StatusBadge>
              </td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
