import 'server-only';
import { cloudError, type Language } from '@/lib/api/errors';
import { parseCloudHour } from '@/lib/domain/api/cloud';
import { requireAccount } from '../../context';
import { defineAction, requireApp } from '../registry';

const HOUR_MS = 3_600_000;

const rangeParams = {
  BeginTime: { type: 'String', required: true },
  EndTime: { type: 'String', required: true },
  SmsSdkAppId: { type: 'String', required: true },
  Limit: { type: 'Integer', required: true },
  Offset: { type: 'Integer', required: true },
} as const;

/** `yyyymmddhh` bounds → [first hour, last hour] as hour indexes of stats_hourly; the end hour is included. */
function hours(begin: string, end: string, lang: Language, maxDays?: number): { from: number; to: number } {
  const b = parseCloudHour(begin);
  if (!b)
    throw cloudError(
      'InvalidParameterValue.BeginTimeVerifyFail',
      'BeginTime must be yyyymmddhh.',
      'BeginTime 格式须为 yyyymmddhh。',
      lang,
    );
  const e = parseCloudHour(end);
  if (!e)
    throw cloudError(
      'InvalidParameterValue.EndTimeVerifyFail',
      'EndTime must be yyyymmddhh.',
      'EndTime 格式须为 yyyymmddhh。',
      lang,
    );
  if (e < b)
    throw cloudError(
      'InvalidParameterValue.InvalidStartTime',
      'EndTime is earlier than BeginTime.',
      '结束时间早于开始时间。',
      lang,
    );
  if (maxDays && e.getTime() - b.getTime() > maxDays * 24 * HOUR_MS) {
    throw cloudError(
      'InvalidParameterValue.EndTimeVerifyFail',
      `The range may span at most ${maxDays} days.`,
      `时间跨度不能超过 ${maxDays} 天。`,
      lang,
    );
  }
  return { from: b.getTime() / HOUR_MS, to: e.getTime() / HOUR_MS };
}

/** SendStatusStatistics (§3.7): requests, successful submissions and billed count, from the hourly rollup. */
export const sendStatusStatistics = defineAction({
  params: rangeParams,
  run(ctx, p, { lang }) {
    const app = requireApp(ctx, p.SmsSdkAppId, 'SendStatusStatistics', lang);
    const { from, to } = hours(p.BeginTime, p.EndTime, lang);
    const r = ctx.db.$client
      .prepare<unknown[], { requests: number; submitted: number; billed: number }>(
        `SELECT coalesce(sum(requests), 0) AS requests, coalesce(sum(submitted), 0) AS submitted,
          coalesce(sum(billed), 0) AS billed
         FROM stats_hourly WHERE account_id = ? AND application_id = ? AND hour BETWEEN ? AND ?`,
      )
      .get(app.accountId, app.id, from, to)!;
    return { SendStatusStatistics: { FeeCount: r.billed, RequestCount: r.requests, RequestSuccessCount: r.submitted } };
  },
});

/** Receipt failure codes of the simulator by the cloud's categories (§3.8). */
const CATEGORY: Record<string, 'InvalidNumberCount' | 'ShutdownErrorCount' | 'BlackListCount' | 'InternalErrorCount'> =
  {
    'MK:0001': 'InvalidNumberCount',
    'IA:0051': 'InvalidNumberCount',
    'MK:0005': 'ShutdownErrorCount',
    UNDELIV: 'ShutdownErrorCount',
    EXPIRED: 'ShutdownErrorCount',
    'DB:0141': 'BlackListCount',
    REJECTD: 'InternalErrorCount',
  };

/** CallbackStatusStatistics (§3.8): receipts of the messages requested in the range (≤ 32 days). */
export const callbackStatusStatistics = defineAction({
  params: rangeParams,
  run(ctx, p, { lang }) {
    const app = requireApp(ctx, p.SmsSdkAppId, 'CallbackStatusStatistics', lang);
    const { from, to } = hours(p.BeginTime, p.EndTime, lang, 32);
    const raw = ctx.db.$client;
    const totals = raw
      .prepare<unknown[], { submitted: number; delivered: number; undelivered: number }>(
        `SELECT coalesce(sum(submitted), 0) AS submitted, coalesce(sum(delivered), 0) AS delivered,
          coalesce(sum(undelivered), 0) AS undelivered
         FROM stats_hourly WHERE account_id = ? AND application_id = ? AND hour BETWEEN ? AND ?`,
      )
      .get(app.accountId, app.id, from, to)!;
    const out = {
      CallbackCount: totals.delivered + totals.undelivered,
      RequestSuccessCount: totals.submitted,
      CallbackFailCount: totals.undelivered,
      CallbackSuccessCount: totals.delivered,
      InternalErrorCount: 0,
      InvalidNumberCount: 0,
      ShutdownErrorCount: 0,
      BlackListCount: 0,
      FrequencyLimitCount: 0,
    };
    const codes = raw
      .prepare<unknown[], { fail_code: string; n: number }>(
        `SELECT fail_code, count(*) AS n FROM messages WHERE account_id = ? AND processed_at BETWEEN ? AND ?
          AND processed_at IS NOT NULL
         AND application_id = ? AND status = 'undelivered' GROUP BY fail_code`,
      )
      .all(app.accountId, from * HOUR_MS, (to + 1) * HOUR_MS - 1, app.id);
    for (const c of codes) out[CATEGORY[c.fail_code] ?? 'InternalErrorCount'] += c.n;
    return { CallbackStatusStatistics: out };
  },
});

/** SmsPackagesStatistics (§3.9): the account's packages created in the range, with their usage. */
export const smsPackagesStatistics = defineAction({
  params: {
    SmsSdkAppId: { type: 'String', required: true },
    Limit: { type: 'Integer', required: true },
    Offset: { type: 'Integer', required: true },
    BeginTime: { type: 'String', required: true },
    EndTime: { type: 'String', required: true },
  },
  run(ctx, p, { lang }) {
    requireApp(ctx, p.SmsSdkAppId, 'SmsPackagesStatistics', lang);
    const account = requireAccount(ctx);
    const { from, to } = hours(p.BeginTime, p.EndTime, lang);
    if (p.Limit > 500)
      throw cloudError(
        'InvalidParameterValue.LimitVerifyFail',
        'Limit must be at most 500.',
        'Limit 不能超过 500。',
        lang,
      );
    const rows = ctx.db.$client
      .prepare<
        unknown[],
        {
          id: number;
          kind: 'gift' | 'purchased';
          total: number;
          remaining: number;
          purchased_at: number;
          usable_from: number;
          expires_at: number;
        }
      >(
        `SELECT id, kind, total, remaining, purchased_at, usable_from, expires_at FROM packages
         WHERE account_id = ? AND purchased_at BETWEEN ? AND ? ORDER BY purchased_at, id LIMIT ? OFFSET ?`,
      )
      .all(account.id, from * HOUR_MS, (to + 1) * HOUR_MS - 1, p.Limit === 0 ? 500 : p.Limit, p.Offset);
    return {
      SmsPackagesStatisticsSet: rows.map((r) => ({
        PackageCreateTime: Math.floor(r.purchased_at / 1000),
        PackageEffectiveTime: Math.floor(r.usable_from / 1000),
        PackageExpiredTime: Math.floor(r.expires_at / 1000),
        PackageAmount: r.total,
        PackageType: r.kind === 'gift' ? 0 : 1,
        PackageId: r.id,
        CurrentUsage: r.total - r.remaining,
      })),
    };
  },
});
