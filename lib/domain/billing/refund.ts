// Package refunds (R-PKG-10, R-PKG-11). Money in li (R-BIL-5).
import { addBeijingMonths, fromBeijing } from '../time';

/** Purchases from 00:00 Beijing time on 2020-02-10 use the newer refund price table. */
export const REFUND_TABLE_CHANGE = fromBeijing(2020, 2, 10);

/** R-PKG-10: refunds are allowed within 3 months of purchase. */
export const REFUND_WINDOW_MONTHS = 3;

/** Unit price (li per message) of a package's used count, by its purchase date. */
export function refundUnitPriceLi(usedCount: number, purchasedAt: Date): number {
  const tenThousands = usedCount / 10_000;
  const before = purchasedAt.getTime() < REFUND_TABLE_CHANGE.getTime();
  const table = before ? [50, 45, 40, 38, 37] : [50, 47, 42, 41, 40];
  if (tenThousands < 10) return table[0];
  if (tenThousands < 50) return table[1];
  if (tenThousands < 100) return table[2];
  if (tenThousands < 300) return table[3];
  return table[4];
}

/** R-PKG-10: paid amount − used count × unit price, never below 0. */
export function refundQuote(input: { paidLi: number; usedCount: number; purchasedAt: Date }): number {
  const used = input.usedCount * refundUnitPriceLi(input.usedCount, input.purchasedAt);
  return Math.max(0, input.paidLi - used);
}

/** True while `at` is within 3 months (calendar, Beijing time) of the purchase. */
export function withinRefundWindow(purchasedAt: Date, at: Date): boolean {
  return at.getTime() <= addBeijingMonths(purchasedAt, REFUND_WINDOW_MONTHS).getTime();
}

export interface RefundPlanLine {
  id: string;
  usedAfterRecharge: number;
  refundLi: number;
  refundable: boolean;
  reason?: string;
}

/**
 * R-PKG-11: gift messages already used are re-charged to the packages in their deduction
 * order (each up to its total), the gifts are voided, then each package is refunded alone.
 * Packages past the 3-month window are not refundable (refund 0, with the reason).
 */
export function planRefund(input: {
  packages: ReadonlyArray<{ id: string; paidLi: number; total: number; used: number; purchasedAt: Date }>;
  giftUsed: number;
  requestedAt: Date;
}): RefundPlanLine[] {
  let toRecharge = Math.max(0, input.giftUsed);
  return input.packages.map((p) => {
    const take = Math.min(toRecharge, Math.max(0, p.total - p.used));
    toRecharge -= take;
    const usedAfterRecharge = p.used + take;
    if (!withinRefundWindow(p.purchasedAt, input.requestedAt)) {
      return {
        id: p.id,
        usedAfterRecharge,
        refundLi: 0,
        refundable: false,
        reason: 'More than 3 months since purchase.',
      };
    }
    return {
      id: p.id,
      usedAfterRecharge,
      refundLi: refundQuote({ paidLi: p.paidLi, usedCount: usedAfterRecharge, purchasedAt: p.purchasedAt }),
      refundable: true,
    };
  });
}
