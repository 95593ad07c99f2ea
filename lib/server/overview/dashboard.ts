import 'server-only';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import { resolvePeriod } from '@/lib/domain/stats/period';
import { requireAccount, type Ctx } from '../context';
import { availableBalance } from '../money/packages';
import { statsOverview } from '../stats/read-stats';

/** R-UI-2: package balance, today's sends and success rate, a 7-day trend and open alarms, from the rollups. */
export function dashboard(ctx: Ctx) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeOverview', { accountId: account.id });
  const today = resolvePeriod('today', ctx.now);
  const week = resolvePeriod('7d', ctx.now);
  const both = (range: typeof today) =>
    (['mainland', 'international'] as const).map((region) => statsOverview(ctx, { region, range }));
  const [tm, ti] = both(today);
  const [wm, wi] = both(week);
  const trend = wm.trend.map((d, i) => ({
    day: d.label.slice(5),
    mainland: d.requests,
    international: wi.trend[i].requests,
    successes: d.submitted + wi.trend[i].submitted,
  }));
  const alarms = ctx.db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.accountId, account.id),
        isNull(notifications.readAt),
        inArray(notifications.category, ['package', 'billing']),
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(5)
    .all();
  return {
    packageBalance: availableBalance(ctx, account.id),
    today: { requests: tm.totals.requests + ti.totals.requests, submitted: tm.totals.submitted + ti.totals.submitted },
    trend,
    alarms,
  };
}
