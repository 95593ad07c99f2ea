import { uiText, useText } from '@/i18n/text';
import { DataTable } from '@/components/ui/data-table';

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
    <DataTable
      label={tx('Callback log')}
      columns={[
        { key: 'createdAt', header: tx('Queued'), kind: 'datetime', sortable: true },
        { key: 'kind', header: tx('Kind') },
        { key: 'items', header: tx('Items'), kind: 'count' },
        { key: 'state', header: tx('Status'), kind: 'status' },
        { key: 'attempts', header: tx('Attempts'), kind: 'count', sortable: true },
        { key: 'lastAttemptAt', header: tx('Last attempt'), kind: 'datetime' },
        { key: 'http', header: 'HTTP' },
        { key: 'duration', header: tx('Time') },
        { key: 'lastError', header: tx('Last error'), kind: 'node', data: true },
      ]}
      rows={rows.map((r) => ({
        id: r.id,
        createdAt: r.createdAt,
        kind: r.kind === 'status' ? tx('Delivery reports') : tx('Reply'),
        items: r.items,
        state:
          r.state === 'pending' && r.attempts === 0
            ? { label: tx('Queued'), tone: 'grey' as const }
            : { label: tx(LABEL[r.state]), tone: TONE[r.state] },
        attempts: r.attempts,
        lastAttemptAt: r.lastAttemptAt,
        http: r.lastHttpStatus ?? '—',
        duration: r.lastDurationMs !== null ? tx('{lastDurationMs} ms', { lastDurationMs: r.lastDurationMs }) : '—',
        lastError: (
          <span className="block max-w-xs truncate text-slate-500" title={r.lastError ?? ''}>
            {r.lastError ?? '—'}
          </span>
        ),
      }))}
      empty={<p className="px-3 py-6 text-center text-sm text-slate-500">{tx('No callbacks pushed yet.')}</p>}
    />
  );
}
