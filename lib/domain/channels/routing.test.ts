import { describe, expect, it } from 'vitest';
import { chooseChannel, countryMatches, matchRoute, parseCountryCondition, type RouteRule } from './routing';

const rule = (id: number, position: number, over: Partial<RouteRule> = {}): RouteRule => ({
  id,
  position,
  region: null,
  country: null,
  messageType: null,
  accountId: null,
  channelIds: [id],
  enabled: true,
  ...over,
});
const msg = {
  region: 'mainland' as const,
  isoCountry: 'CN',
  phone: '8613812345678',
  messageType: 'notification' as const,
  accountId: 7,
};

describe('routing', () => {
  it('the first enabled rule by position whose conditions all match wins', () => {
    const rules = [
      rule(1, 9),
      rule(2, 1, { region: 'international' }),
      rule(3, 2, { enabled: false }),
      rule(4, 3, { messageType: 'marketing' }),
      rule(5, 4, { accountId: 8 }),
      rule(6, 5, { country: 'US' }),
      rule(7, 6, { country: '+86138' }),
    ];
    expect(matchRoute(rules, msg)?.id).toBe(7);
    expect(matchRoute(rules, { ...msg, phone: '8613912345678' })?.id).toBe(1);
    expect(matchRoute(rules, { ...msg, messageType: 'marketing' })?.id).toBe(4);
    expect(matchRoute(rules, { ...msg, accountId: 8 })?.id).toBe(5);
    expect(matchRoute(rules, { ...msg, region: 'international', isoCountry: 'US', phone: '14155550100' })?.id).toBe(2);
    expect(matchRoute([rule(1, 1, { region: 'international' })], msg)).toBeNull();
  });

  it('country conditions are ISO codes (any case) or E.164 prefixes', () => {
    expect(countryMatches('us', { isoCountry: 'US', phone: '1415' })).toBe(true);
    expect(countryMatches('+1', { isoCountry: 'US', phone: '14155550100' })).toBe(true);
    expect(countryMatches('+44', { isoCountry: 'US', phone: '14155550100' })).toBe(false);
    expect(parseCountryCondition(' ')).toBeNull();
    expect(parseCountryCondition('*')).toBeNull();
    expect(parseCountryCondition('us')).toBe('US');
    expect(parseCountryCondition('+1415')).toBe('+1415');
    expect(parseCountryCondition('+0')).toBe('invalid');
    expect(parseCountryCondition('USA')).toBe('invalid');
  });

  it('chooses the first enabled healthy channel, else waits on the first enabled, else on the primary', () => {
    const state = (m: Record<number, [boolean, boolean]>) => (id: number) =>
      m[id] ? { enabled: m[id][0], healthy: m[id][1] } : undefined;
    expect(chooseChannel([1, 2, 3], state({ 1: [true, false], 2: [true, true], 3: [true, true] }))).toEqual({
      channelId: 2,
      fallbacks: [3],
    });
    expect(chooseChannel([1, 2], state({ 1: [false, true], 2: [true, false] }))).toEqual({
      channelId: 2,
      fallbacks: [],
    });
    expect(chooseChannel([1, 2], state({ 1: [false, true], 2: [false, true] }))).toEqual({
      channelId: 1,
      fallbacks: [2],
    });
    expect(chooseChannel([9], state({}))).toBeNull();
    expect(chooseChannel([], state({}))).toBeNull();
  });
});
