// R-APP-11: the captcha anti-abuse rule, hour by hour.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANTI_ABUSE_RULE as RULE, evaluateHour, isCaptchaTemplate, validateRule } from './anti-abuse';

describe('captcha anti-abuse monitoring (R-APP-11)', () => {
  it('a verification-code message: verification template, or content with 验证码 / captcha / code', () => {
    expect(isCaptchaTemplate('verification', 'Welcome')).toBe(true);
    expect(isCaptchaTemplate('notification', '您的验证码是{1}')).toBe(true);
    expect(isCaptchaTemplate('notification', 'Your CAPTCHA is {1}')).toBe(true);
    expect(isCaptchaTemplate('notification', 'Your login code is {1}')).toBe(true);
    expect(isCaptchaTemplate('notification', 'Your parcel has arrived')).toBe(false);
  });

  it('alarm when requests > X, success rate < Y and growth > Z, each condition needed', () => {
    // 60 requests, 30 of 60 resolved succeeded (50 %), yesterday 20 → growth 200 %.
    expect(evaluateHour({ requests: 60, successes: 30, resolved: 60, yesterday: 20 }, RULE)).toEqual({
      successPct: 50,
      growthPct: 200,
      alarm: true,
    });
    // Exactly X is not more than X.
    expect(evaluateHour({ requests: 50, successes: 10, resolved: 50, yesterday: 10 }, RULE).alarm).toBe(false);
    // Success rate at Y is not below Y.
    expect(evaluateHour({ requests: 100, successes: 80, resolved: 100, yesterday: 10 }, RULE).alarm).toBe(false);
    // Growth at Z is not above Z: 19 → 36.1 is 90 % … 38 is 100 %.
    expect(evaluateHour({ requests: 57, successes: 0, resolved: 57, yesterday: 30 }, RULE)).toMatchObject({
      growthPct: 90,
      alarm: false,
    });
    expect(evaluateHour({ requests: 58, successes: 0, resolved: 58, yesterday: 30 }, RULE).alarm).toBe(true);
  });

  it('growth from nothing counts as above Z; no known outcome yet means no judgement', () => {
    expect(evaluateHour({ requests: 51, successes: 0, resolved: 51, yesterday: 0 }, RULE)).toEqual({
      successPct: 0,
      growthPct: null,
      alarm: true,
    });
    expect(evaluateHour({ requests: 51, successes: 0, resolved: 0, yesterday: 0 }, RULE)).toEqual({
      successPct: null,
      growthPct: null,
      alarm: false,
    });
    expect(evaluateHour({ requests: 0, successes: 0, resolved: 0, yesterday: 0 }, RULE).alarm).toBe(false);
  });

  it('rule values are whole numbers and percents', () => {
    expect(validateRule(RULE)).toEqual({});
    expect(validateRule({ minRequests: 0, minSuccessPct: 101, maxGrowthPct: 0.5 })).toEqual({
      minRequests: expect.any(String),
      minSuccessPct: expect.any(String),
      maxGrowthPct: expect.any(String),
    });
  });
});
