import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card, StatusBadge } from '@/components/ui/card';
import { formatYuan } from '@/lib/domain/format';
import { getOverview } from '@/lib/server/overview/get-overview';
import { contentSummary } from '@/lib/server/overview/content-summary';
import { dashboard } from '@/lib/server/overview/dashboard';
import { TrendChart } from '@/components/charts/lazy';
import { formatCount } from '@/lib/domain/format';
import { percent } from '@/lib/domain/stats/period';
import { requireCustomerPage } from '@/lib/server/session';

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <div className="text-xs text-slate-500">{label}</div>
      <div className="mt-1 text-2xl font-semibold text-slate-900">{value}</div>
    </div>
  );
}

export default async function OverviewPage() {
  const ctx = await requireCustomerPage();
  const o = getOverview(ctx);
  const c = contentSummary(ctx);
  const d = dashboard(ctx);
  return (
    <div className="space-y-4">
      <PageHeader title="Overview" />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-4">
        <Card><Stat label="Package balance (mainland messages)" value={formatCount(d.packageBalance)} /></Card>
        <Card><Stat label="Sent today (requests)" value={formatCount(d.today.requests)} /></Card>
        <Card><Stat label="Success rate today" value={percent(d.today.submitted, d.today.requests)} /></Card>
        <Card title="Open alarms">
          {d.alarms.length === 0 ? (
            <p className="text-sm text-slate-500">No open alarms.</p>
          ) : (
            <ul className="space-y-1 text-sm" aria-label="Open alarms">
              {d.alarms.map((a) => (
                <li key={a.id}><Link className="text-red-700 hover:underline" href={a.link ?? '/notifications'}>{a.title}</Link></li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title="Last 7 days" actions={<Link className="text-sm text-brand-500 hover:underline" href="/statistics/mainland">Statistical Analysis</Link>}>
        <TrendChart label="7-day trend" data={d.trend} xKey="day" kind="bar" series={[{ key: 'mainland', label: 'Mainland requests', color: '#006eff' }, { key: 'international', label: 'International requests', color: '#f59e0b' }, { key: 'successes', label: 'Successes', color: '#10b981' }]} />
      </Card>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Card title="Account">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-500">Real-name</dt>
            <dd>{o.account.realName}</dd>
            <dt className="text-slate-500">Account ID</dt>
            <dd className="font-mono">{o.account.uin}</dd>
            <dt className="text-slate-500">Identity type</dt>
            <dd>{o.account.identity === 'enterprise' ? 'Enterprise' : 'Individual'}</dd>
            <dt className="text-slate-500">Cash balance</dt>
            <dd>¥{formatYuan(o.account.cashBalanceLi)}</dd>
          </dl>
        </Card>
        <Card title="Applications" className="lg:col-span-2" actions={<Link className="text-sm text-brand-500 hover:underline" href="/applications">Application List</Link>}>
          <div className="grid grid-cols-3 gap-4">
            <Stat label="Total" value={o.applications.total} />
            <Stat label="Enabled" value={o.applications.enabled} />
            <Stat label="Disabled" value={o.applications.disabled} />
          </div>
          {o.applications.items.length > 0 ? (
            <ul className="mt-4 divide-y divide-slate-100 border-t border-slate-100">
              {o.applications.items.slice(0, 8).map((a) => (
                <li key={a.sdkAppId} className="flex items-center justify-between py-2">
                  <Link href={`/applications/${a.sdkAppId}`} className="text-brand-500 hover:underline">
                    {a.name}
                  </Link>
                  <span className="flex items-center gap-3">
                    <span className="font-mono text-xs text-slate-500">{a.sdkAppId}</span>
                    <StatusBadge tone={a.status === 'enabled' ? 'green' : 'grey'}>{a.status === 'enabled' ? 'Enabled' : 'Disabled'}</StatusBadge>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4 text-slate-500">
              No applications yet. <Link href="/applications" className="text-brand-500 hover:underline">Create one</Link> to start sending.
            </p>
          )}
        </Card>
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {(
          [
            ['Signatures', c.signatures, '/mainland/signatures'],
            ['Body templates', c.templates, '/mainland/templates'],
          ] as const
        ).map(([label, counts, href]) => (
          <Card key={label} title={label} actions={<Link className="text-sm text-brand-500 hover:underline" href={href}>Manage</Link>}>
            <div className="grid grid-cols-3 gap-4" aria-label={`${label} by status`}>
              <Stat label="Effective" value={counts.effective} />
              <Stat label="Pending review" value={counts.pending} />
              <Stat label="Rejected" value={counts.rejected} />
            </div>
          </Card>
        ))}
      </div>
    </div>
  );
}
