// Per-application sending settings (R-APP-4, R-APP-5, R-APP-7, R-APP-8): validation only.
import { fillText } from '@/lib/domain/notices';
import { INDIVIDUAL_FREQUENCY_CAP } from './frequency';

export interface AppSettingsInput {
  per30s: number;
  perHour: number | null;
  perDay: number;
  mainlandAlarm: number | null;
  mainlandLimit: number | null;
  intlAlarm: number | null;
  intlLimit: number | null;
}

/** R-APP-8: at most 300 allowlisted numbers per application, at most 100 per add. */
export const MAX_ALLOWLIST = 300;
export const MAX_ALLOWLIST_ADD = 100;

const positive = (v: number | null) => v === null || (Number.isInteger(v) && v >= 1 && v <= 100_000_000);

/**
 * Field errors of a settings form: whole positive numbers; individual accounts within their caps
 * (1 per 30 s, 5 per hour, 10 per day, R-APP-7); an alarm not above its limit; the international
 * limit not above the account's daily international quota (R-APP-5).
 */
export function validateAppSettings(
  s: AppSettingsInput,
  identity: 'enterprise' | 'individual',
  accountIntlQuota: number,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of Object.keys(s) as (keyof AppSettingsInput)[])
    if (!positive(s[key])) errors[key] = 'Enter a whole number of at least 1, or leave it empty.';
  if (identity === 'individual') {
    if (s.per30s > INDIVIDUAL_FREQUENCY_CAP.per30s)
      errors.per30s ??= fillText('Individual accounts: at most {per30s}.', { per30s: INDIVIDUAL_FREQUENCY_CAP.per30s });
    if (s.perHour === null || s.perHour > INDIVIDUAL_FREQUENCY_CAP.perHour)
      errors.perHour ??= fillText('Individual accounts: at most {perHour}.', {
        perHour: INDIVIDUAL_FREQUENCY_CAP.perHour,
      });
    if (s.perDay > INDIVIDUAL_FREQUENCY_CAP.perDay)
      errors.perDay ??= fillText('Individual accounts: at most {perDay}.', { perDay: INDIVIDUAL_FREQUENCY_CAP.perDay });
  }
  if (s.mainlandAlarm !== null && s.mainlandLimit !== null && s.mainlandAlarm > s.mainlandLimit)
    errors.mainlandAlarm ??= 'The alarm value cannot be above the limit.';
  if (s.intlAlarm !== null && s.intlLimit !== null && s.intlAlarm > s.intlLimit)
    errors.intlAlarm ??= 'The alarm value cannot be above the limit.';
  if (s.intlLimit !== null && s.intlLimit > accountIntlQuota)
    errors.intlLimit ??= fillText("At most the account's daily international quota ({accountIntlQuota}).", {
      accountIntlQuota,
    });
  return errors;
}
