import { describe, expect, it } from 'vitest';
import { validateSenderId, validateCampaignName } from './campaign';
import { validateSignature, isNonIdentifiable, SIGNATURE_TYPES_BY_IDENTITY, WARNING_RULES } from './signature';

const base = {
  type: 'company' as const,
  purpose: 'self' as const,
  identity: 'enterprise' as const,
  region: 'mainland' as const,
};
const rules = (content: string, over: Partial<Parameters<typeof validateSignature>[0]> = {}) =>
  validateSignature({ ...base, content, ...over }).map((p) => p.rule);

describe('R-SIG-1 content', () => {
  it.each([
    ['腾讯云', []],
    ['Acme', []],
    ['Shop2026', []],
    ['腾', ['R-SIG-1']], // too short
    ['一二三四五六七八九十一二三', ['R-SIG-1']], // 13
    ['一二三四五六七八九十一二', []], // 12
    ['【腾讯云】', ['R-SIG-1']],
    ['[Acme]', ['R-SIG-1']],
    ['Acme Co', ['R-SIG-1']], // space
    ['Acme!', ['R-SIG-1']],
  ])('%s', (content, expected) => {
    expect(rules(content)).toEqual(expected);
  });
});

describe('R-SIG-2 types by identity', () => {
  it('individuals: app, website, WeChat only', () => {
    expect(SIGNATURE_TYPES_BY_IDENTITY.individual).toEqual(['app', 'website', 'wechat']);
    for (const type of ['company', 'trademark', 'government'] as const) {
      expect(rules('腾讯云', { type, identity: 'individual' })).toEqual(['R-SIG-2']);
    }
    for (const type of ['app', 'website', 'wechat'] as const)
      expect(rules('腾讯云', { type, identity: 'individual' })).toEqual([]);
  });
  it('rejects unknown types and purposes', () => {
    expect(rules('腾讯云', { type: 'other' as never })).toEqual(['R-SIG-2']);
    expect(rules('腾讯云', { purpose: 'both' as never })).toEqual(['R-SIG-2']);
  });
});

describe('R-SIG-5 non-identifiable signatures are warnings', () => {
  it.each(['test', 'TEST', '验证码', '通知', 'aabb', 'abab', 'aaaa', '1234', 'abcabc'])('%s', (c) => {
    expect(isNonIdentifiable(c)).toBe(true);
    expect(rules(c)).toContain('R-SIG-5');
  });
  it.each(['腾讯云', 'Acme', 'abcd', '京东'])('%s is fine', (c) => expect(isNonIdentifiable(c)).toBe(false));
  it('R-SIG-5 is the warning rule', () => expect([...WARNING_RULES]).toEqual(['R-SIG-5']));
});

describe('R-CMP-1 campaign fields', () => {
  it.each([
    ['Acme', true],
    ['ABCDEFGHIJK', true], // 11
    ['ABCDEFGHIJKL', false], // 12 alphanumeric
    ['123456789012345', true], // 15 numeric
    ['1234567890123456', false],
    ['Acme-1', false],
    ['', false],
  ])('Sender ID %s → %s', (id, ok) => {
    expect(validateSenderId(id).ok).toBe(ok);
  });
  it.each([
    ['Black Friday', true],
    ['x'.repeat(30), true],
    ['x'.repeat(31), false],
    ['   ', false],
  ])('task name %s → %s', (name, ok) => {
    expect(validateCampaignName(name).ok).toBe(ok);
  });
});
