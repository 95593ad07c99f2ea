import { describe, expect, it } from 'vitest';
import { validateAppSettings, type AppSettingsInput } from './app-settings';

const base: AppSettingsInput = {
  per30s: 1,
  perHour: null,
  perDay: 2,
  mainlandAlarm: null,
  mainlandLimit: null,
  intlAlarm: null,
  intlLimit: null,
};

describe('application settings (R-APP-4, R-APP-5, R-APP-7)', () => {
  it('accepts the defaults and generous enterprise settings', () => {
    expect(validateAppSettings(base, 'enterprise', 100)).toEqual({});
    expect(
      validateAppSettings(
        {
          ...base,
          per30s: 3,
          perHour: 20,
          perDay: 50,
          mainlandAlarm: 800,
          mainlandLimit: 1000,
          intlAlarm: 50,
          intlLimit: 100,
        },
        'enterprise',
        100,
      ),
    ).toEqual({});
  });

  it('caps individual accounts at 1 per 30 s, 5 per hour and 10 per day', () => {
    expect(validateAppSettings({ ...base, per30s: 2, perHour: 6, perDay: 11 }, 'individual', 100)).toEqual({
      per30s: 'Individual accounts: at most 1.',
      perHour: 'Individual accounts: at most 5.',
      perDay: 'Individual accounts: at most 10.',
    });
    expect(validateAppSettings({ ...base, perHour: 5 }, 'individual', 100)).toEqual({});
    expect(validateAppSettings(base, 'individual', 100)).toEqual({ perHour: 'Individual accounts: at most 5.' });
  });

  it('refuses non-positive numbers, alarms above limits and an international limit above the account quota', () => {
    expect(validateAppSettings({ ...base, per30s: 0, perDay: 1.5 }, 'enterprise', 100)).toEqual({
      per30s: 'Enter a whole number of at least 1, or leave it empty.',
      perDay: 'Enter a whole number of at least 1, or leave it empty.',
    });
    expect(
      validateAppSettings(
        { ...base, mainlandAlarm: 10, mainlandLimit: 5, intlAlarm: 9, intlLimit: 8 },
        'enterprise',
        100,
      ),
    ).toEqual({
      mainlandAlarm: 'The alarm value cannot be above the limit.',
      intlAlarm: 'The alarm value cannot be above the limit.',
    });
    expect(validateAppSettings({ ...base, intlLimit: 101 }, 'enterprise', 100)).toEqual({
      intlLimit: "At most the account's daily international quota (100).",
    });
  });
});
