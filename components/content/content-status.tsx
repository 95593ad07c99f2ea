import { useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/domain/format';

const TONES: Record<string, 'green' | 'amber' | 'red' | 'blue' | 'grey'> = {
  pending: 'amber',
  approved: 'green',
  approved_pending_effect: 'blue',
  effective: 'green',
  rejected: 'red',
};
const KNOWN = ['pending', 'approved', 'approved_pending_effect', 'effective', 'rejected'] as const;

/** Status with the rejection reason and suggestion on hover (R-SIG-3). */
export function ContentStatus({
  status,
  reason,
  suggestion,
  expectedBy,
}: {
  status: string;
  reason?: string | null;
  suggestion?: string | null;
  /** Kept for callers; every kind shows the same words. */
  kind?: 'qualification' | 'content';
  /** R-REV-3: when a pending item's decision is expected (review hours, holidays postponing it). */
  expectedBy?: Date | string | null;
}) {
  const t = useTranslations('status');
  const tone = TONES[status] ?? 'grey';
  const shown = (KNOWN as readonly string[]).includes(status) ? t(status as (typeof KNOWN)[number]) : status;
  if (status === 'pending' && expectedBy) {
    return (
      <span className="inline-flex flex-col gap-0.5">
        <StatusBadge tone={tone}>{shown}</StatusBadge>
        <span className="text-xs text-slate-500">
          {t('expectedBy', { time: formatDateTime(new Date(expectedBy)) })}
        </span>
      </span>
    );
  }
  if (status !== 'rejected' || !reason) return <StatusBadge tone={tone}>{shown}</StatusBadge>;
  const tip = `${t('reason', { reason })}${suggestion ? `\n${t('suggestion', { suggestion })}` : ''}`;
  return (
    <span className="group relative inline-flex" title={tip}>
      <StatusBadge tone={tone}>{shown} ⓘ</StatusBadge>
      <span
        role="tooltip"
        className="pointer-events-none absolute left-0 top-full z-10 mt-1 hidden w-64 whitespace-pre-wrap rounded-sm bg-slate-800 px-3 py-2 text-xs text-white shadow-lg group-hover:block"
      >
        {tip}
      </span>
    </span>
  );
}
