import { describe, expect, it } from 'vitest';
import { createWorld } from '@/lib/testing/world';
import { fromBeijing } from '@/lib/domain/time';
import { runPeriodicDuties } from './duties';

describe('periodic duties', () => {
  it('run together and are idempotent', () => {
    const w = createWorld(fromBeijing(2026, 3, 1, 9));
    const first = runPeriodicDuties(w.db, fromBeijing(2026, 3, 1, 9));
    expect(first).toMatchObject({ activationGifts: 0, monthlyGifts: 0, internationalCharges: 0, suspensions: 0 });
    expect(runPeriodicDuties(w.db, fromBeijing(2026, 3, 1, 9, 1))).toEqual({ ...first, expiryWarnings: 0 });
  });
});
