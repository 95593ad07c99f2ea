// R-APP-6: sendable countries/regions — entry rules, the pipeline decision and the import rows.
import { describe, expect, it } from 'vitest';
import {
  checkCountry,
  COUNTRY_DAILY_LIMIT,
  COUNTRY_NOT_LISTED,
  countryFailureKind,
  entryLimit,
  parseCountryRows,
  validateCountryEntry,
  type CountryEntry,
} from './countries';
import { countryByIso, findCountry, INTERNATIONAL_COUNTRIES } from '../phone/countries';

const list = (...entries: CountryEntry[]) => new Map(entries.map((e) => [e.iso, e]));

describe('sendable countries (R-APP-6)', () => {
  it('the destination list has every calling-code region but mainland China, with console names', () => {
    expect(INTERNATIONAL_COUNTRIES.length).toBeGreaterThan(200);
    expect(countryByIso('CN')).toBeUndefined();
    expect(countryByIso('hk')).toMatchObject({ name: 'Hong Kong (China)', dialCode: '852' });
    expect(findCountry('United States')?.iso).toBe('US');
    expect(findCountry('Atlantis')).toBeUndefined();
    // The pickers' label: the bracketed code decides; a bracketed word in a name does not.
    expect(findCountry('Hong Kong (China) (HK)')?.iso).toBe('HK');
    expect(findCountry('Hong Kong (China)')?.iso).toBe('HK');
  });

  it('an entry: whole numbers, alarm not above limit, neither above the application’s international limit', () => {
    expect(validateCountryEntry({ dailyAlarm: null, dailyLimit: null }, null)).toEqual({});
    expect(validateCountryEntry({ dailyAlarm: 0, dailyLimit: 1.5 }, null)).toEqual({
      dailyAlarm: expect.stringContaining('whole number'),
      dailyLimit: expect.stringContaining('whole number'),
    });
    expect(validateCountryEntry({ dailyAlarm: 9, dailyLimit: 5 }, null)).toEqual({
      dailyAlarm: 'The alarm value cannot be above the limit.',
    });
    expect(validateCountryEntry({ dailyAlarm: 200, dailyLimit: 150 }, 100)).toMatchObject({
      dailyLimit: expect.stringContaining('(100)'),
      dailyAlarm: expect.any(String),
    });
    expect(validateCountryEntry({ dailyAlarm: 101, dailyLimit: null }, 100)).toEqual({
      dailyAlarm: expect.stringContaining('(100)'),
    });
    expect(validateCountryEntry({ dailyAlarm: 50, dailyLimit: 100 }, 100)).toEqual({});
  });

  it('an empty list lets everything through; a list only its countries, each to its limit (blank = the application’s)', () => {
    expect(checkCountry(null, 'GB', 99, 1)).toEqual({ ok: true });
    expect(checkCountry(new Map(), 'GB', 99, 1)).toEqual({ ok: true });
    const l = list({ iso: 'HK', dailyAlarm: null, dailyLimit: 2 }, { iso: 'US', dailyAlarm: null, dailyLimit: null });
    expect(checkCountry(l, 'GB', 0, null)).toEqual({ ok: false, code: 1045, message: COUNTRY_NOT_LISTED });
    expect(checkCountry(l, 'HK', 1, null)).toEqual({ ok: true });
    expect(checkCountry(l, 'HK', 2, null)).toEqual({ ok: false, code: 1045, message: COUNTRY_DAILY_LIMIT });
    expect(checkCountry(l, 'US', 1_000_000, null)).toEqual({ ok: true });
    expect(checkCountry(l, 'US', 5, 5)).toMatchObject({ ok: false });
    expect(entryLimit(undefined, 7)).toBe(7);
    expect(countryFailureKind(COUNTRY_NOT_LISTED)).toBe('not-listed');
    expect(countryFailureKind(COUNTRY_DAILY_LIMIT)).toBe('daily-limit');
    expect(countryFailureKind('something else')).toBeNull();
  });

  it('import rows: header skipped, code or English name, duplicates and bad numbers reported by line', () => {
    const rows = [
      ['country_or_region', 'daily_alarm', 'daily_limit'],
      ['HK', '80', '100'],
      ['united states', '', ''],
      ['', '', ''],
      ['Atlantis', '1', '2'],
      ['HK', '', ''],
      ['GB', '9', '5'],
      ['JP', 'x', ''],
    ];
    expect(parseCountryRows(rows, null)).toEqual([
      { line: 2, entry: { iso: 'HK', dailyAlarm: 80, dailyLimit: 100 } },
      { line: 3, entry: { iso: 'US', dailyAlarm: null, dailyLimit: null } },
      { line: 5, error: expect.stringContaining('"Atlantis" is not a country') },
      { line: 6, error: 'Hong Kong (China) is listed twice.' },
      { line: 7, error: 'United Kingdom: The alarm value cannot be above the limit.' },
      { line: 8, error: expect.stringContaining('Japan: Enter a whole number') },
    ]);
    expect(parseCountryRows([['MO', '', '']], null)).toEqual([
      { line: 1, entry: { iso: 'MO', dailyAlarm: null, dailyLimit: null } },
    ]);
    expect(parseCountryRows([[]] as unknown as string[][], null)).toEqual([]);
  });
});
