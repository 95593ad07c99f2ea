// A token bucket for a link's messages-per-second cap: `take()` resolves when a token is free.

export class RateLimiter {
  private tokens: number;
  private last = Date.now();
  private waiters: (() => void)[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private perSecond: number) {
    this.tokens = Math.min(perSecond, Math.max(1, perSecond / 10));
  }

  private refill(): void {
    const now = Date.now();
    // A burst of at most a tenth of a second's worth keeps the rate smooth.
    this.tokens = Math.min(Math.max(1, this.perSecond / 10), this.tokens + ((now - this.last) * this.perSecond) / 1000);
    this.last = now;
  }

  take(): Promise<void> {
    if (this.perSecond <= 0) return Promise.resolve();
    this.refill();
    if (this.waiters.length === 0 && this.tokens >= 1) {
      this.tokens -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.schedule();
    });
  }

  /** Slows the bucket after an SMSC throttle answer: no tokens for `ms`. */
  pause(ms: number): void {
    this.tokens = Math.min(this.tokens, 0) - (ms * this.perSecond) / 1000;
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = this.perSecond > 0 ? Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.perSecond)) : 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refill();
      while (this.waiters.length > 0 && this.tokens >= 1) {
        this.tokens -= 1;
        this.waiters.shift()!();
      }
      if (this.waiters.length > 0) this.schedule();
    }, wait);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const w of this.waiters.splice(0)) w();
  }
}
