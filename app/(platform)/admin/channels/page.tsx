import { uiText, useText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { AutoRefresh } from '@/components/ui/auto-refresh';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/domain/format';
import { listChannels, type ChannelView } from '@/lib/server/channels/manage-channels';
import { requirePlatformPage } from '@/lib/server/session';
import { ChannelForm } from './_components/channel-form';
import { ChannelRowActions } from './_components/channel-row-actions';

const KIND_LABEL = { smpp: 'SMPP', 'tencent-cloud': uiText('Cloud relay'), simulator: uiText('Simulator') } as const;

function target(c: ChannelView): string | null {
  if (c.kind === 'smpp') return `${String(c.config.host)}:${String(c.config.port)} (${String(c.config.systemId)})`;
  if (c.kind === 'tencent-cloud')
    return `${String(c.config.protocol ?? 'https://')}${String(c.config.endpoint)} · ${String(c.config.sdkAppId)}`;
  return null;
}

/** Link state in words and colour (never colour alone). */
function LinkState({ c }: { c: ChannelView }) {
  const tx = useText();
  if (!c.enabled) return <StatusBadge tone="grey">{tx('Disabled')}</StatusBadge>;
  if (c.kind === 'simulator') return <StatusBadge tone="green">{tx('Running')}</StatusBadge>;
  if (!c.state) return <StatusBadge tone="amber">{tx('Starting')}</StatusBadge>;
  if (c.state.bound) return <StatusBadge tone="green">{tx('Bound')}</StatusBadge>;
  return (
    <span className="space-y-0.5">
      <StatusBadge tone="red">{tx('Not bound')}</StatusBadge>
      {c.state.downSince ? (
        <span className="block text-xs text-slate-500">
          {tx('since')} {formatDateTime(new Date(c.state.downSince))}
        </span>
      ) : null}
    </span>
  );
}

export default async function ChannelsPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['admin']);
  const channels = listChannels(ctx);
  return (
    <div className="space-y-4">
      <AutoRefresh />
      <PageHeader title="Channels" crumbs={[{ label: 'Admin' }]} />
      <Card title={tx('Delivery channels')}>
        <p className="mb-3 text-sm text-slate-600">
          {tx(
            'Where billed messages go. Routes choose a channel per destination; a channel that is disabled or down hands its queue to the next channel of the route, or the messages wait. State refreshes every few seconds.',
          )}
        </p>
        <div className="overflow-x-auto">
          <DataTable
            label={tx('Delivery channels')}
            columns={[
              { key: 'name', header: tx('Name'), kind: 'node', data: true },
              { key: 'kind', header: tx('Type') },
              { key: 'target', header: tx('Target'), kind: 'code' },
              { key: 'state', header: tx('State'), kind: 'node' },
              { key: 'lastError', header: tx('Last error'), kind: 'node', data: true },
              { key: 'inFlight', header: tx('In flight'), kind: 'count' },
              { key: 'rate', header: tx('Sent / s (1 min)') },
              { key: 'lag', header: tx('Receipt lag') },
              { key: 'queued', header: tx('Waiting'), kind: 'count', sortable: true },
              { key: 'actions', header: tx('Actions'), kind: 'node' },
            ]}
            rows={channels.map((c) => ({
              id: c.id,
              name: <span className="font-medium">{c.name}</span>,
              kind: tx(KIND_LABEL[c.kind]),
              target: target(c) ?? tx('built in'),
              state: <LinkState c={c} />,
              lastError: (
                <span className="block max-w-48 text-xs break-words text-slate-600">{c.state?.lastError ?? '—'}</span>
              ),
              inFlight: c.state?.inFlight ?? 0,
              rate: c.state ? (c.state.sentLastMinute / 60).toFixed(1) : '—',
              lag: c.state?.receiptLagMs != null ? `${(c.state.receiptLagMs / 1000).toFixed(1)} s` : '—',
              queued: c.queued,
              actions: (
                <ChannelRowActions
                  channel={{ id: c.id, kind: c.kind, name: c.name, config: c.config, hasSecret: c.hasSecret }}
                  enabled={c.enabled}
                />
              ),
            }))}
          />
        </div>
      </Card>
      <Card title={tx('Add channel')}>
        <ChannelForm />
      </Card>
    </div>
  );
}
