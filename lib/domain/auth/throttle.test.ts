import { describe, expect, it } from 'vitest';
import { signInWait, waitMinutes } from './throttle';

const MIN = 60_000;
const now = 100 * MIN;
const failuresAgo = (...minutes: number[]) => minutes.map((m) => now - m * MIN);

describe('sign-in throttling', () => {
  it('the first five failures within 15 minutes cost nothing; then the wait grows 1, 2, 4, 8 minutes, at most 15', () => {
    expect(signInWait(failuresAgo(1, 2, 3, 4), [], now)).toBe(0);
    expect(signInWait(failuresAgo(0, 1, 2, 3, 4), [], now)).toBe(1 * MIN);
    expect(signInWait(failuresAgo(0, 1, 2, 3, 4, 5), [], now)).toBe(2 * MIN);
    expect(signInWait(failuresAgo(0, 1, 2, 3, 4, 5, 6), [], now)).toBe(4 * MIN);
    expect(signInWait(failuresAgo(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), [], now)).toBe(15 * MIN);
    // the last failure two minutes ago with six failures: 2 − 2 = 0, it may try again
    expect(signInWait(failuresAgo(2, 3, 4, 5, 6, 7), [], now)).toBe(0);
  });

  it('failures older than 15 minutes do not count', () => {
    expect(signInWait(failuresAgo(0, 16, 17, 18, 19, 20), [], now)).toBe(0);
  });

  it('one address gets 20 failures in 15 minutes, across logins', () => {
    const twenty = failuresAgo(...Array.from({ length: 20 }, (_, i) => i * 0.5));
    expect(signInWait([], twenty.slice(1), now)).toBe(0);
    expect(signInWait([], twenty, now)).toBe(15 * MIN - 9.5 * MIN);
    expect(waitMinutes(5.5 * MIN)).toBe(6);
    expect(waitMinutes(1)).toBe(1);
  });
});
