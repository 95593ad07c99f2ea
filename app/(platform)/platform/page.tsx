import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { describePlatformOverview } from '@/lib/server/accounts/list-accounts';
import { requirePlatformPage } from '@/lib/server/session';

export default async function PlatformOverviewPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage();
  const o = describePlatformOverview(ctx);
  const stats: [string, number][] = [
    [tx('Customer accounts'), o.accounts],
    [tx('Enterprise accounts'), o.enterprise],
    [tx('Individual accounts'), o.individual],
    [tx('Applications'), o.applications],
    [tx('Enabled applications'), o.enabledApplications],
    [tx('Logins'), o.users],
  ];
  return (
    <div>
      <PageHeader title="Platform Overview" />
      <Card title={tx('Platform')}>
        <dl className="grid grid-cols-2 gap-6 md:grid-cols-3">
          {stats.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd className="mt-1 text-2xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
