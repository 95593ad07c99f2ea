// Sign-in throttling: after 5 failures for one login within 15 minutes, each further
// attempt waits longer (1, 2, 4, 8, then 15 minutes); one address gets 20 failures per 15 minutes.

export const WINDOW_MS = 15 * 60_000;
export const FREE_FAILURES_PER_LOGIN = 5;
export const FAILURES_PER_ADDRESS = 20;

/**
 * How long the next attempt must wait (ms; 0 = now), from the failure times (ms) of the login
 * and of the address within the window, counted since the login's last success.
 */
export function signInWait(loginFailures: readonly number[], addressFailures: readonly number[], now: number): number {
  const recent = (list: readonly number[]) => list.filter((t) => now - t < WINDOW_MS).sort((a, b) => b - a);
  const login = recent(loginFailures);
  let wait = 0;
  if (login.length >= FREE_FAILURES_PER_LOGIN) {
    const delay = Math.min(WINDOW_MS, 60_000 * 2 ** (login.length - FREE_FAILURES_PER_LOGIN));
    wait = Math.max(wait, login[0] + delay - now);
  }
  const address = recent(addressFailures);
  if (address.length >= FAILURES_PER_ADDRESS)
    wait = Math.max(wait, address[FAILURES_PER_ADDRESS - 1] + WINDOW_MS - now);
  return Math.max(0, wait);
}

/** "try again in N minutes", rounded up, at least 1. */
export function waitMinutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
