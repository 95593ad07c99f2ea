import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBeijing } from '../time';
import { planRefund, refundQuote, refundUnitPriceLi, withinRefundWindow } from './refund';

const yuan = (n: number) => n * 1000;

describe('R-PKG-10 unit prices by used count and purchase date', () => {
  const before = fromBeijing(2020, 2, 9, 23, 59, 59);
  const after = fromBeijing(2020, 2, 10);
  it.each([
    [99_999, 50, 50],
    [100_000, 45, 47],
    [499_999, 45, 47],
    [500_000, 40, 42],
    [999_999, 40, 42],
    [1_000_000, 38, 41],
    [2_999_999, 38, 41],
    [3_000_000, 37, 40],
  ])('%i used: %i li before 2020-02-10, %i li from then', (used, old, current) => {
    expect(refundUnitPriceLi(used, before)).toBe(old);
    expect(refundUnitPriceLi(used, after)).toBe(current);
  });
  it('refund = paid − used × unit price, floored at 0', () => {
    expect(refundQuote({ paidLi: yuan(470), usedCount: 0, purchasedAt: after })).toBe(yuan(470));
    expect(refundQuote({ paidLi: yuan(470), usedCount: 1000, purchasedAt: after })).toBe(yuan(420));
    expect(refundQuote({ paidLi: yuan(470), usedCount: 10_000, purchasedAt: after })).toBe(0);
  });
});

describe('R-PKG-11 worked examples', () => {
  it('three 500,000 packages at 19,000 yuan bought in 2019, 920,000 sent, 300 from a gift → 19,100 yuan', () => {
    const bought = fromBeijing(2019, 10, 1);
    const plan = planRefund({
      packages: [
        { id: 'A', paidLi: yuan(19_000), total: 500_000, used: 500_000, purchasedAt: bought },
        { id: 'B', paidLi: yuan(19_000), total: 500_000, used: 419_700, purchasedAt: bought },
        { id: 'C', paidLi: yuan(19_000), total: 500_000, used: 0, purchasedAt: bought },
      ],
      giftUsed: 300,
      requestedAt: fromBeijing(2019, 12, 1),
    });
    expect(plan).toEqual([
      { id: 'A', usedAfterRecharge: 500_000, refundLi: 0, refundable: true },
      { id: 'B', usedAfterRecharge: 420_000, refundLi: yuan(100), refundable: true },
      { id: 'C', usedAfterRecharge: 0, refundLi: yuan(19_000), refundable: true },
    ]);
    expect(plan.reduce((s, l) => s + l.refundLi, 0)).toBe(yuan(19_100));
  });

  it('the same bought 2020-02-15 at 20,500 yuan → 21,260 yuan', () => {
    const bought = fromBeijing(2020, 2, 15);
    const plan = planRefund({
      packages: ['D', 'E', 'F'].map((id, i) => ({
        id,
        paidLi: yuan(20_500),
        total: 500_000,
        used: [500_000, 419_700, 0][i],
        purchasedAt: bought,
      })),
      giftUsed: 300,
      requestedAt: fromBeijing(2020, 5, 1),
    });
    expect(plan.map((l) => l.refundLi)).toEqual([0, yuan(760), yuan(20_500)]);
    expect(plan.reduce((s, l) => s + l.refundLi, 0)).toBe(yuan(21_260));
  });

  it('gift re-charge fills packages in deduction order up to their totals', () => {
    const at = fromBeijing(2026, 1, 1);
    const plan = planRefund({
      packages: [
        { id: 'x', paidLi: yuan(470), total: 10_000, used: 9_990, purchasedAt: at },
        { id: 'y', paidLi: yuan(470), total: 10_000, used: 0, purchasedAt: at },
      ],
      giftUsed: 50,
      requestedAt: at,
    });
    expect(plan.map((l) => l.usedAfterRecharge)).toEqual([10_000, 40]);
  });
});

describe('R-PKG-10 three-month window (Beijing calendar months)', () => {
  const bought = fromBeijing(2026, 1, 15, 10, 0);
  it.each([
    [fromBeijing(2026, 4, 15, 10, 0), true],
    [fromBeijing(2026, 4, 15, 10, 0, 1), false],
    [fromBeijing(2026, 3, 1), true],
  ])('requested at %s → %s', (at, ok) => {
    expect(withinRefundWindow(bought, at)).toBe(ok);
  });
  it('month ends clamp: bought 30 Nov → until 28 Feb', () => {
    const nov30 = fromBeijing(2025, 11, 30, 12);
    expect(withinRefundWindow(nov30, fromBeijing(2026, 2, 28, 12))).toBe(true);
    expect(withinRefundWindow(nov30, fromBeijing(2026, 2, 28, 12, 0, 1))).toBe(false);
  });
  it('packages past the window are refused with a reason', () => {
    const plan = planRefund({
      packages: [{ id: 'old', paidLi: yuan(470), total: 10_000, used: 0, purchasedAt: bought }],
      giftUsed: 0,
      requestedAt: fromBeijing(2026, 5, 1),
    });
    expect(plan).toEqual([
      { id: 'old', usedAfterRecharge: 0, refundLi: 0, refundable: false, reason: expect.stringContaining('3 months') },
    ]);
  });
});

describe('properties', () => {
  it('refunds are never negative and never above the paid amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.date({ min: new Date('2018-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        (paidLi, usedCount, purchasedAt) => {
          const r = refundQuote({ paidLi, usedCount, purchasedAt });
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(paidLi);
          expect(Number.isInteger(r)).toBe(true);
        },
      ),
    );
  });
});
