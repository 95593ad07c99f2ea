import { randomBytes, randomInt } from 'node:crypto';

/** 32 random hex characters (an AppKey, R-APP-2). */
export function randomHex32(): string {
  return randomBytes(16).toString('hex');
}

/** A random string of `n` decimal digits. */
export function randomDigits(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String(randomInt(10));
  return out;
}
