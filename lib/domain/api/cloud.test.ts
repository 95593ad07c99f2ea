import { describe, expect, it } from 'vitest';
import { beijingDateTime, cloudQualificationStatus, cloudStatusCode, parseCloudHour, RateLimiter } from './cloud';
import { looksMainland, normalizeAnyPhone, splitE164 } from '../phone/normalize';

describe('cloud API helpers', () => {
  it('parses yyyymmddhh as a Beijing hour and refuses malformed or impossible ones', () => {
    expect(parseCloudHour('2026112210')?.toISOString()).toBe('2026-11-22T02:00:00.000Z');
    for (const bad of ['20261122', '2026112224', '2026130110', '2026023110', '2026000110', 'abcdefghij'])
      expect(parseCloudHour(bad)).toBeNull();
  });

  it('maps review statuses onto the cloud StatusCode', () => {
    expect(['effective', 'pending', 'approved_pending_effect', 'approved', 'rejected'].map(cloudStatusCode)).toEqual([
      0, 1, 2, 2, -1,
    ]);
    expect(['pending', 'approved', 'rejected'].map(cloudQualificationStatus)).toEqual([0, 1, 2]);
  });

  it('writes the callback time in Beijing time', () => {
    expect(beijingDateTime(new Date('2026-11-22T00:03:04Z'))).toBe('2026-11-22 08:03:04');
  });

  it('limits each key to N requests a second and refills over time', () => {
    const rl = new RateLimiter(3);
    expect([1, 2, 3, 4].map(() => rl.take('a', 1000))).toEqual([true, true, true, false]);
    expect(rl.take('b', 1000)).toBe(true); // another key has its own bucket
    expect(rl.take('a', 1300)).toBe(false); // 0.9 of a token refilled
    expect(rl.take('a', 1400)).toBe(true);
    expect(rl.take('a', 9000)).toBe(true);
    // has() looks without taking
    expect(rl.has('never-seen', 9000)).toBe(true);
    expect([rl.take('c', 0), rl.take('c', 0), rl.take('c', 0)]).toEqual([true, true, true]);
    expect(rl.has('c', 0)).toBe(false);
    expect(rl.has('c', 400)).toBe(true);
    expect(rl.take('c', 400)).toBe(true);
  });

  it('splits stored numbers and recognises mainland writing', () => {
    expect(splitE164('+8613812345678')).toEqual({ countryCode: '86', national: '13812345678' });
    expect(splitE164('+14155550123')).toEqual({ countryCode: '1', national: '4155550123' });
    expect(splitE164('garbage')).toEqual({ countryCode: '', national: 'garbage' });
    expect(
      ['13812345678', '+86 138 1234 5678', '008613812345678', '8613812345678', '+86123'].every(looksMainland),
    ).toBe(true);
    expect(['+14155550123', '+85261234567', ''].some(looksMainland)).toBe(false);
    expect(normalizeAnyPhone('138 1234 5678')).toMatchObject({ ok: true, e164: '+8613812345678' });
    expect(normalizeAnyPhone('+85261234567')).toMatchObject({ ok: true, isoCountry: 'HK' });
    expect(normalizeAnyPhone('+86123')).toMatchObject({ ok: false, code: 1016 });
  });
});
