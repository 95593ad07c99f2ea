import { StatusBadge } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';

const LABELS: Record<string, [string, 'green' | 'amber' | 'red' | 'blue' | 'grey']> = {
  pending: ['Pending review', 'amber'],
  approved: ['Approved', 'green'],
  approved_pending_effect: ['Approved, pending effect', 'blue'],
  effective: ['Effective', 'green'],
  rejected: ['Rejected', 'red'],
};

/** Status with the rejection reason and suggestion on hover (R-SIG-3). */
export function ContentStatus({
  status,
  reason,
  suggestion,
  kind = 'content',
  expectedBy,
}: {
  status: string;
  reason?: string | null;
  suggestion?: string | null;
  kind?: 'qualification' | 'content';
  /** R-REV-3: when a pending item's decision is expected (review hours, holidays postponing it). */
  expectedBy?: Date | string | null;
}) {
  const [label, tone] = LABELS[status] ?? [status, 'grey'];
  const shown = kind === 'qualification' && status === 'approved' ? 'Approved' : label;
  if (status === 'pending' && expectedBy) {
    return (
      <span className="inline-flex flex-col gap-0.5">
        <StatusBadge tone={tone}>{shown}</StatusBadge>
        <span className="text-xs text-slate-500">Decision expected by {formatDateTime(new Date(expectedBy))}</span>
      </span>
    );
  }
  if (status !== 'rejected' || !reason) return <StatusBadge tone={tone}>{shown}</StatusBadge>;
  const tip = `Reason: ${reason}${suggestion ? `\nSuggestion: ${suggestion}` : ''}`;
  return (
    <span className="group relative inline-flex" title={tip}>
      <StatusBadge tone={tone}>{shown} ⓘ</StatusBadge>
      <span role="tooltip" className="pointer-events-none absolute left-0 top-full z-10 mt-1 hidden w-64 whitespace-pre-wrap rounded-sm bg-slate-800 px-3 py-2 text-xs text-white shadow-lg group-hover:block">
        {tip}
      </span>
    </span>
  );
}
