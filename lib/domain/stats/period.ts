// Statistics periods (R-STA pages): today / yesterday / last 7 days / last 30 days / custom, in Beijing days.
import { beijingDateKey, beijingDayStart } from '../time';

export const PERIODS = ['today', 'yesterday', '7d', '30d', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

export interface PeriodRange {
  period: Period;
  fromDay: string;
  toDay: string;
  /** Instants [from, to) of the range. */
  from: Date;
  to: Date;
  /** Single days show per hour, longer ranges per day. */
  hourly: boolean;
}

const DAY = 86_400_000;

/**
 * Resolves a period (and a custom `from`/`to` as YYYY-MM-DD) at `now`; bad or over-long custom ranges fall back
 * to 7 days.
 */
export function resolvePeriod(
  period: string | undefined,
  now: Date,
  custom: { from?: string; to?: string } = {},
): PeriodRange {
  const today = beijingDayStart(now);
  const range = (p: Period, startDays: number, endDays: number): PeriodRange => {
    const from = new Date(today.getTime() - startDays * DAY);
    const to = new Date(today.getTime() + endDays * DAY);
    return {
      period: p,
      from,
      to,
      fromDay: beijingDateKey(from),
      toDay: beijingDateKey(new Date(to.getTime() - 1)),
      hourly: startDays - endDays <= 1,
    };
  };
  switch (period) {
    case 'today':
      return range('today', 0, 1);
    case 'yesterday':
      return range('yesterday', 1, 0);
    case '30d':
      return range('30d', 29, 1);
    case 'custom': {
      const ok = (d?: string) =>
        !!d && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00+08:00`));
      if (ok(custom.from) && ok(custom.to) && custom.from! <= custom.to!) {
        const from = new Date(`${custom.from}T00:00:00+08:00`);
        const to = new Date(new Date(`${custom.to}T00:00:00+08:00`).getTime() + DAY);
        if (to.getTime() - from.getTime() <= 62 * DAY) {
          return {
            period: 'custom',
            from,
            to,
            fromDay: custom.from!,
            toDay: custom.to!,
            hourly: to.getTime() - from.getTime() <= DAY,
          };
        }
      }
      return range('7d', 6, 1);
    }
    default:
      return range('7d', 6, 1);
  }
}

/** Every day key of a range, for a continuous chart axis. */
export function daysOf(r: PeriodRange): string[] {
  const out: string[] = [];
  for (let t = r.from.getTime(); t < r.to.getTime(); t += DAY) out.push(beijingDateKey(new Date(t)));
  return out;
}

/** A share as a percentage string with one decimal ("12.5%"); 0 when there is nothing. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '0.0%';
}
