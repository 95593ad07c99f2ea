// Review hours (R-REV-3): Mon–Fri 09:00–21:00, Sat–Sun 09:00–18:00 Beijing time; target 2 hours.
import { beijingDayStart, beijingParts } from '../time';

const HOUR = 3_600_000;
export const REVIEW_TARGET_MS = 2 * HOUR;

/** The review window [start, end) of the Beijing day that starts at `dayStart`. */
function windowOf(dayStart: Date): { start: number; end: number } {
  const weekday = beijingParts(dayStart).weekday;
  const weekend = weekday === 0 || weekday === 6;
  return { start: dayStart.getTime() + 9 * HOUR, end: dayStart.getTime() + (weekend ? 18 : 21) * HOUR };
}

/** When a decision is expected: 2 review-hours after submission. */
export function expectedReviewBy(submittedAt: Date): Date {
  let remaining = REVIEW_TARGET_MS;
  let t = submittedAt.getTime();
  let day = beijingDayStart(submittedAt);
  for (;;) {
    const { start, end } = windowOf(day);
    if (t < start) t = start;
    if (t < end) {
      if (t + remaining <= end) return new Date(t + remaining);
      remaining -= end - t;
    }
    day = new Date(day.getTime() + 24 * HOUR);
    t = day.getTime();
  }
}

/** True when an item submitted at `submittedAt` is past its expected decision time. */
export function isReviewLate(submittedAt: Date, now: Date): boolean {
  return now.getTime() > expectedReviewBy(submittedAt).getTime();
}
