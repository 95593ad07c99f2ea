import { describe, expect, it } from 'vitest';
import { packageStatus, countsAsAvailable, canDeletePackage } from './package-status';
import { isUsableNow } from './package-status';

const now = new Date('2026-06-01T00:00:00Z');
const base = { state: 'active', remaining: 10, usableFrom: new Date('2026-05-01'), expiresAt: new Date('2027-01-01') };

describe('R-PKG-6 package statuses', () => {
  it.each([
    [{}, 'effective', true, false],
    [{ usableFrom: new Date(now.getTime() + 1) }, 'pending effect', true, false],
    [{ expiresAt: now }, 'expired', false, true],
    [{ remaining: 0 }, 'used up', false, true],
    [{ state: 'refunded', remaining: 0 }, 'refunded', false, true],
    [{ state: 'refund_pending' }, 'refund pending', false, false],
    [{ state: 'voided', remaining: 0 }, 'voided', false, true],
  ])('%j → %s', (over, status, available, deletable) => {
    const s = packageStatus({ ...base, ...over }, now);
    expect(s).toBe(status);
    expect(countsAsAvailable(s)).toBe(available);
    // The headline counts only what can send now; a package pending effect is shown apart.
    expect(isUsableNow(s)).toBe(status === 'effective');
    expect(canDeletePackage(s)).toBe(deletable);
  });
});
