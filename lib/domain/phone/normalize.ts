// Phone numbers (R-SND-2): a fast path for mainland numbers, libphonenumber-js (max metadata)
// for everything else.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type NormalizedPhone =
  | { ok: true; e164: string; countryCode: string; isoCountry: string }
  | { ok: false; code: 1016 | 1034; message: string };

const MAINLAND = /^1[3-9]\d{9}$/;
const SEPARATORS = /[\s\-().\u00a0\u3000]/g;

function mainland(national: string): NormalizedPhone {
  return { ok: true, e164: `+86${national}`, countryCode: '86', isoCountry: 'CN' };
}

/** The bare digits of a mainland number after stripping separators, +86, 0086 and 86. */
function mainlandDigits(compact: string): string | null {
  const m = /^(?:\+86|0086|86)?(1\d{10})$/.exec(compact);
  return m ? m[1] : null;
}

/**
 * Normalises a number for a region. Mainland: separators, `+86` and `0086` stripped, then
 * `1[3-9]` + 9 digits. International: a country code is required (`+CC…`, `00CC…` or the
 * digits with their country code) and the number must be valid for its country; a mainland
 * number here, or a foreign one in a mainland list, is 1034.
 */
export function normalizePhone(raw: string, region: 'mainland' | 'international'): NormalizedPhone {
  // A leading apostrophe is how spreadsheets (and our own exports) keep a number as text.
  const compact = String(raw ?? '')
    .replace(SEPARATORS, '')
    .replace(/^'/, '')
    .replace(/^＋/, '+');
  if (compact.length === 0) return { ok: false, code: 1016, message: 'The phone number is empty.' };
  if (!/^\+?\d+$/.test(compact))
    return { ok: false, code: 1016, message: 'A phone number has digits only (and a leading +).' };

  if (region === 'mainland') {
    const digits = mainlandDigits(compact);
    if (digits && MAINLAND.test(digits)) return mainland(digits);
    if (/^(\+|00)/.test(compact) && !/^(\+86|0086)/.test(compact)) {
      return { ok: false, code: 1034, message: 'This is not a mainland China number; use an international list.' };
    }
    return { ok: false, code: 1016, message: 'Not a valid mainland China mobile number.' };
  }

  const international = compact.startsWith('+')
    ? compact
    : compact.startsWith('00')
      ? `+${compact.slice(2)}`
      : `+${compact}`;
  if (/^\+86/.test(international) || (!/^(\+|00)/.test(compact) && MAINLAND.test(compact))) {
    return { ok: false, code: 1034, message: 'Mainland China numbers go in a mainland list.' };
  }
  const parsed = parsePhoneNumberFromString(international);
  if (!parsed || !parsed.isValid() || !parsed.country) {
    return { ok: false, code: 1016, message: 'Not a valid number with its country code (e.g. +85261234567).' };
  }
  return { ok: true, e164: parsed.number, countryCode: parsed.countryCallingCode, isoCountry: parsed.country };
}

/** `138****5678`: the first 3 and last 4 national digits (R-MSG-5). */
export function maskPhone(e164: string): string {
  const national = e164.startsWith('+86') ? e164.slice(3) : e164.replace(/^\+/, '');
  if (national.length <= 7)
    return `${national.slice(0, 2)}${'*'.repeat(Math.max(0, national.length - 4))}${national.slice(-2)}`;
  const prefix = e164.startsWith('+86') ? '' : '+';
  return `${prefix}${national.slice(0, 3)}****${national.slice(-4)}`;
}

/**
 * Whether a raw number is meant for mainland China: a mainland mobile (bare, 86-prefixed) or anything after +86
 * / 0086.
 */
export function looksMainland(raw: string): boolean {
  const compact = String(raw ?? '').replace(SEPARATORS, '');
  return /^(\+86|0086)/.test(compact) || mainlandDigits(compact) !== null;
}

/**
 * Normalises a number of either kind: the mainland rules when it is written as a mainland number, else
 * international.
 */
export function normalizeAnyPhone(raw: string): NormalizedPhone {
  return normalizePhone(raw, looksMainland(raw) ? 'mainland' : 'international');
}

/** Country calling code and national number of a stored E.164 number (`+8613…` → 86, 13…). */
export function splitE164(e164: string): { countryCode: string; national: string } {
  if (e164.startsWith('+86')) return { countryCode: '86', national: e164.slice(3) };
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return { countryCode: '', national: e164.replace(/^\+/, '') };
  return { countryCode: parsed.countryCallingCode, national: parsed.nationalNumber };
}
