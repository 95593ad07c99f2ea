import { getText } from '@/i18n/text-server';
import { TrendChart } from '@/components/charts/lazy';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { formatCount, formatDateTime, formatYuan } from '@/lib/domain/format';
import { packageConsumption } from '@/lib/server/money/packages';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { idFrom } from '../../[region]/region';

export default async function PackageTrendPage({ params }: { params: Promise<{ id: string }> }) {
  const tx = await getText();
  const id = await idFrom(params);
  const ctx = await requireCustomerPage();
  const { package: p, days } = orNotFound(() => packageConsumption(ctx, id));
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader
        title={tx('Consumption Trend: {name}', { name: tx.message(p.name) })}
        crumbs={[{ label: 'Package Management', href: '/packages' }]}
      />
      <Card>
        <dl className="grid grid-cols-2 gap-4 text-sm md:grid-cols-5">
          <div>
            <dt className="text-slate-500">{tx('Total')}</dt>
            <dd className="text-lg font-semibold">{formatCount(p.total)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{tx('Used')}</dt>
            <dd className="text-lg font-semibold">{formatCount(p.used)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{tx('Remaining')}</dt>
            <dd className="text-lg font-semibold">{formatCount(p.remaining)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{tx('Paid')}</dt>
            <dd className="text-lg font-semibold">¥{formatYuan(p.paidLi)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{tx('Valid until')}</dt>
            <dd>{formatDateTime(p.expiresAt)}</dd>
          </div>
        </dl>
      </Card>
      <Card title={tx('Messages used per day')}>
        <TrendChart
          label={tx('Package consumption per day')}
          data={days}
          xKey="day"
          kind="bar"
          series={[{ key: 'used', label: tx('Messages used'), color: '#006eff' }]}
        />
      </Card>
    </div>
  );
}
