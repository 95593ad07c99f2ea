// Beijing time (UTC+8, no daylight saving) is the clock of every natural-day rule.

export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BeijingParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export function beijingParts(d: Date): BeijingParts {
  const s = new Date(d.getTime() + BEIJING_OFFSET_MS);
  return {
    year: s.getUTCFullYear(),
    month: s.getUTCMonth() + 1,
    day: s.getUTCDate(),
    hour: s.getUTCHours(),
    minute: s.getUTCMinutes(),
    weekday: s.getUTCDay(),
  };
}

/** The instant of a Beijing wall-clock time. */
export function fromBeijing(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - BEIJING_OFFSET_MS);
}

/** Start (00:00 Beijing) of the natural day containing `d`. */
export function beijingDayStart(d: Date): Date {
  const shifted = d.getTime() + BEIJING_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - BEIJING_OFFSET_MS);
}

/** Adds calendar months in Beijing time, clamping the day to the target month's end. */
export function addBeijingMonths(d: Date, months: number): Date {
  const s = new Date(d.getTime() + BEIJING_OFFSET_MS);
  const y = s.getUTCFullYear();
  const m = s.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(s.getUTCDate(), lastDay);
  const t = Date.UTC(y, m, day, s.getUTCHours(), s.getUTCMinutes(), s.getUTCSeconds(), s.getUTCMilliseconds());
  return new Date(t - BEIJING_OFFSET_MS);
}

/** `YYYY-MM-DD` of the Beijing natural day of `d`. */
export function beijingDateKey(d: Date): string {
  const p = beijingParts(d);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
