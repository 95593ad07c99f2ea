import 'server-only';
import type { AntiAbuseRuleInput } from '@/lib/schemas/applications';
import { notice } from '@/lib/domain/notices';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { antiAbuseRules } from '@/db/schema';
import {
  DEFAULT_ANTI_ABUSE_RULE,
  evaluateHour,
  isCaptchaTemplate,
  type AntiAbuseRule,
  type HourEvaluation,
} from '@/lib/domain/alarms/anti-abuse';
import { beijingDateKey, beijingDayStart, fromBeijing } from '@/lib/domain/time';
import { appResource } from '../authorize';
import type { Ctx } from '../context';
import { findApplication } from '../applications/find-application';
import { claimDuty } from '../money/duties';
import { systemContext } from '../system-context';
import { raiseAlarm } from './raise';
import { IN_LIST, boundList } from '@/db/dialect';

const HOUR_MS = 3_600_000;

export interface AntiAbuseSettings extends AntiAbuseRule {
  enabled: boolean;
}

/** Security Settings of an application: the captcha anti-abuse rule (defaults 50 / 80 % / 90 %). */
export function getAntiAbuseRule(ctx: Ctx, sdkAppId: string): AntiAbuseSettings {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('DescribeSecurityRule', appResource(app));
  const row = ctx.db.select().from(antiAbuseRules).where(eq(antiAbuseRules.applicationId, app.id)).get();
  return row
    ? {
        enabled: row.enabled,
        minRequests: row.minRequests,
        minSuccessPct: row.minSuccessPct,
        maxGrowthPct: row.maxGrowthPct,
      }
    : { enabled: true, ...DEFAULT_ANTI_ABUSE_RULE };
}

export function saveAntiAbuseRule(ctx: Ctx, sdkAppId: string, input: AntiAbuseRuleInput): void {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('ModifySecurityRule', appResource(app));
  const { enabled, ...rule } = input;
  ctx.db
    .insert(antiAbuseRules)
    .values({ applicationId: app.id, enabled, ...rule, updatedAt: ctx.now })
    .onConflictDoUpdate({ target: antiAbuseRules.applicationId, set: { enabled, ...rule, updatedAt: ctx.now } })
    .run();
}

interface Counts {
  requests: number;
  successes: number;
  resolved: number;
}

/** Verification-code requests per application and hour index (epoch hours) from the hourly rollups. */
function captchaCounts(db: Db, hours: number[], applicationId?: number): Map<string, Counts> {
  const raw = db.$client;
  const rows = raw
    .prepare<
      unknown[],
      {
        application_id: number;
        hour: number;
        type: string;
        content: string;
        requests: number;
        delivered: number;
        resolved: number;
      }
    >(
      `SELECT h.application_id, h.hour, t.type, t.content, sum(h.requests) AS requests,
        sum(h.delivered) AS delivered, sum(h.failed + h.delivered + h.undelivered) AS resolved
       FROM stats_hourly h JOIN templates t ON t.id = h.template_id JOIN accounts a ON a.id = h.account_id
       WHERE h.hour IN ${IN_LIST} AND a.kind = 'customer' AND (? IS NULL OR h.application_id = ?)
       GROUP BY h.application_id, h.hour, h.template_id`,
    )
    .all(boundList(hours), applicationId ?? null, applicationId ?? null);
  const out = new Map<string, Counts>();
  for (const r of rows) {
    if (!isCaptchaTemplate(r.type, r.content)) continue;
    const key = `${r.application_id}|${r.hour}`;
    const c = out.get(key) ?? { requests: 0, successes: 0, resolved: 0 };
    c.requests += r.requests;
    c.successes += r.delivered;
    c.resolved += r.resolved;
    out.set(key, c);
  }
  return out;
}

export interface CaptchaHour extends Counts, HourEvaluation {
  /** `HH:00`, Beijing time. */
  hour: string;
  yesterday: number;
}

/** The page's statistics: verification-code requests, successes, success rate and growth per hour of a Beijing day. */
export function captchaHours(
  ctx: Ctx,
  sdkAppId: string,
  day: string,
): { day: string; hours: CaptchaHour[]; rule: AntiAbuseSettings } {
  const rule = getAntiAbuseRule(ctx, sdkAppId);
  const app = findApplication(ctx, sdkAppId);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const start = m ? fromBeijing(Number(m[1]), Number(m[2]), Number(m[3])) : beijingDayStart(ctx.now);
  const first = start.getTime() / HOUR_MS;
  const hours = Array.from({ length: 24 }, (_, i) => first + i);
  const counts = captchaCounts(ctx.db, [...hours, ...hours.map((h) => h - 24)], app.id);
  const zero = { requests: 0, successes: 0, resolved: 0 };
  return {
    day: beijingDateKey(start),
    rule,
    hours: hours.map((h, i) => {
      const c = counts.get(`${app.id}|${h}`) ?? zero;
      const yesterday = (counts.get(`${app.id}|${h - 24}`) ?? zero).requests;
      return { hour: `${String(i).padStart(2, '0')}:00`, ...c, yesterday, ...evaluateHour({ ...c, yesterday }, rule) };
    }),
  };
}

/**
 * The hourly evaluation (a periodic duty): the current and the previous hour of every
 * application with verification-code traffic; an alarm goes to the contacts who chose
 * anti-abuse alarms once per application and hour.
 */
export function evaluateAntiAbuse(db: Db, now: Date): number {
  const current = Math.floor(now.getTime() / HOUR_MS);
  const hours = [current - 1, current];
  const counts = captchaCounts(db, [...hours, ...hours.map((h) => h - 24)]);
  const raw = db.$client;
  const sys = systemContext(db, now);
  // Every application's own rule, read once (applications without one use the defaults).
  const rules = new Map(
    raw
      .prepare<
        unknown[],
        AntiAbuseRule & {
          application_id: number;
          enabled: number;
        }
      >(
        'SELECT application_id, enabled, min_requests AS minRequests, min_success_pct AS minSuccessPct, max_growth_pct AS maxGrowthPct FROM anti_abuse_rules',
      )
      .all()
      .map((r) => [r.application_id, r]),
  );
  let raised = 0;
  for (const [key, c] of counts) {
    const [appId, hour] = key.split('|').map(Number);
    if (!hours.includes(hour)) continue;
    const rule = rules.get(appId) ?? { enabled: 1, ...DEFAULT_ANTI_ABUSE_RULE };
    if (!rule.enabled) continue;
    const yesterday = counts.get(`${appId}|${hour - 24}`)?.requests ?? 0;
    const e = evaluateHour({ ...c, yesterday }, rule);
    if (!e.alarm) continue;
    raw
      .transaction(() => {
        if (!claimDuty(sys, `anti-abuse:${appId}:${hour}`)) return;
        const app = raw
          .prepare<
            unknown[],
            {
              account_id: number;
              name: string;
              sdk_app_id: string;
            }
          >('SELECT account_id, name, sdk_app_id FROM applications WHERE id = ?')
          .get(appId)!;
        const at = new Date(hour * HOUR_MS);
        const hh = `${beijingDateKey(at)} ${String((at.getUTCHours() + 8) % 24).padStart(2, '0')}:00`;
        const values = {
          sdkAppId: app.sdk_app_id,
          hour: hh,
          requests: c.requests,
          minRequests: rule.minRequests,
          success: e.successPct!.toFixed(1),
          minSuccess: rule.minSuccessPct,
          growth: e.growthPct?.toFixed(0) ?? '',
          maxGrowth: rule.maxGrowthPct,
        };
        raiseAlarm(db, now, {
          accountId: app.account_id,
          applicationId: appId,
          event: 'antiAbuse',
          title: notice('{app}: unusual verification-code traffic', { app: app.name }),
          body:
            e.growthPct === null
              ? notice(
                  'Application {sdkAppId}, hour {hour} (Beijing time): {requests} verification-code requests (above {minRequests}), success rate {success} % (below {minSuccess} %), growth from none the day before (above {maxGrowth} %). Check for SMS pumping.',
                  values,
                )
              : notice(
                  'Application {sdkAppId}, hour {hour} (Beijing time): {requests} verification-code requests (above {minRequests}), success rate {success} % (below {minSuccess} %), growth {growth} % (above {maxGrowth} %). Check for SMS pumping.',
                  values,
                ),
          link: `/applications/security?app=${app.sdk_app_id}`,
        });
        raised++;
      })
      .immediate();
  }
  return raised;
}
