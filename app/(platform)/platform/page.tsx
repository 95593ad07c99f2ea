import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { describePlatformOverview } from '@/lib/server/accounts/list-accounts';
import { requirePlatformPage } from '@/lib/server/session';

export default async function PlatformOverviewPage() {
  const ctx = await requirePlatformPage();
  const o = describePlatformOverview(ctx);
  const stats: [string, number][] = [
    ['Customer accounts', o.accounts],
    ['Enterprise accounts', o.enterprise],
    ['Individual accounts', o.individual],
    ['Applications', o.applications],
    ['Enabled applications', o.enabledApplications],
    ['Logins', o.users],
  ];
  return (
    <div>
      <PageHeader title="Platform Overview" />
      <Card title="Platform">
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
