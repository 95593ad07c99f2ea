import { describe, expect, it } from 'vitest';
import { finishedTaskStatus } from './schedule';
import { fromBeijing } from '../time';
import { detectLayout, checkRow, rowContext } from './rows';
import { canCancelScheduled, zonedTimeToUtc, isTimeZone } from './schedule';
import { simulateDelivery, simulateReply, DEFAULT_SIMULATOR } from './simulator';

describe('R-MSG-2 simulator: deterministic under a seed', () => {
  it('gives the same outcome for the same message and seed', () => {
    for (let id = 1; id < 200; id++)
      expect(simulateDelivery(DEFAULT_SIMULATOR, id, 'CN')).toEqual(simulateDelivery(DEFAULT_SIMULATOR, id, 'CN'));
  });
  it('follows the configured shares roughly, with carrier codes and silent receipts', () => {
    const outcomes = Array.from({ length: 20_000 }, (_, i) => simulateDelivery(DEFAULT_SIMULATOR, i + 1, 'CN'));
    const silent = outcomes.filter((o) => !o.reports).length / outcomes.length;
    const reported = outcomes.filter((o) => o.reports) as Extract<(typeof outcomes)[number], { reports: true }>[];
    const ok = reported.filter((o) => o.ok).length / reported.length;
    expect(silent).toBeGreaterThan(0.01);
    expect(silent).toBeLessThan(0.03);
    expect(ok).toBeGreaterThan(0.94);
    expect(ok).toBeLessThan(0.98);
    for (const o of reported) {
      expect(o.delayMs).toBeGreaterThanOrEqual(DEFAULT_SIMULATOR.minDelayMs);
      expect(o.delayMs).toBeLessThanOrEqual(DEFAULT_SIMULATOR.maxDelayMs);
      if (!o.ok) expect(o.code).toMatch(/^[A-Z:0-9]+$/);
    }
  });
  it('uses the default rate for unlisted countries, and the fallback without one', () => {
    const none = { ...DEFAULT_SIMULATOR, successRate: {}, silentRate: 0 };
    const r = Array.from({ length: 2000 }, (_, i) => simulateDelivery(none, i, 'ZZ')).filter(
      (o) => o.reports && o.ok,
    ).length;
    expect(r / 2000).toBeGreaterThan(0.85);
    expect(r / 2000).toBeLessThan(0.95);
  });
  it('produces occasional replies', () => {
    const replies = Array.from({ length: 10_000 }, (_, i) => simulateReply(DEFAULT_SIMULATOR, i)).filter(Boolean);
    expect(replies.length).toBeGreaterThan(50);
    expect(simulateReply(DEFAULT_SIMULATOR, 1, 1)).toEqual(expect.any(String));
  });
});

describe('R-SND-4 finished tasks', () => {
  it.each([
    [{ submitted: 3, failed: 0 }, 'sent'],
    [{ submitted: 1, failed: 9 }, 'sent'],
    [{ submitted: 0, failed: 4 }, 'failed'],
    [{ submitted: 0, failed: 0 }, 'sent'],
  ] as const)('%j → %s', (counts, status) => expect(finishedTaskStatus(counts)).toBe(status));
});

describe('R-SND-4 scheduling', () => {
  it('cancel up to 5 minutes before', () => {
    const at = fromBeijing(2026, 3, 10, 12);
    expect(canCancelScheduled(at, fromBeijing(2026, 3, 10, 11, 55))).toBe(true);
    expect(canCancelScheduled(at, fromBeijing(2026, 3, 10, 11, 55, 1))).toBe(false);
  });
  it('converts wall-clock time in a time zone, including daylight saving', () => {
    expect(zonedTimeToUtc('2026-03-10', '12:00', 'Asia/Shanghai')).toEqual(fromBeijing(2026, 3, 10, 12));
    expect(zonedTimeToUtc('2026-07-01', '09:00', 'America/New_York')!.toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(zonedTimeToUtc('2026-01-01', '09:00', 'America/New_York')!.toISOString()).toBe('2026-01-01T14:00:00.000Z');
    expect(zonedTimeToUtc('2026-02-30', '09:00', 'UTC')).toBeNull();
    expect(zonedTimeToUtc('2026-02-01', '24:00', 'UTC')).toBeNull();
    expect(zonedTimeToUtc('2026-02-01', '9am', 'UTC')).toBeNull();
    expect(zonedTimeToUtc('2026-02-01', '09:00', 'Mars/Base')).toBeNull();
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
  });
});

describe('R-SND-1/2 recipient rows', () => {
  const mainland = rowContext({
    region: 'mainland',
    content: 'Order {1} via {2}',
    signature: '腾讯云',
    identity: 'enterprise',
  });
  it('detects a header, the phone column and variables by name or position', () => {
    expect(detectLayout(['phone', 'variable1', 'variable2'], mainland.needs)).toEqual({
      ok: true,
      layout: { hasHeader: true, phoneIndex: 0, numbered: [1, 2], named: {} },
    });
    expect(detectLayout(['variable2', '手机号码', 'variable1'], mainland.needs)).toEqual({
      ok: true,
      layout: { hasHeader: true, phoneIndex: 1, numbered: [2, 0], named: {} },
    });
    expect(detectLayout(['name', 'mobile', 'x'], mainland.needs)).toEqual({
      ok: true,
      layout: { hasHeader: true, phoneIndex: 1, numbered: [0, 2], named: {} },
    });
    expect(detectLayout(['13812345678', 'A', 'B'], mainland.needs)).toEqual({
      ok: true,
      layout: { hasHeader: false, phoneIndex: 0, numbered: [1, 2], named: {} },
    });
    expect(detectLayout(['name', 'city'], mainland.needs)).toEqual({
      ok: false,
      message: expect.stringContaining('No phone column'),
    });
    const named = rowContext({ region: 'international', content: 'Hi ${name}', identity: 'enterprise' });
    expect(detectLayout(['+85261234567', 'Ann'], named.needs)).toMatchObject({ ok: false });
    expect(detectLayout(['phone', 'Name'], named.needs)).toEqual({
      ok: true,
      layout: { hasHeader: true, phoneIndex: 0, numbered: [], named: { name: 1 } },
    });
    expect(detectLayout(['phone', 'city'], named.needs)).toEqual({
      ok: false,
      message: expect.stringContaining('"name"'),
    });
  });
  it('checks a row: number, variables, length; gives the billed count', () => {
    const layout = { hasHeader: true, phoneIndex: 0, numbered: [1, 2], named: {} };
    expect(checkRow(['13812345678', 'A-1', 'SF'], layout, mainland)).toEqual({
      ok: true,
      isoCountry: 'CN',
      key: 8613812345678,
      vars: '["A-1","SF"]',
      billable: 1,
    });
    expect(checkRow(['', 'A', 'B'], layout, mainland)).toEqual({ ok: false, reason: 'The phone number is empty.' });
    expect(checkRow(['13812345678', '', 'B'], layout, mainland)).toEqual({
      ok: false,
      reason: 'Variable {1} is empty.',
    });
    expect(checkRow(['13812345678', 'x'.repeat(500), 'B'], layout, mainland)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('(1017)'),
    });
    expect(checkRow(['13812345678', 'http://a.cn', 'B'], layout, mainland)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('(1048)'),
    });
    const plain = rowContext({ region: 'mainland', content: 'Hello', signature: '腾讯云', identity: 'enterprise' });
    expect(
      checkRow(['13812345678'], { hasHeader: false, phoneIndex: 0, numbered: [], named: {} }, plain),
    ).toMatchObject({ ok: true, vars: null, billable: 1 });
    const named = rowContext({ region: 'international', content: 'Hi ${name}, code {1}', identity: 'enterprise' });
    const nl = { hasHeader: true, phoneIndex: 0, numbered: [2], named: { name: 1 } };
    expect(checkRow(['+85261234567', 'Ann', '77'], nl, named)).toMatchObject({
      ok: true,
      vars: '{"1":"77","name":"Ann"}',
      isoCountry: 'HK',
    });
    expect(checkRow(['+85261234567', '', '77'], nl, named)).toEqual({
      ok: false,
      reason: 'Variable ${name} is empty.',
    });
    expect(checkRow(['+85261234567', 'see https://x.example', '77'], nl, named)).toEqual({
      ok: false,
      reason: 'Variable ${name} may not contain a link (1048)',
    });
  });
});
