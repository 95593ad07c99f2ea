import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatYuan } from '@/lib/domain/format';
import { getOverview } from '@/lib/server/overview/get-overview';
import { contentSummary } from '@/lib/server/overview/content-summary';
import { dashboard } from '@/lib/server/overview/dashboard';
import { TrendChart } from '@/components/charts/lazy';
import { formatCount } from '@/lib/domain/format';
import { percent } from '@/lib/domain/stats/period';
import { requireCustomerPage } from '@/lib/server/session';
import { getTranslations } from 'next-intl/server';
import { getText } from '@/i18n/text-server';
import { noticeTexts } from '@/components/notifications/notice-text';

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
  const tx = await getText();
  const t = await getTranslations('overview');
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-4">
        <Card>
          <Stat label={t('packageBalance')} value={formatCount(d.packageBalance)} />
        </Card>
        <Card>
          <Stat label={t('sentToday')} value={formatCount(d.today.requests)} />
        </Card>
        <Card>
          <Stat label={t('successToday')} value={percent(d.today.submitted, d.today.requests)} />
        </Card>
        <Card title={t('openAlarms')}>
          {d.alarms.length === 0 ? (
            <p className="text-sm text-slate-500">{t('noAlarms')}</p>
          ) : (
            <ul className="space-y-1 text-sm" aria-label={t('openAlarms')}>
              {d.alarms.map((a) => (
                <li key={a.id}>
                  <Link className="text-red-700 hover:underline" href={a.link ?? '/notifications'}>
                    {noticeTexts(tx, a).title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card
        title={t('last7Days')}
        actions={
          <Link className="text-sm text-brand-500 hover:underline" href="/statistics/mainland">
            {t('statistics')}
          </Link>
        }
      >
        <TrendChart
          label={t('trend')}
          data={d.trend}
          xKey="day"
          kind="bar"
          series={[
            { key: 'mainland', label: t('mainlandRequests'), color: '#006eff' },
            { key: 'international', label: t('intlRequests'), color: '#f59e0b' },
            { key: 'successes', label: t('successes'), color: '#10b981' },
          ]}
        />
      </Card>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Card title={t('account')}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-500">{t('realName')}</dt>
            <dd translate="no">{o.account.realName}</dd>
            <dt className="text-slate-500">{t('accountId')}</dt>
            <dd className="font-mono">{o.account.uin}</dd>
            <dt className="text-slate-500">{t('identity')}</dt>
            <dd>{o.account.identity === 'enterprise' ? t('enterprise') : t('individual')}</dd>
            <dt className="text-slate-500">{t('cash')}</dt>
            <dd>¥{formatYuan(o.account.cashBalanceLi)}</dd>
          </dl>
        </Card>
        <Card
          title={t('applications')}
          className="lg:col-span-2"
          actions={
            <Link className="text-sm text-brand-500 hover:underline" href="/applications">
              {t('applicationList')}
            </Link>
          }
        >
          <div className="grid grid-cols-3 gap-4">
            <Stat label={t('total')} value={o.applications.total} />
            <Stat label={t('enabled')} value={o.applications.enabled} />
            <Stat label={t('disabled')} value={o.applications.disabled} />
          </div>
          {o.applications.items.length > 0 ? (
            <ul className="mt-4 divide-y divide-slate-100 border-t border-slate-100">
              {o.applications.items.slice(0, 8).map((a) => (
                <li key={a.sdkAppId} className="flex items-center justify-between py-2">
                  <Link href={`/applications/${a.sdkAppId}`} className="text-brand-500 hover:underline" translate="no">
                    {a.name}
                  </Link>
                  <span className="flex items-center gap-3">
                    <span className="font-mono text-xs text-slate-500">{a.sdkAppId}</span>
                    <StatusBadge tone={a.status === 'enabled' ? 'green' : 'grey'}>
                      {a.status === 'enabled' ? t('enabled') : t('disabled')}
                    </StatusBadge>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4 text-slate-500">
              {t('noApplications')}{' '}
              <Link href="/applications" className="text-brand-500 underline">
                {t('createOne')}
              </Link>{' '}
              {t('toStart')}
            </p>
          )}
        </Card>
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {(
          [
            [t('signatures'), c.signatures, '/mainland/signatures'],
            [t('templates'), c.templates, '/mainland/templates'],
          ] as const
        ).map(([label, counts, href]) => (
          <Card
            key={label}
            title={label}
            actions={
              <Link className="text-sm text-brand-500 hover:underline" href={href}>
                {t('manage')}
              </Link>
            }
          >
            <div className="grid grid-cols-3 gap-4" aria-label={t('byStatus', { label })}>
              <Stat label={t('effective')} value={counts.effective} />
              <Stat label={t('pending')} value={counts.pending} />
              <Stat label={t('rejected')} value={counts.rejected} />
            </div>
          </Card>
        ))}
      </div>
    </div>
  );
}
