// The countries and regions an international message can go to (every calling-code region of
// libphonenumber-js except mainland China), with English names, for pickers and imports.
import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';

export interface CountryInfo {
  iso: string;
  name: string;
  dialCode: string;
}

const names = new Intl.DisplayNames(['en'], { type: 'region' });
/** As the Tencent console writes them. */
const OWN_NAMES: Record<string, string> = { HK: 'Hong Kong (China)', MO: 'Macao (China)', TW: 'Taiwan (China)' };

/** Sorted by name; ISO 3166-1 alpha-2 codes. */
export const INTERNATIONAL_COUNTRIES: readonly CountryInfo[] = getCountries()
  .filter((iso) => iso !== 'CN')
  .map((iso) => ({
    iso,
    name: OWN_NAMES[iso] ?? names.of(iso) ?? iso,
    dialCode: getCountryCallingCode(iso as CountryCode),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

const BY_ISO = new Map(INTERNATIONAL_COUNTRIES.map((c) => [c.iso, c]));

/** The country of an ISO code (case-insensitive), or undefined when it is not a destination. */
export function countryByIso(iso: string): CountryInfo | undefined {
  return BY_ISO.get(iso.trim().toUpperCase());
}

/** A country named by its ISO code or its English name (as written in an import file). */
export function findCountry(text: string): CountryInfo | undefined {
  // The pickers label a country "Japan (JP)": the code in brackets decides.
  const t = (/\(([A-Za-z]{2})\)\s*$/.exec(text)?.[1] ?? text).trim();
  if (t.length === 2) return countryByIso(t);
  const lower = t.toLowerCase();
  return INTERNATIONAL_COUNTRIES.find((c) => c.name.toLowerCase() === lower);
}
