import { getText } from '@/i18n/text-server';
import { TrendChart } from '@/components/charts/lazy';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { FilterBar } from '@/components/ui/filter-bar';
import { DataTable } from '@/components/ui/data-table';
import { beijingDateKey } from '@/lib/domain/time';
import { captchaHours } from '@/lib/server/alarms/anti-abuse';
import { listApplications } from '@/lib/server/applications/list-applications';
import { ifAllowed, orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { AntiAbuseForm } from './_components/anti-abuse-form';

export const dynamic = 'force-dynamic';

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)} %`);

/**
 * Application Management → Security Settings (R-APP-11): the captcha anti-abuse rule of an
 * application and its verification-code traffic per hour of a chosen day.
 */
export default async function SecuritySettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ app?: string; day?: string }>;
}) {
  const tx = await getText();
  const ctx = await requireCustomerPage();
  const q = await searchParams;
  const apps = listApplications(ctx);
  const sdkAppId = q.app && apps.some((a) => a.sdkAppId === q.app) ? q.app : apps[0]?.sdkAppId;
  const day = q.day && /^\d{4}-\d{2}-\d{2}$/.test(q.day) ? q.day : beijingDateKey(ctx.now);
  const data = sdkAppId ? orNotFound(() => captchaHours(ctx, sdkAppId, day)) : null;
  const canEdit = sdkAppId
    ? (ifAllowed(() => (ctx.authorize('ModifySecurityRule', { accountId: ctx.account.id, sdkAppId }), true)) ?? false)
    : false;
  const total = data?.hours.reduce((s, h) => s + h.requests, 0) ?? 0;
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title="Security Settings" crumbs={[{ label: 'Application Management' }]} />
      <FilterBar
        labels
        label={tx('Choose application and day')}
        className=""
        fields={[
          {
            kind: 'select',
            name: 'app',
            label: tx('Application'),
            value: sdkAppId,
            options: apps.map((a): [string, string] => [a.sdkAppId, `${a.name} (${a.sdkAppId})`]),
          },
          { kind: 'date', name: 'day', label: tx('Day (Beijing time)'), value: day },
        ]}
        submit={tx('Show')}
      />
      {!data || !sdkAppId ? (
        <Card>
          <p className="py-6 text-center text-slate-500">{tx('No applications yet.')}</p>
        </Card>
      ) : (
        <>
          <Card title={tx('Captcha Anti-abuse Monitoring')}>
            <AntiAbuseForm key={sdkAppId} sdkAppId={sdkAppId} rule={data.rule} canEdit={canEdit} />
            <p className="mt-3 text-xs text-slate-500">
              {tx(
                'A verification-code request is a message whose template is of the verification-code type or mentions “验证码”, “captcha” or “code”. The rule is checked every few minutes for the current and the previous hour; each application is alarmed at most once per hour, to the alarm contacts who chose anti-abuse alarms. The success rate counts the requests whose outcome is known (a message still waiting for its receipt is not counted yet).',
              )}
            </p>
          </Card>
          <Card
            title={tx('Verification-code traffic on {day}: {n} requests', {
              day: data.day,
              n: total.toLocaleString('en-US'),
            })}
          >
            <TrendChart
              label={tx('Verification-code requests per hour')}
              data={data.hours.map((h) => ({ hour: h.hour, requests: h.requests, successes: h.successes }))}
              xKey="hour"
              kind="bar"
              series={[
                { key: 'requests', label: tx('Requests'), color: '#006eff' },
                { key: 'successes', label: tx('Successes'), color: '#10b981' },
              ]}
            />
            <div className="mt-4">
              <DataTable
                label={tx('Verification-code requests per hour')}
                columns={[
                  { key: 'hour', header: tx('Hour'), kind: 'code' },
                  { key: 'requests', header: tx('Requests'), kind: 'count', sortable: true },
                  { key: 'successes', header: tx('Successes'), kind: 'count', sortable: true },
                  { key: 'successRate', header: tx('Success rate') },
                  { key: 'yesterday', header: tx('Same hour yesterday'), kind: 'count' },
                  { key: 'growth', header: tx('Growth') },
                  { key: 'alarm', header: tx('Rule met'), kind: 'node' },
                ]}
                rows={data.hours.map((h) => ({
                  id: h.hour,
                  hour: h.hour,
                  requests: h.requests,
                  successes: h.successes,
                  successRate: pct(h.successPct),
                  yesterday: h.yesterday,
                  growth: h.growthPct === null ? (h.requests > 0 ? tx('new') : '—') : pct(h.growthPct),
                  alarm: h.alarm ? <strong className="text-red-700">{tx('Alarm')}</strong> : tx('No'),
                }))}
              />
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
