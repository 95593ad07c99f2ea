// R-APP-6: sendable countries/regions of an application. Pure rules: entry validation, the
// pipeline decision and the reasons the cloud API maps to its two LimitExceeded codes.
import { fillText } from '@/lib/domain/notices';
import { findCountry } from '../phone/countries';

export interface CountryEntry {
  iso: string;
  dailyAlarm: number | null;
  dailyLimit: number | null;
}

/** At most this many entries per application (every destination fits). */
export const MAX_APP_COUNTRIES = 250;

/** Stored as the failure reason of 1045 so that records and the cloud API can tell the two cases apart. */
export const COUNTRY_NOT_LISTED = 'country/region is not in the application’s sendable list';
export const COUNTRY_DAILY_LIMIT = 'the application’s daily limit for this country/region is reached';

const whole = (v: number | null) => v === null || (Number.isInteger(v) && v >= 1 && v <= 100_000_000);

/**
 * Field errors of one entry: whole numbers of at least 1, the alarm not above the limit, and
 * neither above the application's international daily limit (blank = that limit).
 */
export function validateCountryEntry(
  e: { dailyAlarm: number | null; dailyLimit: number | null },
  appIntlLimit: number | null,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!whole(e.dailyAlarm)) errors.dailyAlarm = 'Enter a whole number of at least 1, or leave it empty.';
  if (!whole(e.dailyLimit)) errors.dailyLimit = 'Enter a whole number of at least 1, or leave it empty.';
  if (errors.dailyAlarm || errors.dailyLimit) return errors;
  if (e.dailyAlarm !== null && e.dailyLimit !== null && e.dailyAlarm > e.dailyLimit)
    errors.dailyAlarm = 'The alarm value cannot be above the limit.';
  if (appIntlLimit !== null) {
    if (e.dailyLimit !== null && e.dailyLimit > appIntlLimit)
      errors.dailyLimit = fillText("At most the application's international daily limit ({appIntlLimit}).", {
        appIntlLimit,
      });
    if (e.dailyAlarm !== null && e.dailyAlarm > appIntlLimit)
      errors.dailyAlarm ??= fillText("At most the application's international daily limit ({appIntlLimit}).", {
        appIntlLimit,
      });
  }
  return errors;
}

/** The effective limit of an entry: its own, else the application's international limit. */
export function entryLimit(e: CountryEntry | undefined, appIntlLimit: number | null): number | null {
  return e?.dailyLimit ?? appIntlLimit;
}

/**
 * The pipeline's decision for an international message: with a non-empty list, only listed
 * countries pass (1045 "not listed"); a listed one stops at its daily limit (1045 "limit").
 */
export function checkCountry(
  list: ReadonlyMap<string, CountryEntry> | null,
  iso: string,
  sentToday: number,
  appIntlLimit: number | null,
): { ok: true } | { ok: false; code: 1045; message: string } {
  if (!list || list.size === 0) return { ok: true };
  const entry = list.get(iso);
  if (!entry) return { ok: false, code: 1045, message: COUNTRY_NOT_LISTED };
  const limit = entryLimit(entry, appIntlLimit);
  if (limit !== null && sentToday >= limit) return { ok: false, code: 1045, message: COUNTRY_DAILY_LIMIT };
  return { ok: true };
}

export interface ImportedCountryRow {
  line: number;
  entry?: CountryEntry;
  error?: string;
}

const cell = (v: string | undefined): number | null => {
  const s = (v ?? '').trim();
  return s === '' ? null : Number(s);
};

/**
 * Rows of the import template (`country_or_region, daily_alarm, daily_limit`; the first row
 * is the header): a country by ISO code or English name, then optional numbers.
 */
export function parseCountryRows(rows: string[][], appIntlLimit: number | null): ImportedCountryRow[] {
  const out: ImportedCountryRow[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const line = i + 1;
    if (i === 0 && /country/i.test(r[0] ?? '')) return;
    if (r.every((c) => !String(c ?? '').trim())) return;
    const country = findCountry(String(r[0] ?? ''));
    if (!country)
      return out.push({
        line,
        error: `"${String(r[0] ?? '').trim()}" is not a country or region code (e.g. HK, US) or English name.`,
      });
    if (seen.has(country.iso)) return out.push({ line, error: `${country.name} is listed twice.` });
    seen.add(country.iso);
    const entry = { iso: country.iso, dailyAlarm: cell(r[1]), dailyLimit: cell(r[2]) };
    const errors = validateCountryEntry(entry, appIntlLimit);
    const first = errors.dailyAlarm ?? errors.dailyLimit;
    out.push(first ? { line, error: `${country.name}: ${first}` } : { line, entry });
  });
  return out;
}

/** Which of the two cloud codes a stored 1045 reason means (null: the legacy "unsupported region"). */
export function countryFailureKind(reason: string | null | undefined): 'not-listed' | 'daily-limit' | null {
  if (reason === COUNTRY_NOT_LISTED) return 'not-listed';
  if (reason === COUNTRY_DAILY_LIMIT) return 'daily-limit';
  return null;
}
