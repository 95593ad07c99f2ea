import { uiText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { listChannels, listRoutes } from '@/lib/server/channels/manage-channels';
import { requirePlatformPage } from '@/lib/server/session';
import { RouteForm } from './_components/route-form';
import { RouteRowActions } from './_components/route-row-actions';

const REGION = { mainland: uiText('Mainland China'), international: uiText('International') } as const;
const TYPE = {
  verification: uiText('Verification code'),
  notification: uiText('Notification'),
  marketing: uiText('Marketing'),
} as const;

export default async function RoutesPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['admin']);
  const routes = listRoutes(ctx);
  const channels = listChannels(ctx).map((c) => ({ id: c.id, name: c.name }));
  return (
    <div className="space-y-4">
      <PageHeader title="Routes" crumbs={[{ label: 'Admin' }]} />
      <Card title={tx('Route rules, in order')}>
        <p className="mb-3 text-sm text-slate-600">
          {tx(
            'The first enabled rule whose conditions all match a message decides its channels. Empty conditions match everything.',
          )}
        </p>
        <div className="overflow-x-auto">
          <DataTable
            label={tx('Route rules, in order')}
            columns={[
              { key: 'order', header: tx('Order'), kind: 'count' },
              { key: 'region', header: tx('Region') },
              { key: 'country', header: tx('Country or prefix'), kind: 'code' },
              { key: 'messageType', header: tx('Message type') },
              { key: 'account', header: tx('Account'), data: true },
              { key: 'channels', header: tx('Channels'), kind: 'node' },
              { key: 'state', header: tx('State'), kind: 'status' },
              { key: 'actions', header: tx('Actions'), kind: 'node' },
            ]}
            rows={routes.map((r, i) => ({
              id: r.id,
              order: i + 1,
              region: r.region ? tx(REGION[r.region as keyof typeof REGION]) : tx('Any'),
              country: r.country ?? tx('Any'),
              messageType: r.messageType ? tx(TYPE[r.messageType as keyof typeof TYPE]) : tx('Any'),
              account: r.accountUin ?? tx('Any'),
              channels: (
                <ol className="flex flex-wrap gap-1">
                  {r.channels.map((c, k) => (
                    <li
                      key={c.id}
                      className="after:ml-1 after:text-slate-400 after:content-['→'] last:after:content-['']"
                    >
                      <span translate="no">{c.name}</span>
                      {k === 0 ? <span className="sr-only"> {tx('(primary)')}</span> : null}
                      {!c.enabled ? <span className="text-xs text-slate-500"> {tx('(disabled)')}</span> : null}
                    </li>
                  ))}
                </ol>
              ),
              state: r.enabled ? { label: tx('Enabled'), tone: 'green' } : { label: tx('Disabled'), tone: 'grey' },
              actions: (
                <RouteRowActions
                  route={{
                    id: r.id,
                    region: r.region,
                    country: r.country,
                    messageType: r.messageType,
                    accountUin: r.accountUin,
                    channelIds: r.channels.map((c) => c.id),
                  }}
                  enabled={r.enabled}
                  first={i === 0}
                  last={i === routes.length - 1}
                  channels={channels}
                />
              ),
            }))}
          />
        </div>
        {routes.length === 0 ? (
          <p className="mt-3 text-sm text-red-700">
            {tx('No routes: every message fails with 1049 until a route is added.')}
          </p>
        ) : null}
      </Card>
      <Card title={tx('Add route')}>
        <RouteForm channels={channels} />
      </Card>
    </div>
  );
}
