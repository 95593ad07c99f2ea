// Frequency limits per number (R-APP-7) and marketing hours (R-MSG-1).
import { beijingDayStart, beijingParts } from '../time';

export interface FrequencyRule {
  per30s?: number;
  perHour?: number;
  perDay?: number;
}

/** R-APP-7 defaults for new applications: 1 per 30 s, 2 per natural day, no hourly cap. */
export const DEFAULT_FREQUENCY: Required<Pick<FrequencyRule, 'per30s' | 'perDay'>> = { per30s: 1, perDay: 2 };
/** R-APP-7: the most an individual account may set. */
export const INDIVIDUAL_FREQUENCY_CAP = { per30s: 1, perHour: 5, perDay: 10 } as const;
/** The carrier rule on top of any setting: per number and natural day. */
export const CARRIER_DAILY = { marketing: 3, other: 10 } as const;

export type FrequencyResult = { ok: true } | { ok: false; code: 1023 | 1024 | 1025 | 1026 };

/**
 * Checks one message against the number's earlier submitted messages. Allowlisted numbers
 * skip the application's limits but not the carrier rule.
 */
export function checkFrequency(input: {
  now: Date;
  history: ReadonlyArray<{ at: Date; contentHash: string; marketing: boolean }>;
  contentHash: string;
  marketing: boolean;
  rule: FrequencyRule;
  allowlisted: boolean;
}): FrequencyResult {
  const now = input.now.getTime();
  const dayStart = beijingDayStart(input.now).getTime();
  const past = input.history.filter((h) => h.at.getTime() <= now);
  const today = past.filter((h) => h.at.getTime() >= dayStart);
  if (!input.allowlisted) {
    const { per30s, perHour, perDay } = input.rule;
    if (per30s !== undefined) {
      const n = past.filter((h) => h.contentHash === input.contentHash && h.at.getTime() > now - 30_000).length;
      if (n >= per30s) return { ok: false, code: 1023 };
    }
    if (perHour !== undefined && past.filter((h) => h.at.getTime() > now - 3_600_000).length >= perHour) {
      return { ok: false, code: 1024 };
    }
    if (perDay !== undefined && today.length >= perDay) return { ok: false, code: 1025 };
  }
  const sameKind = today.filter((h) => h.marketing === input.marketing).length;
  if (sameKind >= (input.marketing ? CARRIER_DAILY.marketing : CARRIER_DAILY.other)) return { ok: false, code: 1026 };
  return { ok: true };
}

/** Marketing SMS may be sent 08:00–21:00 Beijing time only. */
export function isMarketingHour(now: Date): boolean {
  const { hour } = beijingParts(now);
  return hour >= 8 && hour < 21;
}

/** R-APP-7: a frequency setting an individual account may not exceed; returns the offending field. */
export function individualFrequencyProblem(rule: FrequencyRule): keyof FrequencyRule | null {
  for (const key of ['per30s', 'perHour', 'perDay'] as const) {
    const value = rule[key];
    if (value !== undefined && value > INDIVIDUAL_FREQUENCY_CAP[key]) return key;
  }
  return null;
}
