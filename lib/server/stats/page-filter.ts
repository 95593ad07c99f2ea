import 'server-only';
import type { Region } from '@/db/enums';
import { resolvePeriod } from '@/lib/domain/stats/period';
import type { RecordFilter } from './read-stats';

export const STATS_TABS = ['overview', 'records', 'replies', 'failures', 'receipts', 'countries', 'clicks'] as const;
export type StatsTab = (typeof STATS_TABS)[number];

/** The statistics filter from URL parameters (the same for the page and its export). */
export function statsFilterFrom(
  region: Region,
  q: Record<string, string | undefined>,
  now: Date,
): { tab: StatsTab; filter: RecordFilter } {
  const tab = (STATS_TABS as readonly string[]).includes(q.tab ?? '') ? (q.tab as StatsTab) : 'overview';
  const num = (v?: string) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
  return {
    tab,
    filter: {
      region,
      range: resolvePeriod(q.period, now, { from: q.from, to: q.to }),
      applicationId: num(q.app),
      signatureId: num(q.signature),
      templateId: num(q.template),
      phone: q.phone?.trim() || undefined,
      status: ['submitted', 'delivered', 'undelivered', 'failed'].includes(q.status ?? '') ? q.status : undefined,
      isoCountry:
        region === 'international' && /^[A-Za-z]{2}$/.test(q.country ?? '') ? q.country!.toUpperCase() : undefined,
      page: num(q.page),
      full: q.full === '1',
    },
  };
}
