// Review hours (R-REV-3): Mon–Fri 09:00–21:00, Sat–Sun 09:00–18:00 Beijing time; target 2 hours.
// Public holidays have no review hours; a make-up working day (a weekend day worked in exchange
// for a holiday) has the weekday window.
import { beijingDateKey, beijingDayStart, beijingParts } from '../time';

const HOUR = 3_600_000;
export const REVIEW_TARGET_MS = 2 * HOUR;

/** What a Beijing day (`YYYY-MM-DD`) is for the review calendar, when it is not an ordinary day. */
export type SpecialDay = 'holiday' | 'workday';

/** A calendar: the special days; every other day follows its weekday. */
export type ReviewCalendar = (day: string) => SpecialDay | undefined;

export const NO_HOLIDAYS: ReviewCalendar = () => undefined;

/** The review window [start, end) of the Beijing day that starts at `dayStart`, or null on a holiday. */
function windowOf(dayStart: Date, calendar: ReviewCalendar): { start: number; end: number } | null {
  const special = calendar(beijingDateKey(dayStart));
  if (special === 'holiday') return null;
  const weekday = beijingParts(dayStart).weekday;
  const weekend = special !== 'workday' && (weekday === 0 || weekday === 6);
  return { start: dayStart.getTime() + 9 * HOUR, end: dayStart.getTime() + (weekend ? 18 : 21) * HOUR };
}

/** When a decision is expected: 2 review-hours after submission. */
export function expectedReviewBy(submittedAt: Date, calendar: ReviewCalendar = NO_HOLIDAYS): Date {
  let remaining = REVIEW_TARGET_MS;
  let t = submittedAt.getTime();
  let day = beijingDayStart(submittedAt);
  for (let guard = 0; guard < 366; guard++) {
    const w = windowOf(day, calendar);
    if (w) {
      if (t < w.start) t = w.start;
      if (t < w.end) {
        if (t + remaining <= w.end) return new Date(t + remaining);
        remaining -= w.end - t;
      }
    }
    day = new Date(day.getTime() + 24 * HOUR);
    t = day.getTime();
  }
  throw new Error('no review hours within a year: the calendar marks every day as a holiday');
}

/** True when an item submitted at `submittedAt` is past its expected decision time. */
export function isReviewLate(submittedAt: Date, now: Date, calendar: ReviewCalendar = NO_HOLIDAYS): boolean {
  return now.getTime() > expectedReviewBy(submittedAt, calendar).getTime();
}
