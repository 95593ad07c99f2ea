import { uiText, useText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { AutoRefresh } from '@/components/ui/auto-refresh';
import { Card, RowTable } from '@/components/ui/card';
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
          <RowTable
            head={[
              tx('Name'),
              tx('Type'),
              tx('Target'),
              tx('State'),
              tx('Last error'),
              tx('In flight'),
              tx('Sent / s (1 min)'),
              tx('Receipt lag'),
              tx('Waiting'),
              tx('Actions'),
            ]}
          >
            {channels.map((c) => (
              <tr key={c.id} data-channel={c.name}>
                <td className="px-3 py-2 font-medium" translate="no">
                  {c.name}
                </td>
                <td className="px-3 py-2">{tx(KIND_LABEL[c.kind])}</td>
                <td className="px-3 py-2 font-mono text-xs">{target(c) ?? tx('built in')}</td>
                <td className="px-3 py-2">
                  <LinkState c={c} />
                </td>
                <td className="max-w-48 px-3 py-2 text-xs break-words text-slate-600" translate="no">
                  {c.state?.lastError ?? '—'}
                </td>
                <td className="px-3 py-2 tabular-nums">{c.state?.inFlight ?? 0}</td>
                <td className="px-3 py-2 tabular-nums">{c.state ? (c.state.sentLastMinute / 60).toFixed(1) : '—'}</td>
                <td className="px-3 py-2 tabular-nums">
                  {c.state?.receiptLagMs != null ? `${(c.state.receiptLagMs / 1000).toFixed(1)} s` : '—'}
                </td>
                <td className="px-3 py-2 tabular-nums">{c.queued}</td>
                <td className="px-3 py-2">
                  <ChannelRowActions
                    channel={{ id: c.id, kind: c.kind, name: c.name, config: c.config, hasSecret: c.hasSecret }}
                    enabled={c.enabled}
                  />
                </td>
              </tr>
            ))}
          </RowTable>
        </div>
      </Card>
      <Card title={tx('Add channel')}>
        <ChannelForm />
      </Card>
    </div>
  );
}
