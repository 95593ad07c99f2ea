import { describe, expect, it } from 'vitest';
import { lintSignature, lintTemplate, variableLabels } from './lint';

describe('pre-submission linter', () => {
  const t = { type: 'notification' as const, region: 'mainland' as const, identity: 'enterprise' as const };
  it('turns hard rules into errors', () => {
    expect(lintTemplate({ ...t, content: '{1}{2}' })).toEqual([
      expect.objectContaining({ rule: 'R-TPL-3', severity: 'error' }),
    ]);
    expect(lintTemplate({ ...t, type: 'marketing', content: 'Big sale' })).toEqual([
      expect.objectContaining({ rule: 'R-TPL-4', severity: 'error' }),
    ]);
    expect(lintTemplate({ ...t, content: 'Order {1} shipped' })).toEqual([]);
  });
  it('warns about links built from variables', () => {
    expect(lintTemplate({ ...t, content: 'Track at https://x.cn/{1}' }).map((f) => [f.rule, f.severity])).toEqual([
      ['R-TPL-6', 'warning'],
    ]);
    expect(lintTemplate({ ...t, content: 'Visit {1}.com now' }).map((f) => f.rule)).toEqual(['R-TPL-6']);
  });
  it('warns when the message with its signature would pass 500 characters', () => {
    const findings = lintTemplate({ ...t, content: '好'.repeat(496), signature: '腾讯云' });
    expect(findings).toEqual([expect.objectContaining({ rule: 'R-BIL-3', severity: 'warning' })]);
    expect(lintTemplate({ ...t, content: '好'.repeat(495), signature: '腾讯云' })).toEqual([]);
  });
  it('signature findings: R-SIG-5 is a warning, the rest errors', () => {
    const s = {
      type: 'company' as const,
      purpose: 'self' as const,
      identity: 'enterprise' as const,
      region: 'mainland' as const,
    };
    expect(lintSignature({ ...s, content: 'test' }).map((f) => [f.rule, f.severity])).toEqual([['R-SIG-5', 'warning']]);
    expect(lintSignature({ ...s, content: '[x]' }).map((f) => [f.rule, f.severity])).toEqual([['R-SIG-1', 'error']]);
  });
  it('lists variables in number order', () => {
    expect(variableLabels('{2} then {1} and {2}')).toEqual(['{1}', '{2}']);
  });

  it('lists numbered and named variables (international ones are not "None")', () => {
    expect(variableLabels('Hi {2} and {1}')).toEqual(['{1}', '{2}']);
    expect(variableLabels('Dear ${name}, code ${code}')).toEqual(['${name}', '${code}']);
    expect(variableLabels('No variables')).toEqual([]);
  });
});
