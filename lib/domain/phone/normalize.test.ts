import { describe, expect, it } from 'vitest';
import { normalizePhone, maskPhone } from './normalize';

describe('R-SND-2 mainland numbers', () => {
  it.each([
    "'13812345678",
    '13812345678',
    '+8613812345678',
    '008613812345678',
    '8613812345678',
    '138 1234 5678',
    '138-1234-5678',
    '＋86 13812345678',
  ])('%s', (raw) => {
    expect(normalizePhone(raw, 'mainland')).toEqual({
      ok: true,
      e164: '+8613812345678',
      countryCode: '86',
      isoCountry: 'CN',
    });
  });
  it.each([
    ['12812345678', 1016],
    ['1381234567', 1016],
    ['abc', 1016],
    ['', 1016],
    ['+85261234567', 1034],
    ['0085261234567', 1034],
  ])('%s → %i', (raw, code) => {
    expect(normalizePhone(raw, 'mainland')).toMatchObject({ ok: false, code });
  });
});

describe('international numbers (libphonenumber-js)', () => {
  it.each([
    ['+85261234567', '+85261234567', '852', 'HK'],
    ['0085261234567', '+85261234567', '852', 'HK'],
    ['85261234567', '+85261234567', '852', 'HK'],
    ['+1 650 253 0000', '+16502530000', '1', 'US'],
    ['+44 7400 123456', '+447400123456', '44', 'GB'],
    ['+886912345678', '+886912345678', '886', 'TW'],
  ])('%s', (raw, e164, countryCode, isoCountry) => {
    expect(normalizePhone(raw, 'international')).toEqual({ ok: true, e164, countryCode, isoCountry });
  });
  it.each([
    ['+8613812345678', 1034],
    ['13812345678', 1034],
    ['+852123', 1016],
    ['+999123456789', 1016],
  ])('%s → %i', (raw, code) => {
    expect(normalizePhone(raw, 'international')).toMatchObject({ ok: false, code });
  });
});

describe('R-MSG-5 masking', () => {
  it.each([
    ['+8613812345678', '138****5678'],
    ['+85261234567', '+852****4567'],
    ['+1234567', '12***67'],
  ])('%s → %s', (e164, masked) => expect(maskPhone(e164)).toBe(masked));
});
