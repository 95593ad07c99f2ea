import { describe, expect, it } from 'vitest';
import { fromBeijing } from '../time';
import { checkFrequency, isMarketingHour, individualFrequencyProblem, DEFAULT_FREQUENCY } from './frequency';

const now = fromBeijing(2026, 3, 10, 12, 0, 0);
const ago = (ms: number) => new Date(now.getTime() - ms);
const msg = (at: Date, contentHash = 'h1', marketing = false) => ({ at, contentHash, marketing });
const base = { now, contentHash: 'h1', marketing: false, rule: {}, allowlisted: false };

describe('R-APP-7 frequency limits', () => {
  it('1023: same content within 30 s', () => {
    const history = [msg(ago(29_000))];
    expect(checkFrequency({ ...base, history, rule: { per30s: 1 } })).toEqual({ ok: false, code: 1023 });
    expect(checkFrequency({ ...base, history, contentHash: 'other', rule: { per30s: 1 } })).toEqual({ ok: true });
    expect(checkFrequency({ ...base, history: [msg(ago(30_000))], rule: { per30s: 1 } })).toEqual({ ok: true });
  });
  it('1024: all messages in the last hour', () => {
    const history = [msg(ago(10 * 60_000), 'a'), msg(ago(59 * 60_000), 'b')];
    expect(checkFrequency({ ...base, history, rule: { perHour: 2 } })).toEqual({ ok: false, code: 1024 });
    expect(checkFrequency({ ...base, history, rule: { perHour: 3 } })).toEqual({ ok: true });
  });
  it('1025: all messages of the natural day in Beijing time', () => {
    const history = [msg(fromBeijing(2026, 3, 10, 0, 0, 1), 'a'), msg(fromBeijing(2026, 3, 10, 11), 'b')];
    expect(checkFrequency({ ...base, history, rule: DEFAULT_FREQUENCY })).toEqual({ ok: false, code: 1025 });
    // Yesterday 23:59 Beijing does not count today.
    const spanning = [msg(fromBeijing(2026, 3, 9, 23, 59), 'a'), msg(fromBeijing(2026, 3, 10, 11), 'b')];
    expect(checkFrequency({ ...base, history: spanning, rule: DEFAULT_FREQUENCY })).toEqual({ ok: true });
  });
  it('1026: the carrier rule, 3 marketing / 10 other, also for allowlisted numbers', () => {
    const marketing = [1, 2, 3].map((h) => msg(fromBeijing(2026, 3, 10, h + 8), `m${h}`, true));
    expect(checkFrequency({ ...base, marketing: true, history: marketing, allowlisted: true })).toEqual({
      ok: false,
      code: 1026,
    });
    expect(checkFrequency({ ...base, marketing: false, history: marketing, allowlisted: true })).toEqual({ ok: true });
    const other = Array.from({ length: 10 }, (_, i) => msg(fromBeijing(2026, 3, 10, 1, i), `o${i}`));
    expect(checkFrequency({ ...base, history: other, allowlisted: true, rule: { perDay: 1 } })).toEqual({
      ok: false,
      code: 1026,
    });
    expect(checkFrequency({ ...base, history: other.slice(1), allowlisted: true, rule: { perDay: 1 } })).toEqual({
      ok: true,
    });
  });
  it('allowlisted numbers skip the application limits', () => {
    const history = [msg(ago(1_000))];
    expect(checkFrequency({ ...base, history, rule: { per30s: 1, perHour: 1, perDay: 1 }, allowlisted: true })).toEqual(
      { ok: true },
    );
  });
  it('ignores history later than now', () => {
    expect(checkFrequency({ ...base, history: [msg(new Date(now.getTime() + 1000))], rule: { per30s: 1 } })).toEqual({
      ok: true,
    });
  });
  it('individual caps: 1/30 s, 5/hour, 10/day', () => {
    expect(individualFrequencyProblem({ per30s: 1, perHour: 5, perDay: 10 })).toBeNull();
    expect(individualFrequencyProblem({ per30s: 2 })).toBe('per30s');
    expect(individualFrequencyProblem({ perHour: 6 })).toBe('perHour');
    expect(individualFrequencyProblem({ perDay: 11 })).toBe('perDay');
  });
});

describe('R-MSG-1 marketing hours 08:00–21:00 Beijing', () => {
  it.each([
    [7, 59, false],
    [8, 0, true],
    [20, 59, true],
    [21, 0, false],
  ])('%i:%i → %s', (h, m, ok) => {
    expect(isMarketingHour(fromBeijing(2026, 3, 10, h, m))).toBe(ok);
  });
});
