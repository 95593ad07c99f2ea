import { describe, expect, it } from 'vitest';
import {
  validateTemplate,
  renderTemplate,
  numberedVariables,
  namedVariables,
  variableCount,
  hasUnsubscribeInstruction,
  containsLink,
  isCountMismatch,
} from './template';

const base = { type: 'notification' as const, region: 'mainland' as const, identity: 'enterprise' as const };
const rules = (content: string, over: Partial<Parameters<typeof validateTemplate>[0]> = {}) =>
  validateTemplate({ ...base, content, ...over }).map((p) => p.rule);

describe('R-TPL-3 content and variables', () => {
  it.each([
    ['Your code is {1}, valid for {2} minutes.', []],
    ['Hi {1}, {1} again, see {2}', []], // a number may repeat
    ['Order {1} shipped', []],
    ['Order {2} shipped', ['R-TPL-3']], // must start at 1
    ['{1} and {3}', ['R-TPL-3']], // consecutive
    ['{0} hi', ['R-TPL-3']],
    ['{1}{2}', ['R-TPL-3']], // only variables
    ['{1}, {2}!', ['R-TPL-3']], // only variables and punctuation
    ['   ', ['R-TPL-3']],
    ['好'.repeat(499), []],
    ['好'.repeat(500), ['R-TPL-3']], // under 500
  ])('%s', (content, expected) => {
    expect(rules(content)).toEqual(expected);
  });
});

describe('R-TPL-4 marketing needs an unsubscribe instruction; R-TEN-3 not for individuals', () => {
  it.each([
    ['双十一大促，全场五折，拒收请回复R', true],
    ['新品上市，回T退订', true],
    ['Big sale today! Reply R to unsubscribe', true],
    ['Sale! Reply STOP to opt out', true],
    ['双十一大促，全场五折', false],
  ])('%s', (content, ok) => {
    expect(hasUnsubscribeInstruction(content)).toBe(ok);
    expect(rules(content, { type: 'marketing' })).toEqual(ok ? [] : ['R-TPL-4']);
  });
  it('individuals cannot create marketing templates', () => {
    expect(rules('新品上市，回T退订', { type: 'marketing', identity: 'individual' })).toEqual(['R-TEN-3']);
    expect(rules('Your code is {1}', { identity: 'individual' })).toEqual([]);
  });
  it('mainland templates refuse ${name} variables; international ones take them (R-TPL-3)', () => {
    const problems = validateTemplate({ ...base, content: 'Hello ${name}, your order shipped.', region: 'mainland' });
    expect(problems.map((p) => p.message)).toEqual([
      'Mainland templates number their variables {1}, {2}, …; ${name} variables are for international campaigns.',
    ]);
    expect(
      validateTemplate({ ...base, content: 'Hello ${name}, your order shipped.', region: 'international' }),
    ).toEqual([]);
  });

  it('rejects an unknown type', () => {
    expect(rules('hello', { type: 'promo' as never })).toEqual(['R-TPL-2']);
  });
});

describe('variables', () => {
  it('lists numbered and named variables once, in order', () => {
    expect(numberedVariables('{2} {1} {2}')).toEqual([2, 1]);
    expect(namedVariables('Hi ${name}, ${code} ${name}')).toEqual(['name', 'code']);
    expect(variableCount('a {1} b {3}')).toBe(3);
    expect(variableCount('none')).toBe(0);
  });
});

describe('R-TPL-6 renderTemplate', () => {
  it('fills numbered variables from an array and named ones from a record', () => {
    expect(renderTemplate('Code {1}, {2} min, again {1}', ['1234', '5'], 'enterprise')).toEqual({
      ok: true,
      text: 'Code 1234, 5 min, again 1234',
    });
    expect(renderTemplate('Hi ${name}, order {1}', { name: 'Ann', '1': 'A-9' }, 'enterprise')).toEqual({
      ok: true,
      text: 'Hi Ann, order A-9',
    });
  });
  it('every variable needs a value (1014)', () => {
    expect(renderTemplate('Code {1} {2}', ['1'], 'enterprise')).toMatchObject({ ok: false, code: 1014 });
    expect(renderTemplate('Code {1}', ['1', '2'], 'enterprise')).toMatchObject({ ok: false, code: 1014 });
    expect(renderTemplate('Hi ${name}', {}, 'enterprise')).toMatchObject({ ok: false, code: 1014 });
    // A wrong number of values is told apart from other 1014 failures by its reason (the cloud API maps it on its own).
    const wrongCount = renderTemplate('Code {1} {2}', ['1'], 'enterprise');
    expect(isCountMismatch(wrongCount.ok ? null : wrongCount.message)).toBe(true);
    const missing = renderTemplate('Hi ${name}', {}, 'enterprise');
    expect(isCountMismatch(missing.ok ? null : missing.message)).toBe(false);
    expect(isCountMismatch(null)).toBe(false);
    expect(renderTemplate('Hi ${name}', ['x'], 'enterprise')).toMatchObject({ ok: false, code: 1014 });
  });
  it('individual values at most 12 characters (1036)', () => {
    expect(renderTemplate('Hi {1}', ['123456789012'], 'individual')).toEqual({ ok: true, text: 'Hi 123456789012' });
    expect(renderTemplate('Hi {1}', ['1234567890123'], 'individual')).toMatchObject({ ok: false, code: 1036 });
    expect(renderTemplate('Hi {1}', ['1234567890123'], 'enterprise')).toMatchObject({ ok: true });
  });
  it('a value may not be a link (1048)', () => {
    for (const v of ['http://x.io/a', 'www.example.com', 'evil.cn/p', 'shop.com']) {
      expect(containsLink(v)).toBe(true);
      expect(renderTemplate('Go {1}', [v], 'enterprise')).toMatchObject({ ok: false, code: 1048 });
    }
    expect(containsLink('A-1234')).toBe(false);
  });
});
