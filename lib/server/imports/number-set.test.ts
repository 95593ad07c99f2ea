import { describe, expect, it } from 'vitest';
import { NumberSet } from './number-set';

describe('NumberSet', () => {
  it('behaves like a Set of E.164 numbers across growth', () => {
    const s = new NumberSet(4);
    const ref = new Set<number>();
    for (let i = 0; i < 50_000; i++) {
      const n = 8613800000000 + ((i * 7919) % 30_000);
      expect(s.add(n)).toBe(!ref.has(n));
      ref.add(n);
    }
    expect(s.size).toBe(ref.size);
    expect(s.has(8613800000000)).toBe(true);
    expect(s.has(999)).toBe(false);
    expect(s.add(0)).toBe(true);
    expect(s.has(0)).toBe(true);
    expect(s.add(9007199254740991)).toBe(true);
    expect(s.has(9007199254740991)).toBe(true);
  });
});
