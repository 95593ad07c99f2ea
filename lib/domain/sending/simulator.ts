import { CARRIER_CODES } from '../errors';

// The built-in carrier simulator (R-MSG-2): deterministic under a seed. A message's fate is a
// pure function of (seed, message id, country), so replaying a batch after a crash gives the
// same outcome and tests can predict every receipt.

export interface SimulatorConfig {
  seed: number;
  /** Share of deliveries that succeed, per ISO country; `default` for the rest. */
  successRate: Record<string, number>;
  /** Share of messages whose receipt never arrives. */
  silentRate: number;
  /** Receipt delay range in milliseconds. */
  minDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_SIMULATOR: SimulatorConfig = {
  seed: 20261122,
  successRate: { CN: 0.96, default: 0.92 },
  silentRate: 0.02,
  minDelayMs: 500,
  maxDelayMs: 4000,
};

/** Realistic carrier receipt failure codes (CMPP/SMGP style) with their reasons. */
export const CARRIER_FAILURES: [string, string][] = Object.entries(CARRIER_CODES);

/** 32-bit mix of two integers (splitmix-style), giving a uniform float in [0, 1). */
function unit(seed: number, id: number, salt: number): number {
  let h = (seed ^ Math.imul(id, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h / 4294967296;
}

export type SimulatedOutcome =
  | { reports: false }
  | { reports: true; ok: true; delayMs: number }
  | { reports: true; ok: false; delayMs: number; code: string; reason: string };

/** The simulated receipt of one submitted message. */
export function simulateDelivery(config: SimulatorConfig, messageId: number, isoCountry: string): SimulatedOutcome {
  if (unit(config.seed, messageId, 1) < config.silentRate) return { reports: false };
  const delayMs = Math.round(
    config.minDelayMs + unit(config.seed, messageId, 2) * (config.maxDelayMs - config.minDelayMs),
  );
  const rate = config.successRate[isoCountry] ?? config.successRate.default ?? 0.9;
  if (unit(config.seed, messageId, 3) < rate) return { reports: true, ok: true, delayMs };
  const [code, reason] = CARRIER_FAILURES[Math.floor(unit(config.seed, messageId, 4) * CARRIER_FAILURES.length)];
  return { reports: true, ok: false, delayMs, code, reason };
}

/** An inbound reply the simulator can produce for a delivered message (R-MSG-2), or null. */
export function simulateReply(config: SimulatorConfig, messageId: number, replyRate = 0.01): string | null {
  if (unit(config.seed, messageId, 5) >= replyRate) return null;
  const replies = ['T', 'TD', '好的', 'OK', 'Unsubscribe', '收到'];
  return replies[Math.floor(unit(config.seed, messageId, 6) * replies.length)];
}
