// Test helper: usage for a day as the dispatcher would leave it in the daily rollup.
import type { Ctx } from '@/lib/server/context';

export function addUsage(
  ctx: Ctx,
  u: {
    accountId: number;
    day: string;
    region: 'mainland' | 'international';
    isoCountry: string;
    sent: number;
    billed: number;
    amountLi: number;
  },
): void {
  ctx.db.$client
    .prepare(
      `INSERT INTO stats_daily (account_id, day, region, application_id, signature_id, template_id, iso_country,
        requests, submitted, billed, cost_li)
       VALUES (?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)
       ON CONFLICT (account_id, region, day, application_id, signature_id, template_id, iso_country)
       DO UPDATE SET requests = requests + excluded.requests, submitted = submitted + excluded.submitted,
       billed = billed + excluded.billed, cost_li = cost_li + excluded.cost_li`,
    )
    .run(u.accountId, u.day, u.region, u.isoCountry, u.sent, u.sent, u.billed, u.amountLi);
}
