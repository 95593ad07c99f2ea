import { getText } from '@/i18n/text-server';
import { TrendChart } from '@/components/charts/lazy';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
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
        <DataTable
          label={tx('Accounts')}
          columns={[
            { key: 'uin', header: tx('Account ID'), kind: 'code' },
            { key: 'realName', header: tx('Real-name'), data: true },
            { key: 'identity', header: tx('Identity') },
            { key: 'cash', header: tx('Cash balance (¥)'), kind: 'money', sortable: true },
            { key: 'status', header: tx('Status'), kind: 'status' },
          ]}
          rows={accounts.map((a) => ({
            id: a.id,
            uin: a.uin,
            realName: a.realName,
            identity: tx(a.identity === 'individual' ? 'Individual' : 'Enterprise'),
            cash: a.cashBalanceLi,
            status: { label: tx(a.status), tone: a.status === 'active' ? 'green' : 'red' },
          }))}
        />
      </Card>
    </div>
  );
}
