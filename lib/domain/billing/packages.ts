import { fillText } from '@/lib/domain/notices';
// Package prices (R-PKG-1, R-PKG-2) and the deduction choice (R-PKG-5). Money in li (R-BIL-5).

/** R-PKG-1: fixed packages, same price for both identity types. */
export const FIXED_PACKAGES = [
  { count: 10_000, priceLi: 470_000 },
  { count: 100_000, priceLi: 4_200_000 },
  { count: 500_000, priceLi: 20_500_000 },
  { count: 1_000_000, priceLi: 40_000_000 },
  { count: 3_000_000, priceLi: 117_000_000 },
] as const;

export const MAX_FIXED_QUANTITY = 100;
export const MIN_CUSTOM_COUNT = 1_000;
export const MAX_CUSTOM_COUNT = 1_000_000_000;

/** R-PKG-2: unit price in li per message for a custom package of `count` messages. */
export function customUnitPriceLi(count: number): number {
  if (count >= 3_000_000) return 39;
  if (count >= 1_000_000) return 40;
  if (count >= 500_000) return 41;
  if (count >= 100_000) return 42;
  if (count >= 10_000) return 47;
  return 50;
}

export type Quote = { ok: true; priceLi: number } | { ok: false; reason: string };

/** The price of buying `quantity` packages of `count` messages. */
export function quotePackage(input: { kind: 'fixed' | 'custom'; count: number; quantity?: number }): Quote {
  const quantity = input.quantity ?? 1;
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_FIXED_QUANTITY) {
    return {
      ok: false,
      reason: fillText('Quantity must be a whole number from 1 to {MAX_FIXED_QUANTITY}.', { MAX_FIXED_QUANTITY }),
    };
  }
  if (!Number.isInteger(input.count)) return { ok: false, reason: 'The message count must be a whole number.' };
  if (input.kind === 'fixed') {
    const pkg = FIXED_PACKAGES.find((p) => p.count === input.count);
    if (!pkg) return { ok: false, reason: 'Choose one of the fixed package sizes.' };
    return { ok: true, priceLi: pkg.priceLi * quantity };
  }
  if (input.count < MIN_CUSTOM_COUNT)
    return {
      ok: false,
      reason: fillText('A custom package has at least {v0} messages.', {
        v0: MIN_CUSTOM_COUNT.toLocaleString('en-US'),
      }),
    };
  if (input.count > MAX_CUSTOM_COUNT)
    return { ok: false, reason: 'A custom package has at most 1,000,000,000 messages.' };
  return { ok: true, priceLi: input.count * customUnitPriceLi(input.count) * quantity };
}

export interface PackageCandidate {
  id: string;
  kind: 'gift' | 'purchased';
  remaining: number;
  purchasedAt: Date;
  usableFrom: Date;
  expiresAt: Date;
  status: string;
}

/** Stored statuses that take a package out of deduction whatever its dates. */
const NOT_DEDUCTIBLE = new Set([
  'refunded',
  'refunding',
  'refund_pending',
  'voided',
  'expired',
  'used_up',
  'used up',
  'deleted',
]);

function usable(p: PackageCandidate, billable: number, now: Date): boolean {
  return (
    !NOT_DEDUCTIBLE.has(p.status) &&
    p.remaining >= billable &&
    now.getTime() >= p.usableFrom.getTime() &&
    now.getTime() < p.expiresAt.getTime()
  );
}

/**
 * R-PKG-5: the package a message's whole billed count comes from — the first gift (earliest
 * given) with enough remaining, else the purchased package with the earliest purchase time
 * that has enough; null when none can cover it (error 1031).
 */
export function choosePackage(packages: readonly PackageCandidate[], billable: number, now: Date): string | null {
  const byAge = (a: PackageCandidate, b: PackageCandidate) =>
    a.purchasedAt.getTime() - b.purchasedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const candidates = packages.filter((p) => usable(p, billable, now));
  const gift = candidates.filter((p) => p.kind === 'gift').sort(byAge)[0];
  if (gift) return gift.id;
  return candidates.filter((p) => p.kind === 'purchased').sort(byAge)[0]?.id ?? null;
}
