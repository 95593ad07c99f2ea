// R-REV-3: holidays from the library and the admin's days postpone the expected decision time.
import { describe, expect, it } from 'vitest';
import { codeOf, createWorld } from '@/lib/testing/world';
import { expectedReviewBy } from '@/lib/domain/review/hours';
import { fromBeijing } from '@/lib/domain/time';
import { submitTemplate } from '../templates/submit-template';
import { listReviewQueue } from './review-queue';
import {
  deleteReviewCalendarDay,
  libraryHolidays,
  listReviewCalendar,
  loadReviewCalendar,
  saveReviewCalendarDay,
} from './calendar';
import { parseInput } from '@/lib/server/validation';
import { reviewCalendarDayInput } from '@/lib/schemas/review';

describe('review calendar (R-REV-3)', () => {
  it('the library knows the statutory festivals of mainland China, not the group days', () => {
    const days = libraryHolidays(2026);
    expect(days.get('2026-10-01')).toBe('国庆节');
    expect(days.get('2026-02-17')).toBe('春节');
    expect(days.has('2026-03-08')).toBe(false); // Women's Day: a half day for some people only
    expect(days.has('2026-06-01')).toBe(false);
  });

  it('a holiday postpones the queue’s expected time; an admin’s make-up working day and extra holiday count too', () => {
    const submitted = fromBeijing(2026, 9, 30, 20, 30); // the evening before National Day
    const w = createWorld(submitted);
    const admin = w.ctxFor('admin@sms.local');
    submitTemplate(w.ctxFor('owner@demo.local'), {
      fields: {
        region: 'mainland',
        name: 'Holiday',
        type: 'notification',
        content: 'We are closed for the holiday.',
        notes: '',
      },
    });
    const expected = () => listReviewQueue(w.ctxFor('reviewer@sms.local'))[0].expectedBy;
    // Library: 1–3 October; 4 October is a Sunday (window 9–18).
    expect(expected()).toEqual(fromBeijing(2026, 10, 4, 10, 30));
    // The State Council's schedule: 4–7 October off as well (admin), Saturday 10 October worked.
    for (const day of ['2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'])
      saveReviewCalendarDay(admin, parseInput(reviewCalendarDayInput, { day, kind: 'holiday', note: 'National Day' }));
    expect(expected()).toEqual(fromBeijing(2026, 10, 8, 10, 30));
    saveReviewCalendarDay(
      admin,
      parseInput(reviewCalendarDayInput, { day: '2026-10-10', kind: 'workday', note: 'Make-up day' }),
    );
    expect(loadReviewCalendar(w.db)('2026-10-10')).toBe('workday');
    expect(expectedReviewBy(fromBeijing(2026, 10, 10, 18, 30), loadReviewCalendar(w.db))).toEqual(
      fromBeijing(2026, 10, 10, 20, 30),
    );
    // An admin's day wins over the library: 1 October made a working day.
    saveReviewCalendarDay(admin, parseInput(reviewCalendarDayInput, { day: '2026-10-01', kind: 'workday', note: '' }));
    expect(expected()).toEqual(fromBeijing(2026, 10, 1, 10, 30));
    deleteReviewCalendarDay(admin, '2026-10-01');
    expect(expected()).toEqual(fromBeijing(2026, 10, 8, 10, 30));
    expect(listReviewCalendar(admin).extra.map((d) => d.day)).toEqual([
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-10',
    ]);
    expect(codeOf(() => deleteReviewCalendarDay(admin, '2026-10-01'))).toBe('NOT_FOUND');
    expect(
      codeOf(() =>
        saveReviewCalendarDay(admin, parseInput(reviewCalendarDayInput, { day: 'tomorrow', kind: 'holiday' })),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        saveReviewCalendarDay(
          w.ctxFor('reviewer@sms.local'),
          parseInput(reviewCalendarDayInput, { day: '2026-12-24', kind: 'holiday' }),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(() => listReviewCalendar(w.ctxFor('owner@demo.local')))).toBe('FORBIDDEN');
  });
});
