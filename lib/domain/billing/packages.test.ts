import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { choosePackage, quotePackage, customUnitPriceLi, FIXED_PACKAGES, type PackageCandidate } from './packages';

describe('R-PKG-1 fixed packages (li)', () => {
  it.each([
    [10_000, 1, 470_000],
    [100_000, 1, 4_200_000],
    [500_000, 1, 20_500_000],
    [1_000_000, 1, 40_000_000],
    [3_000_000, 1, 117_000_000],
    [10_000, 3, 1_410_000],
  ])('%i × %i = %i li', (count, quantity, priceLi) => {
    expect(quotePackage({ kind: 'fixed', count, quantity })).toEqual({ ok: true, priceLi });
  });
  it('only the five sizes, quantity 1..100', () => {
    expect(FIXED_PACKAGES).toHaveLength(5);
    expect(quotePackage({ kind: 'fixed', count: 20_000 }).ok).toBe(false);
    expect(quotePackage({ kind: 'fixed', count: 10_000, quantity: 0 }).ok).toBe(false);
    expect(quotePackage({ kind: 'fixed', count: 10_000, quantity: 101 }).ok).toBe(false);
    expect(quotePackage({ kind: 'fixed', count: 10_000, quantity: 1.5 }).ok).toBe(false);
    expect(quotePackage({ kind: 'fixed', count: 10_000.5 }).ok).toBe(false);
  });
});

describe('R-PKG-2 custom packages: tier edges', () => {
  it.each([
    [999, null],
    [1_000, 50_000],
    [1_500, 75_000], // 75 yuan (journey)
    [9_999, 499_950],
    [10_000, 470_000],
    [99_999, 4_699_953],
    [100_000, 4_200_000],
    [499_999, 20_999_958],
    [500_000, 20_500_000],
    [999_999, 40_999_959],
    [1_000_000, 40_000_000],
    [2_999_999, 119_999_960],
    [3_000_000, 117_000_000],
    [1_000_000_000, 39_000_000_000],
    [1_000_000_001, null],
  ])('%i messages → %s li', (count, priceLi) => {
    const q = quotePackage({ kind: 'custom', count });
    expect(q).toEqual(priceLi === null ? { ok: false, reason: expect.any(String) } : { ok: true, priceLi });
  });
  it('unit prices', () => {
    expect([1_000, 10_000, 100_000, 500_000, 1_000_000, 3_000_000].map(customUnitPriceLi)).toEqual([
      50, 47, 42, 41, 40, 39,
    ]);
  });
});

const now = new Date('2026-06-01T00:00:00Z');
const day = 86_400_000;
function pkg(id: string, over: Partial<PackageCandidate> = {}): PackageCandidate {
  return {
    id,
    kind: 'purchased',
    remaining: 1000,
    purchasedAt: new Date(now.getTime() - 10 * day),
    usableFrom: new Date(now.getTime() - 10 * day + 300_000),
    expiresAt: new Date(now.getTime() + 700 * day),
    status: 'active',
    ...over,
  };
}

describe('R-PKG-5 deduction choice', () => {
  it('a gift with enough remaining first, earliest given first', () => {
    const list = [
      pkg('p1', { purchasedAt: new Date(now.getTime() - 50 * day) }),
      pkg('g2', { kind: 'gift', purchasedAt: new Date(now.getTime() - 2 * day) }),
      pkg('g1', { kind: 'gift', purchasedAt: new Date(now.getTime() - 5 * day) }),
    ];
    expect(choosePackage(list, 1, now)).toBe('g1');
  });
  it('then the purchased package with the earliest purchase time that has enough', () => {
    const list = [
      pkg('late', { purchasedAt: new Date(now.getTime() - 1 * day) }),
      pkg('early-small', { purchasedAt: new Date(now.getTime() - 9 * day), remaining: 1 }),
      pkg('early', { purchasedAt: new Date(now.getTime() - 8 * day) }),
      pkg('gift-small', { kind: 'gift', remaining: 1 }),
    ];
    expect(choosePackage(list, 2, now)).toBe('early');
    expect(choosePackage(list, 1, now)).toBe('gift-small');
  });
  it('never expired, not yet usable, refunded or too small; null when none', () => {
    const list = [
      pkg('expired', { expiresAt: now }),
      pkg('new', { usableFrom: new Date(now.getTime() + 1) }),
      pkg('refunded', { status: 'refunded' }),
      pkg('small', { remaining: 2 }),
    ];
    expect(choosePackage(list, 3, now)).toBeNull();
    expect(choosePackage([pkg('b'), pkg('a')], 1, now)).toBe('a'); // same time: by id
  });
  it('property: the choice is always usable and covers the whole count', () => {
    const arb = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      kind: fc.constantFrom<'gift' | 'purchased'>('gift', 'purchased'),
      remaining: fc.integer({ min: 0, max: 10 }),
      purchasedAt: fc.integer({ min: -100, max: 100 }).map((d) => new Date(now.getTime() + d * day)),
      usableFrom: fc.integer({ min: -100, max: 100 }).map((d) => new Date(now.getTime() + d * day)),
      expiresAt: fc.integer({ min: -100, max: 100 }).map((d) => new Date(now.getTime() + d * day)),
      status: fc.constantFrom('active', 'refunded', 'expired'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arb, { maxLength: 8, selector: (p) => p.id }),
        fc.integer({ min: 1, max: 10 }),
        (list, billable) => {
          const id = choosePackage(list, billable, now);
          if (id === null) return;
          const p = list.find((x) => x.id === id)!;
          expect(p.remaining).toBeGreaterThanOrEqual(billable);
          expect(p.expiresAt.getTime()).toBeGreaterThan(now.getTime());
          expect(p.usableFrom.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(p.status).toBe('active');
        },
      ),
    );
  });
});
