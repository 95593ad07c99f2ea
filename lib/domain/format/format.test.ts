import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, formatYuan } from './index';

describe('formats', () => {
  it('shows Beijing time', () => {
    expect(formatDateTime(new Date('2026-01-31T16:05:09Z'))).toBe('2026-02-01 00:05:09');
  });
  it.each([
    [0, '0.00'],
    [470_000_000, '470,000.00'],
    [50, '0.05'],
    [47, '0.047'],
    [-1500, '-1.50'],
    [1_234_567_891, '1,234,567.891'],
  ])('formatYuan(%i) = %s', (li, text) => {
    expect(formatYuan(li)).toBe(text);
  });
  it('formats counts', () => expect(formatCount(1234567)).toBe('1,234,567'));
});
