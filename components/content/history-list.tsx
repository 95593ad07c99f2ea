import { formatDateTime } from '@/lib/domain/format';

const ACTIONS: Record<string, string> = {
  create: 'Created and submitted for review',
  modify: 'Modified and resubmitted',
  submit: 'Submitted for review',
  approve: 'Approved',
  reject: 'Rejected',
  effective: 'Took effect',
  delete: 'Deleted',
};

export interface HistoryEntry {
  id: number;
  action: string;
  actorName: string;
  detail: Record<string, unknown>;
  at: Date;
}

function describe(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if (Array.isArray(detail.changed) && detail.changed.length > 0) parts.push(`changed: ${detail.changed.join(', ')}`);
  if (detail.reason) parts.push(`reason: ${String(detail.reason)}`);
  if (detail.suggestion) parts.push(`suggestion: ${String(detail.suggestion)}`);
  return parts.join('; ');
}

/** Who did what and when (issue 4 item 6). */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  return (
    <ol aria-label="History" className="space-y-2 text-sm">
      {entries.map((h) => (
        <li key={h.id} className="flex gap-3">
          <span className="w-40 shrink-0 text-xs text-slate-500">{formatDateTime(h.at)}</span>
          <span>
            <span className="font-medium">{ACTIONS[h.action] ?? h.action}</span> <span className="text-slate-500">by {h.actorName}</span>
            {describe(h.detail) ? <span className="block text-xs text-slate-600">{describe(h.detail)}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
