import { uiText, useText } from '@/i18n/text';
import { RowTable } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/domain/format';

export interface CallbackRow {
  id: number;
  kind: 'status' | 'reply';
  items: number;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  createdAt: Date;
  lastAttemptAt: Date | null;
  lastHttpStatus: number | null;
  lastDurationMs: number | null;
  lastError: string | null;
}

const TONE = { delivered: 'green', pending: 'amber', failed: 'red' } as const;
const LABEL = { delivered: uiText('Delivered'), pending: uiText('Retrying'), failed: uiText('Failed') } as const;

/** The last pushes to a callback URL with their attempts, HTTP status and timing (R-APP-9); never the answer's body. */
export function CallbackLog({ rows }: { rows: CallbackRow[] }) {
  const tx = useText();
  return (
    <RowTable
      head={[
        tx('Queued'),
        tx('Kind'),
        tx('Items'),
        tx('Status'),
        tx('Attempts'),
        tx('Last attempt'),
        'HTTP',
        tx('Time'),
        tx('Last error'),
      ]}
      empty={
        rows.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No callbacks pushed yet.')}</p>
        ) : null
      }
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
          <td className="px-3 py-2">{r.kind === 'status' ? tx('Delivery reports') : tx('Reply')}</td>
          <td className="px-3 py-2">{r.items}</td>
          <td className="px-3 py-2">
            <StatusBadge tone={r.state === 'pending' && r.attempts === 0 ? 'grey' : TONE[r.state]}>
              {r.state === 'pending' && r.attempts === 0 ? tx('Queued') : tx(LABEL[r.state])}
            </StatusBadge>
          </td>
          <td className="px-3 py-2">{r.attempts}</td>
          <td className="px-3 py-2 whitespace-nowrap">{r.lastAttemptAt ? formatDateTime(r.lastAttemptAt) : '—'}</td>
          <td className="px-3 py-2">{r.lastHttpStatus ?? '—'}</td>
          <td className="px-3 py-2 tabular-nums">
            {r.lastDurationMs !== null ? tx('{lastDurationMs} ms', { lastDurationMs: r.lastDurationMs }) : '—'}
          </td>
          <td className="max-w-xs truncate px-3 py-2 text-slate-500" title={r.lastError ?? ''} translate="no">
            {r.lastError ?? '—'}
          </td>
        </tr>
      ))}
    </RowTable>
  );
}
