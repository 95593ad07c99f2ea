import 'server-only';
import type { Db } from '@/db/client';
import { systemContext } from '@/lib/server/system-context';
import {
  grantMissingActivationGifts,
  grantMonthlyGifts,
  warnExpiringPackages,
  watchBalances,
} from '@/lib/server/money/duties';
import { chargeInternationalDay, suspendOverdueAccounts } from '@/lib/server/money/international';
import { purgeOldRecords } from '@/lib/server/sending/retention';
import { evaluateAntiAbuse } from '@/lib/server/alarms/anti-abuse';

export interface DutyReport {
  [duty: string]: unknown;
}

/**
 * One pass of the periodic duties. Each is idempotent (keyed per duty, account and period),
 * so running it often, twice, or from two processes is safe.
 */
export function runPeriodicDuties(db: Db, now: Date): DutyReport {
  const ctx = systemContext(db, now);
  const report: DutyReport = {};
  const duties: [string, () => unknown][] = [
    ['activationGifts', () => grantMissingActivationGifts(ctx)],
    ['monthlyGifts', () => grantMonthlyGifts(ctx)],
    ['expiryWarnings', () => warnExpiringPackages(ctx)],
    ['balances', () => watchBalances(ctx)],
    ['internationalCharges', () => chargeInternationalDay(ctx)],
    ['suspensions', () => suspendOverdueAccounts(ctx)],
    ['recordRetention', () => purgeOldRecords(db, now)],
    ['antiAbuse', () => evaluateAntiAbuse(db, now)],
  ];
  for (const [name, run] of duties) {
    try {
      report[name] = run();
    } catch (err) {
      // One failing duty must not stop the others; it runs again next tick.
      console.error(`[sms-console] duty ${name} failed`, err);
      report[name] = { error: (err as Error).message };
    }
  }
  return report;
}
