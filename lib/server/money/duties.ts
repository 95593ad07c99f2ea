import 'server-only';
import { fillText, notice } from '@/lib/domain/notices';
import { and, eq, sql } from 'drizzle-orm';
import { accounts, dutyRuns, packageSettings, packages } from '@/db/schema';
import { ACTIVATION_GIFT, EXPIRY_WARNING_DAYS, MONTHLY_GIFT, packageStatus } from '@/lib/domain/billing/package-status';
import { addBeijingMonths, beijingParts, fromBeijing } from '@/lib/domain/time';
import { formatCount } from '@/lib/domain/format';
import type { Ctx } from '../context';
import { systemContextFor } from '../system-context';
import { createPackage } from './ledger';
import { availableBalance } from './packages';
import { buyPackage } from './buy-package';
import { notifyAccount } from '../notifications/notify';
import { raiseAlarm } from '../alarms/raise';

/**
 * Claims a duty key once: true the first time, false ever after (idempotent duties).
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function claimDuty(ctx: Ctx, key: string): boolean {
  return ctx.db.insert(dutyRuns).values({ key, ranAt: ctx.now }).onConflictDoNothing().run().changes === 1;
}

/**
 * R-PKG-4: the activation gift (1,000 enterprise / 100 individual, 3 months), once per account.
 * @system background work of the duties; no user asks for it
 */
export function grantActivationGift(ctx: Ctx, accountId: number): number | null {
  const account = ctx.db.select().from(accounts).where(eq(accounts.id, accountId)).get();
  if (!account || !claimDuty(ctx, `gift:activation:${accountId}`)) return null;
  const count = ACTIVATION_GIFT[account.identity];
  const id = createPackage(ctx, {
    accountId,
    kind: 'gift',
    name: fillText('Gift: {n} messages (activation)', { n: formatCount(count) }),
    total: count,
    paidLi: 0,
    usableFrom: ctx.now,
    expiresAt: addBeijingMonths(ctx.now, ACTIVATION_GIFT.months),
  });
  notifyAccount(ctx, accountId, {
    category: 'package',
    title: notice('Welcome gift'),
    body: notice('{n} mainland messages were added to your packages, valid for 3 months.', { n: formatCount(count) }),
    link: '/packages',
  });
  return id;
}

/**
 * R-PKG-4: from 08:00 Beijing on the 1st, each account that sent more than 100 mainland
 * messages last month gets 100, valid to the end of this month. Once per account and month.
 * @system background work of the duties; no user asks for it
 */
export function grantMonthlyGifts(ctx: Ctx): number {
  const p = beijingParts(ctx.now);
  if (p.day !== 1 || p.hour < 8) return 0;
  const thisMonth = `${p.year}-${String(p.month).padStart(2, '0')}`;
  const last = p.month === 1 ? `${p.year - 1}-12` : `${p.year}-${String(p.month - 1).padStart(2, '0')}`;
  const eligible = ctx.db.all<{ account_id: number; sent: number }>(
    sql`select account_id, sum(submitted) as sent from stats_daily where region = 'mainland'
      and day >= ${`${last}-01`} and day < ${`${thisMonth}-01`}
        and account_id in (select id from accounts where kind = 'customer')
        group by account_id having sum(submitted) > ${MONTHLY_GIFT.minLastMonth}`,
  );
  const endOfMonth = new Date(addBeijingMonths(fromBeijing(p.year, p.month, 1), 1).getTime() - 1000);
  let granted = 0;
  for (const { account_id } of eligible) {
    ctx.db.transaction(
      () => {
        if (!claimDuty(ctx, `gift:monthly:${account_id}:${thisMonth}`)) return;
        createPackage(ctx, {
          accountId: account_id,
          kind: 'gift',
          name: fillText('Gift: {n} messages ({month})', { n: MONTHLY_GIFT.count, month: thisMonth }),
          total: MONTHLY_GIFT.count,
          paidLi: 0,
          usableFrom: ctx.now,
          expiresAt: endOfMonth,
        });
        notifyAccount(ctx, account_id, {
          category: 'package',
          title: notice('Monthly gift'),
          body: notice(
            'You sent more than 100 mainland messages last month: 100 messages were added, valid until the end of {month}.',
            { month: thisMonth },
          ),
          link: '/packages',
        });
        granted++;
      },
      { behavior: 'immediate' },
    );
  }
  return granted;
}

/**
 * R-PKG-9: warns 7, 5, 3 and 1 days before a package expires, once each.
 * @system background work of the duties; no user asks for it
 */
export function warnExpiringPackages(ctx: Ctx): number {
  const horizon = new Date(ctx.now.getTime() + 7 * 86_400_000);
  const soon = ctx.db
    .select()
    .from(packages)
    .where(
      and(
        eq(packages.state, 'active'),
        sql`${packages.expiresAt} > ${ctx.now.getTime()}`,
        sql`${packages.expiresAt} <= ${horizon.getTime()}`,
        sql`${packages.remaining} > 0`,
      ),
    )
    .all();
  let sent = 0;
  for (const p of soon) {
    const daysLeft = (p.expiresAt.getTime() - ctx.now.getTime()) / 86_400_000;
    // The smallest warning mark not below the days left: 6.2 days → the 7-day warning.
    const mark = [...EXPIRY_WARNING_DAYS].reverse().find((d) => daysLeft <= d);
    if (mark === undefined || !claimDuty(ctx, `expiry:${p.id}:${mark}`)) continue;
    raiseAlarm(ctx.db, ctx.now, {
      accountId: p.accountId,
      applicationId: null,
      event: 'package',
      title: mark === 1 ? notice('Package expires in 1 day') : notice('Package expires in {days} days', { days: mark }),
      body: notice('{name} (#{id}) expires soon with {n} messages left; they cannot be used after it expires.', {
        name: p.name,
        id: p.id,
        n: formatCount(p.remaining),
      }),
      link: '/packages',
    });
    sent++;
  }
  return sent;
}

/**
 * R-PKG-7 and R-PKG-8: for each account with settings, when the available balance falls to
 * the auto-renew threshold buy a renewal (once per crossing), and when it falls below the
 * alarm threshold notify (once per crossing). Rising above a threshold re-arms it.
 * @system background work of the duties; no user asks for it
 */
export function watchBalances(ctx: Ctx): { renewed: number; alarms: number } {
  let renewed = 0;
  let alarms = 0;
  for (const s of ctx.db.select().from(packageSettings).all()) {
    const account = ctx.db.select().from(accounts).where(eq(accounts.id, s.accountId)).get()!;
    const balance = availableBalance(ctx, s.accountId);
    if (s.alarmEnabled) {
      if (balance < s.alarmThreshold && !s.alarmFired) {
        ctx.db
          .update(packageSettings)
          .set({ alarmFired: true })
          .where(eq(packageSettings.accountId, s.accountId))
          .run();
        raiseAlarm(ctx.db, ctx.now, {
          accountId: s.accountId,
          applicationId: null,
          event: 'package',
          title: notice('Package balance low'),
          body: notice('Your available mainland balance is {n} messages, below your alarm of {alarm}.', {
            n: formatCount(balance),
            alarm: formatCount(s.alarmThreshold),
          }),
          link: '/packages',
        });
        alarms++;
      } else if (balance >= s.alarmThreshold && s.alarmFired) {
        ctx.db
          .update(packageSettings)
          .set({ alarmFired: false })
          .where(eq(packageSettings.accountId, s.accountId))
          .run();
      }
    }
    if (s.autoRenewEnabled) {
      if (balance <= s.autoRenewThreshold && !s.autoRenewFired) {
        ctx.db
          .update(packageSettings)
          .set({ autoRenewFired: true })
          .where(eq(packageSettings.accountId, s.accountId))
          .run();
        const sys = systemContextFor(ctx.db, ctx.now, {
          id: account.id,
          uin: account.uin,
          identity: account.identity,
          realName: account.realName,
        });
        try {
          const order = buyPackage(
            sys,
            { kind: 'custom', count: s.autoRenewCount, quantity: 1, agreed: true },
            'auto_renew',
          );
          raiseAlarm(ctx.db, ctx.now, {
            accountId: s.accountId,
            applicationId: null,
            event: 'package',
            title: notice('Auto-renewal bought'),
            body: notice('A package of {n} messages was bought automatically (order {orderId}).', {
              n: formatCount(s.autoRenewCount),
              orderId: order.orderId,
            }),
            link: '/packages',
          });
          renewed++;
        } catch (err) {
          raiseAlarm(ctx.db, ctx.now, {
            accountId: s.accountId,
            applicationId: null,
            event: 'package',
            title: notice('Auto-renewal failed'),
            body: notice('The automatic purchase of {n} messages failed: {reason}', {
              n: formatCount(s.autoRenewCount),
              reason: (err as Error).message,
            }),
            link: '/packages',
          });
        }
      } else if (balance > s.autoRenewThreshold && s.autoRenewFired) {
        ctx.db
          .update(packageSettings)
          .set({ autoRenewFired: false })
          .where(eq(packageSettings.accountId, s.accountId))
          .run();
      }
    }
  }
  return { renewed, alarms };
}

/**
 * Every account's activation gift, for accounts created before gifts existed (idempotent).
 * @system background work of the duties; no user asks for it
 */
export function grantMissingActivationGifts(ctx: Ctx): number {
  let n = 0;
  for (const { id } of ctx.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.kind, 'customer')).all())
    if (grantActivationGift(ctx, id) !== null) n++;
  return n;
}

export { packageStatus };
