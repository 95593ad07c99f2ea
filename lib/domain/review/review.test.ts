import { describe, expect, it } from 'vitest';
import { fromBeijing, beijingParts } from '../time';
import { expectedReviewBy, isReviewLate } from './hours';
import { canTransition, approvedStatus, REVIEW_KINDS } from './state';

describe('R-REV-3 expected decision time', () => {
  it.each([
    // [submitted (Beijing), expected (Beijing)] — 2026-03-09 is a Monday
    [
      [2026, 3, 9, 10, 0],
      [2026, 3, 9, 12, 0],
    ], // inside hours
    [
      [2026, 3, 9, 7, 30],
      [2026, 3, 9, 11, 0],
    ], // before opening
    [
      [2026, 3, 9, 20, 0],
      [2026, 3, 10, 10, 0],
    ], // 1 h today, 1 h tomorrow
    [
      [2026, 3, 9, 22, 0],
      [2026, 3, 10, 11, 0],
    ], // after closing
    [
      [2026, 3, 13, 20, 30],
      [2026, 3, 14, 10, 30],
    ], // Friday evening → Saturday
    [
      [2026, 3, 14, 17, 0],
      [2026, 3, 15, 10, 0],
    ], // Saturday closes at 18:00
    [
      [2026, 3, 15, 19, 0],
      [2026, 3, 16, 11, 0],
    ], // Sunday after closing → Monday
    [
      [2026, 3, 15, 16, 0],
      [2026, 3, 15, 18, 0],
    ], // Sunday exactly at closing
  ])('%j → %j', (s, e) => {
    const [y, mo, d, h, mi] = s;
    const [y2, mo2, d2, h2, mi2] = e;
    expect(expectedReviewBy(fromBeijing(y, mo, d, h, mi))).toEqual(fromBeijing(y2, mo2, d2, h2, mi2));
  });
  it('late once past the expected time', () => {
    const sub = fromBeijing(2026, 3, 9, 10, 0);
    expect(isReviewLate(sub, fromBeijing(2026, 3, 9, 12, 0))).toBe(false);
    expect(isReviewLate(sub, fromBeijing(2026, 3, 9, 12, 1))).toBe(true);
  });
  it('public holidays postpone it; a make-up working day has the weekday window (R-REV-3)', () => {
    // 2026-10-01..07 National Day; Sunday 2026-09-27 and Saturday 2026-10-10 are worked.
    const calendar = (day: string) =>
      day >= '2026-10-01' && day <= '2026-10-07'
        ? 'holiday'
        : day === '2026-09-27' || day === '2026-10-10'
          ? 'workday'
          : undefined;
    // Wednesday 30 Sept, 20:30: half an hour that day, then the holiday week, then Thursday 8 Oct 09:00 + 1.5 h.
    expect(expectedReviewBy(fromBeijing(2026, 9, 30, 20, 30), calendar)).toEqual(fromBeijing(2026, 10, 8, 10, 30));
    // Submitted during the holiday: the first working day's 09:00 + 2 h.
    expect(expectedReviewBy(fromBeijing(2026, 10, 3, 12, 0), calendar)).toEqual(fromBeijing(2026, 10, 8, 11, 0));
    // Sunday 27 Sept is worked: open until 21:00, not 18:00.
    expect(expectedReviewBy(fromBeijing(2026, 9, 27, 18, 30), calendar)).toEqual(fromBeijing(2026, 9, 27, 20, 30));
    expect(isReviewLate(fromBeijing(2026, 10, 3, 12, 0), fromBeijing(2026, 10, 8, 10, 0), calendar)).toBe(false);
    // A calendar with no working day at all is a configuration error, not an endless loop.
    expect(() => expectedReviewBy(fromBeijing(2026, 1, 1), () => 'holiday')).toThrow(/no review hours/);
  });
  it('knows the weekday in Beijing', () => {
    expect(beijingParts(fromBeijing(2026, 3, 9)).weekday).toBe(1);
  });
});

describe('review state machines', () => {
  it.each([
    ['signature', 'pending', 'approved_pending_effect', true],
    ['signature', 'approved_pending_effect', 'effective', true],
    ['signature', 'rejected', 'pending', true],
    ['signature', 'effective', 'pending', false], // R-SIG-4: modify only pending or rejected
    ['signature', 'pending', 'effective', false],
    ['template', 'pending', 'effective', true],
    ['template', 'effective', 'pending', false], // R-TPL-5
    ['template', 'rejected', 'effective', false],
    ['qualification', 'approved', 'pending', true], // R-QUA-3: edits go back to review
    ['qualification', 'rejected', 'approved', false],
    ['unsubscribe_removal', 'pending', 'approved', true],
    ['unsubscribe_removal', 'approved', 'pending', false],
  ] as const)('%s: %s → %s is %s', (kind, from, to, ok) => {
    expect(canTransition(kind, from, to)).toBe(ok);
  });
  it('approval lands in the first approved state of each kind', () => {
    expect(REVIEW_KINDS.map(approvedStatus)).toEqual(['approved', 'approved_pending_effect', 'effective', 'approved']);
    for (const kind of REVIEW_KINDS) expect(canTransition(kind, 'pending', approvedStatus(kind))).toBe(true);
  });
});
