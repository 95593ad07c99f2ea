import { z } from 'zod';
import { validateRule } from '@/lib/domain/alarms/anti-abuse';
import { addFieldErrors, blankOrNumber, checkbox } from './common';

/** The fields an application is created and modified with. */
export const applicationFields = {
  name: z.string().trim().min(1, 'Enter an application name.').max(30, 'At most 30 characters.'),
  overview: z.string().trim().max(200, 'At most 200 characters.').default(''),
};

export const createApplicationInput = z.object({
  ...applicationFields,
  tags: z
    .array(z.string().trim().min(1).max(20, 'A tag has at most 20 characters.'))
    .max(10, 'At most 10 tags.')
    .default([]),
});
export type CreateApplicationInput = z.output<typeof createApplicationInput>;

export const modifyApplicationInput = z.object({ sdkAppId: z.string(), ...applicationFields });
export type ModifyApplicationInput = z.output<typeof modifyApplicationInput>;

export const antiAbuseRuleInput = z
  .object({ enabled: checkbox, minRequests: blankOrNumber, minSuccessPct: blankOrNumber, maxGrowthPct: blankOrNumber })
  .transform((d, ctx) => {
    const rule = {
      minRequests: d.minRequests ?? NaN,
      minSuccessPct: d.minSuccessPct ?? NaN,
      maxGrowthPct: d.maxGrowthPct ?? NaN,
    };
    return addFieldErrors(ctx, validateRule(rule)) ? { enabled: d.enabled, ...rule } : z.NEVER;
  });
export type AntiAbuseRuleInput = z.output<typeof antiAbuseRuleInput>;

/**
 * An alarm contact as the form sends it; the verb checks it with the domain rule (the phone
 * number check needs the full numbering metadata, which stays on the server).
 */
export const alarmContactInput = z.object({
  name: z.string().default(''),
  phone: z.string().default(''),
  email: z.string().default(''),
  events: z.union([z.array(z.string()), z.string().transform((s) => s.split(',').filter(Boolean))]).default([]),
});
export type AlarmContactInput = z.output<typeof alarmContactInput>;

/**
 * A sendable country by its list text ("Japan (JP)") or code (the verb finds it); blank values mean the
 * application's own.
 */
export const appCountryInput = z.object({
  country: z.string().trim().default(''),
  dailyAlarm: blankOrNumber,
  dailyLimit: blankOrNumber,
});
export type AppCountryInput = z.output<typeof appCountryInput>;

/**
 * One section of Basic Configuration (frequency or thresholds): numbers, blank as null. Their
 * ranges depend on the account (identity, international quota), so the verb checks them.
 */
export const appSettingsInput = z.object({
  per30s: blankOrNumber.optional(),
  perHour: blankOrNumber.optional(),
  perDay: blankOrNumber.optional(),
  mainlandAlarm: blankOrNumber.optional(),
  mainlandLimit: blankOrNumber.optional(),
  intlAlarm: blankOrNumber.optional(),
  intlLimit: blankOrNumber.optional(),
});
export type AppSettingsValues = z.output<typeof appSettingsInput>;
