import 'server-only';
import type { ReviewCalendarDayInput } from '@/lib/schemas/review';
import Holidays from 'date-holidays';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reviewCalendarDays } from '@/db/schema';
import type { ReviewCalendar, SpecialDay } from '@/lib/domain/review/hours';
import { AppError } from '../errors';
import type { Ctx } from '../context';

/**
 * The statutory holidays of mainland China that date-holidays knows (元旦, 春节, 清明, 劳动节,
 * 端午, 中秋, 国庆). Its group days (Women's, Youth, Children's, Army Day: half days for some
 * people) are not review holidays. The State Council's yearly schedule adds days and make-up
 * working days the library does not know; admins enter those (Admin → Review Calendar).
 */
const STATUTORY = ['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆'];

const libraryCache = new Map<number, Map<string, string>>();

/** The library's statutory holidays of a year: day → name. */
export function libraryHolidays(year: number): Map<string, string> {
  let days = libraryCache.get(year);
  if (!days) {
    const hd = new Holidays('CN');
    days = new Map(
      hd
        .getHolidays(year)
        .filter((h) => h.type === 'public' && STATUTORY.some((n) => h.name.includes(n)))
        .map((h) => [h.date.slice(0, 10), h.name.split(' ')[0]] as const),
    );
    libraryCache.set(year, days);
  }
  return days;
}

/** The review calendar: the admin's days first, then the library's holidays. */
export function loadReviewCalendar(db: Db): ReviewCalendar {
  const extra = new Map(
    db
      .select({ day: reviewCalendarDays.day, kind: reviewCalendarDays.kind })
      .from(reviewCalendarDays)
      .all()
      .map((d) => [d.day, d.kind] as const),
  );
  return (day: string): SpecialDay | undefined =>
    extra.get(day) ?? (libraryHolidays(Number(day.slice(0, 4))).has(day) ? 'holiday' : undefined);
}

/** Admin → Review Calendar: the admin's days and the library's holidays of this year and the next. */
export function listReviewCalendar(ctx: Ctx) {
  ctx.authorize('ModifyReviewCalendar');
  const year = Number(ctx.now.toISOString().slice(0, 4));
  return {
    extra: ctx.db.select().from(reviewCalendarDays).orderBy(asc(reviewCalendarDays.day)).all(),
    library: [year, year + 1].flatMap((y) => [...libraryHolidays(y)].map(([day, name]) => ({ day, name }))),
  };
}

/** Adds or changes an extra holiday or make-up working day. */
export function saveReviewCalendarDay(ctx: Ctx, d: ReviewCalendarDayInput): void {
  ctx.authorize('ModifyReviewCalendar');
  if (Number.isNaN(new Date(`${d.day}T00:00:00Z`).getTime()))
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', { day: 'Choose a date.' });
  ctx.db
    .insert(reviewCalendarDays)
    .values({ ...d, createdAt: ctx.now })
    .onConflictDoUpdate({ target: reviewCalendarDays.day, set: { kind: d.kind, note: d.note } })
    .run();
}

export function deleteReviewCalendarDay(ctx: Ctx, day: string): void {
  ctx.authorize('ModifyReviewCalendar');
  const res = ctx.db
    .delete(reviewCalendarDays)
    .where(eq(reviewCalendarDays.day, String(day)))
    .run();
  if (res.changes === 0) throw new AppError('NOT_FOUND', 'That day is not in the list.');
}
