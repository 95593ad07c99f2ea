// Pure helpers of the cloud API 3.0 surface: hour strings, status codes, rate limits.
import { fromBeijing } from '../time';

/** `yyyymmddhh` (Beijing time, as Tencent's statistics actions take it) → the hour's start; null if malformed. */
export function parseCloudHour(value: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23) return null;
  const date = fromBeijing(y, mo, d, h);
  // Reject 20260231-style dates that roll over into the next month.
  const check = new Date(date.getTime() + 8 * 3_600_000);
  if (check.getUTCDate() !== d || check.getUTCMonth() + 1 !== mo) return null;
  return date;
}

/**
 * The cloud's StatusCode of a signature or template (§3.13, §3.17): 0 usable, 1 reviewing, 2 approved pending
 * effect, -1 rejected.
 */
export function cloudStatusCode(status: string): number {
  if (status === 'effective') return 0;
  if (status === 'pending') return 1;
  if (status === 'rejected') return -1;
  return 2;
}

/** The cloud's QualificationStatusCode: 0 pending, 1 approved, 2 rejected. */
export function cloudQualificationStatus(status: string): number {
  if (status === 'approved') return 1;
  if (status === 'rejected') return 2;
  return 0;
}

/** `YYYY-MM-DD HH:MM:SS` in Beijing time (the status callback's user_receive_time). */
export function beijingDateTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A token bucket per key: `perSecond` tokens refill each second, bursts up
 * to `perSecond`. Time is passed in, so the limiter is deterministic under test.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(readonly perSecond: number) {}

  /** Whether `key` has a token at `nowMs`, without taking it. */
  has(key: string, nowMs: number): boolean {
    const b = this.buckets.get(key);
    return !b || Math.min(this.perSecond, b.tokens + ((nowMs - b.at) / 1000) * this.perSecond) >= 1;
  }

  /** Takes a token for `key` at `nowMs`; false when the key is over its limit. */
  take(key: string, nowMs: number): boolean {
    const b = this.buckets.get(key) ?? { tokens: this.perSecond, at: nowMs };
    b.tokens = Math.min(this.perSecond, b.tokens + ((nowMs - b.at) / 1000) * this.perSecond);
    b.at = nowMs;
    this.buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}
