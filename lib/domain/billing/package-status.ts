// The status a package shows (R-PKG-6), derived from its stored state, dates and remaining count.

export type PackageStatus =
  'effective' | 'pending effect' | 'expired' | 'used up' | 'refunded' | 'refund pending' | 'voided';

export function packageStatus(
  p: { state: string; remaining: number; usableFrom: Date; expiresAt: Date },
  now: Date,
): PackageStatus {
  if (p.state === 'refunded') return 'refunded';
  if (p.state === 'voided') return 'voided';
  if (p.state === 'refund_pending') return 'refund pending';
  if (now.getTime() >= p.expiresAt.getTime()) return 'expired';
  if (p.remaining <= 0) return 'used up';
  if (now.getTime() < p.usableFrom.getTime()) return 'pending effect';
  return 'effective';
}

/** Usable for sending now: the package headline counts only these; "pending effect" is shown apart. */
export function isUsableNow(status: PackageStatus): boolean {
  return status === 'effective';
}

/**
 * Counted by the balance alarm and auto-renewal (R-PKG-7, R-PKG-8): usable now or within
 * minutes, so that a package just bought (pending effect) does not set off a second purchase.
 */
export function countsAsAvailable(status: PackageStatus): boolean {
  return status === 'effective' || status === 'pending effect';
}

/** R-PKG-6: only expired or used-up packages may be deleted from the list. */
export function canDeletePackage(status: PackageStatus): boolean {
  return status === 'expired' || status === 'used up' || status === 'voided' || status === 'refunded';
}

/** R-PKG-3: usable 5 minutes after purchase, valid for 2 years. */
export const USABLE_AFTER_MS = 5 * 60 * 1000;
export const PURCHASED_VALID_YEARS = 2;
/** R-PKG-4: activation gift counts and validity. */
export const ACTIVATION_GIFT = { enterprise: 1000, individual: 100, months: 3 } as const;
export const MONTHLY_GIFT = { count: 100, minLastMonth: 100 } as const;
/** R-PKG-9: warnings this many days before expiry. */
export const EXPIRY_WARNING_DAYS = [7, 5, 3, 1] as const;
/** R-INT-2: suspension after this long unpaid. */
export const ARREARS_GRACE_MS = 12 * 60 * 60 * 1000;
