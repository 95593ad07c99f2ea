import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorReason } from '../errors';
import { PIPELINE_ORDER } from './pipeline';

describe('R-MSG-1 pipeline order', () => {
  it('lists the checks in the spec order', () => {
    expect(PIPELINE_ORDER.map((p) => p.step)).toEqual([
      'application',
      'account',
      'content',
      'identity',
      'length',
      'variables',
      'number',
      'country',
      'blocked',
      'marketing-hours',
      'frequency',
      'daily-limits',
      'international-quota',
      'balance',
    ]);
  });
  it('every code a step can give has a reason in §10', () => {
    for (const p of PIPELINE_ORDER)
      for (const c of p.codes) expect(ERROR_CODES[c as keyof typeof ERROR_CODES]).toBeTruthy();
    expect(errorReason(1031)).toBe('insufficient package balance');
    expect(errorReason('DELIVRD_FAIL')).toBe('carrier code DELIVRD_FAIL');
    expect(errorReason('MK:0001')).toBe('Number is empty or out of service');
    expect(Object.keys(ERROR_CODES)).toEqual(expect.arrayContaining(['1001', '1004', '1008', '60008']));
  });
});
