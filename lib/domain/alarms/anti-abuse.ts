// R-APP-11: captcha anti-abuse monitoring. A verification-code message is one whose template is
// of the verification type or whose content mentions a code; per application and hour, an alarm
// is raised when requests exceed X, the success rate is below Y % and the growth over the same
// hour of the day before is above Z %.

export interface AntiAbuseRule {
  minRequests: number;
  minSuccessPct: number;
  maxGrowthPct: number;
}

export const DEFAULT_ANTI_ABUSE_RULE: AntiAbuseRule = { minRequests: 50, minSuccessPct: 80, maxGrowthPct: 90 };

const CAPTCHA_WORDS = /验证码|captcha|code/i;

/** Whether messages of this template count as verification-code requests. */
export function isCaptchaTemplate(type: string, content: string): boolean {
  return type === 'verification' || CAPTCHA_WORDS.test(content);
}

export interface HourCounts {
  requests: number;
  /** Delivered (receipt success). */
  successes: number;
  /** Requests whose outcome is known: failed before submission, delivered or undelivered. */
  resolved: number;
  /** Requests of the same hour the day before. */
  yesterday: number;
}

export interface HourEvaluation {
  /** Percent of the requests with a known outcome that succeeded; null while none is known. */
  successPct: number | null;
  /**
   * Percent growth over the same hour yesterday; null when yesterday had none (any traffic is then a rise from
   * nothing).
   */
  growthPct: number | null;
  alarm: boolean;
}

/**
 * One hour of one application. Messages still waiting for their receipt do not count against
 * the rate, so an hour can be judged while it runs. Growth from zero (no requests yesterday)
 * is unbounded and counts as above Z.
 */
export function evaluateHour(c: HourCounts, rule: AntiAbuseRule): HourEvaluation {
  const successPct = c.resolved > 0 ? (100 * c.successes) / c.resolved : null;
  const growthPct = c.yesterday > 0 ? (100 * (c.requests - c.yesterday)) / c.yesterday : null;
  const growthAbove = c.yesterday === 0 ? c.requests > 0 : growthPct! > rule.maxGrowthPct;
  const alarm = c.requests > rule.minRequests && successPct !== null && successPct < rule.minSuccessPct && growthAbove;
  return { successPct, growthPct, alarm };
}

/** Field errors of a rule: X a whole number ≥ 1, Y and Z whole percents (Y 1–100, Z ≥ 1). */
export function validateRule(r: AntiAbuseRule): Record<string, string> {
  const errors: Record<string, string> = {};
  const whole = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;
  if (!whole(r.minRequests, 1, 10_000_000)) errors.minRequests = 'Enter a whole number of at least 1.';
  if (!whole(r.minSuccessPct, 1, 100)) errors.minSuccessPct = 'Enter a whole percent from 1 to 100.';
  if (!whole(r.maxGrowthPct, 1, 100_000)) errors.maxGrowthPct = 'Enter a whole percent of at least 1.';
  return errors;
}
