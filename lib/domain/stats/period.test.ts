import { describe, expect, it } from 'vitest';
import { measureMessage } from '../billing/measure';
import { compileTemplate, fillTemplate, measureFilled, valueProblem } from '../sms/compiled-template';
import { fromBeijing } from '../time';
import { resolvePeriod, daysOf, percent } from './period';

const now = fromBeijing(2026, 3, 10, 15, 30);

describe('statistics periods (Beijing days)', () => {
  it.each([
    ['today', '2026-03-10', '2026-03-10', true],
    ['yesterday', '2026-03-09', '2026-03-09', true],
    ['7d', '2026-03-04', '2026-03-10', false],
    ['30d', '2026-02-09', '2026-03-10', false],
    [undefined, '2026-03-04', '2026-03-10', false],
  ])('%s → %s..%s', (p, from, to, hourly) => {
    const r = resolvePeriod(p, now);
    expect([r.fromDay, r.toDay, r.hourly]).toEqual([from, to, hourly]);
  });
  it('custom ranges within 62 days; bad ones fall back to 7 days', () => {
    expect(resolvePeriod('custom', now, { from: '2026-03-01', to: '2026-03-02' })).toMatchObject({
      period: 'custom',
      fromDay: '2026-03-01',
      toDay: '2026-03-02',
      hourly: false,
    });
    expect(resolvePeriod('custom', now, { from: '2026-03-05', to: '2026-03-05' }).hourly).toBe(true);
    expect(resolvePeriod('custom', now, { from: '2026-03-05', to: '2026-03-01' }).period).toBe('7d');
    expect(resolvePeriod('custom', now, { from: '2025-01-01', to: '2026-03-01' }).period).toBe('7d');
    expect(resolvePeriod('custom', now, { from: 'x', to: '2026-03-01' }).period).toBe('7d');
  });
  it('lists the days and formats shares', () => {
    expect(daysOf(resolvePeriod('7d', now))).toHaveLength(7);
    expect(percent(1, 8)).toBe('12.5%');
    expect(percent(0, 0)).toBe('0.0%');
  });
});

describe('compiled templates measure like measureMessage', () => {
  it.each([
    ['Order {1} via {2}.', ['A-1', 'SF'], null],
    ['Hi ${name}, code {1}', ['77'], { name: 'Ann' }],
    ['No variables at all', [], null],
  ])('%s', (content, numbered, named) => {
    const t = compileTemplate(content);
    const get = (k: string) =>
      (named && k in named ? (named as Record<string, string>)[k] : numbered[Number(k) - 1]) ?? '';
    const text = fillTemplate(t, get);
    for (const region of ['mainland', 'international'] as const) {
      const expected = measureMessage({ body: text, signature: '腾讯云', region });
      expect(measureFilled(t, numbered, named, '腾讯云', region)).toMatchObject({
        length: expected.length,
        billable: expected.billable,
        tooLong: expected.tooLong,
      });
    }
    expect(measureFilled(t, numbered, named, undefined, 'mainland').length).toBe(text.length);
  });
  it('flags links and over-long values of individuals', () => {
    expect(valueProblem('shop.com', 'enterprise')).toEqual({ code: 1048 });
    expect(valueProblem('1.5', 'enterprise')).toBeNull();
    expect(valueProblem('1234567890123', 'individual')).toEqual({ code: 1036 });
    expect(valueProblem('1234567890123', 'enterprise')).toBeNull();
  });
});
