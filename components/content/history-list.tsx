import { uiText, useText, type Tx } from '@/i18n/text';
import { formatDateTime } from '@/lib/domain/format';

const ACTIONS: Record<string, string> = {
  create: uiText('Created and submitted for review'),
  modify: uiText('Modified and resubmitted'),
  submit: uiText('Submitted for review'),
  approve: uiText('Approved'),
  reject: uiText('Rejected'),
  effective: uiText('Took effect'),
  delete: uiText('Deleted'),
};

export interface HistoryEntry {
  id: number;
  action: string;
  actorName: string;
  detail: Record<string, unknown>;
  at: Date;
}

/** The detail of an entry; the changed field names, the reason and the suggestion are the item's own words. */
function describe(tx: Tx, detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if (Array.isArray(detail.changed) && detail.changed.length > 0)
    parts.push(tx('changed: {fields}', { fields: detail.changed.join(', ') }));
  if (detail.reason) parts.push(tx('reason: {reason}', { reason: String(detail.reason) }));
  if (detail.suggestion) parts.push(tx('suggestion: {suggestion}', { suggestion: String(detail.suggestion) }));
  return parts.join(tx('; '));
}

/** Who did what and when. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const tx = useText();
  return (
    <ol aria-label={tx('History')} className="space-y-2 text-sm">
      {entries.map((h) => (
        <li key={h.id} className="flex gap-3">
          <span className="w-40 shrink-0 text-xs text-slate-500">{formatDateTime(h.at)}</span>
          <span>
            <span className="font-medium">{tx(ACTIONS[h.action] ?? h.action)}</span>{' '}
            <span className="text-slate-500">
              {tx('by')}{' '}
              <span translate={h.actorName === 'system' ? undefined : 'no'}>
                {h.actorName === 'system' ? tx('system') : h.actorName}
              </span>
            </span>
            {describe(tx, h.detail) ? (
              <span className="block text-xs text-slate-600">{describe(tx, h.detail)}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
