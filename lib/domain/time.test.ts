import { describe, expect, it } from 'vitest';
import { addBeijingMonths, beijingDateKey, beijingDayStart, fromBeijing } from './time';

describe('Beijing time helpers', () => {
  it('the natural day starts at 00:00 Beijing (16:00 UTC the day before)', () => {
    expect(beijingDayStart(new Date('2026-03-09T15:59:59Z')).toISOString()).toBe('2026-03-08T16:00:00.000Z');
    expect(beijingDayStart(new Date('2026-03-09T16:00:00Z')).toISOString()).toBe('2026-03-09T16:00:00.000Z');
    expect(beijingDateKey(new Date('2026-03-09T16:00:00Z'))).toBe('2026-03-10');
  });
  it('adds calendar months with clamping', () => {
    expect(addBeijingMonths(fromBeijing(2026, 1, 31, 8), 1)).toEqual(fromBeijing(2026, 2, 28, 8));
    expect(addBeijingMonths(fromBeijing(2024, 1, 31), 1)).toEqual(fromBeijing(2024, 2, 29));
    expect(addBeijingMonths(fromBeijing(2025, 11, 15), 3)).toEqual(fromBeijing(2026, 2, 15));
  });
});
