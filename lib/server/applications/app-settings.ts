import 'server-only';
import type { AppSettingsValues } from '@/lib/schemas/applications';
import { fillText } from '@/lib/domain/notices';
import { and, asc, eq } from 'drizzle-orm';
import { accounts, appAllowlist, applications } from '@/db/schema';
import {
  MAX_ALLOWLIST,
  MAX_ALLOWLIST_ADD,
  validateAppSettings,
  type AppSettingsInput,
} from '@/lib/domain/sending/app-settings';
import { looksMainland, maskPhone, normalizeAnyPhone } from '@/lib/domain/phone/normalize';
import { AppError } from '../errors';
import { appResource } from '../authorize';
import { requireAccount, type Ctx } from '../context';
import { findApplication } from './find-application';
import type { ActionName } from '@/lib/domain/access/actions';

/** The sections of Basic Configuration, each behind its own permission pair (the seed's table). */
export const SETTINGS_SECTIONS = {
  frequency: { read: 'DescribeFreqRule', write: 'ModifyFreqRule', fields: ['per30s', 'perHour', 'perDay'] },
  thresholds: {
    read: 'DescribeWarningThreshold',
    write: 'ModifyWarningThreshold',
    fields: ['mainlandAlarm', 'mainlandLimit', 'intlAlarm', 'intlLimit'],
  },
} as const satisfies Record<
  string,
  { read: ActionName; write: ActionName; fields: readonly (keyof AppSettingsInput)[] }
>;
export type SettingsSection = keyof typeof SETTINGS_SECTIONS;

export interface AppSettingsView {
  /** Null when the caller may not read that section. */
  frequency: Pick<AppSettingsInput, 'per30s' | 'perHour' | 'perDay'> | null;
  thresholds: Pick<AppSettingsInput, 'mainlandAlarm' | 'mainlandLimit' | 'intlAlarm' | 'intlLimit'> | null;
  allowlist: { phone: string; masked: string }[] | null;
}

function allowed(ctx: Ctx, action: ActionName, resource: ReturnType<typeof appResource>): boolean {
  try {
    ctx.authorize(action, resource);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'FORBIDDEN') return false;
    throw err;
  }
}

function currentSettings(app: {
  freqPer30s: number;
  freqPerHour: number | null;
  freqPerDay: number;
  mainlandDailyAlarm: number | null;
  mainlandDailyLimit: number | null;
  intlDailyAlarm: number | null;
  intlDailyLimit: number | null;
}): AppSettingsInput {
  return {
    per30s: app.freqPer30s,
    perHour: app.freqPerHour,
    perDay: app.freqPerDay,
    mainlandAlarm: app.mainlandDailyAlarm,
    mainlandLimit: app.mainlandDailyLimit,
    intlAlarm: app.intlDailyAlarm,
    intlLimit: app.intlDailyLimit,
  };
}

/**
 * Basic Configuration of an application: the frequency rule, the daily thresholds and the
 * allowlist (masked), each shown only to a caller with its Describe permission; FORBIDDEN
 * when none is readable.
 */
export function getAppSettings(ctx: Ctx, sdkAppId: string): AppSettingsView {
  const app = findApplication(ctx, sdkAppId);
  const resource = appResource(app);
  const cur = currentSettings(app);
  const view: AppSettingsView = {
    frequency: allowed(ctx, 'DescribeFreqRule', resource)
      ? { per30s: cur.per30s, perHour: cur.perHour, perDay: cur.perDay }
      : null,
    thresholds: allowed(ctx, 'DescribeWarningThreshold', resource)
      ? {
          mainlandAlarm: cur.mainlandAlarm,
          mainlandLimit: cur.mainlandLimit,
          intlAlarm: cur.intlAlarm,
          intlLimit: cur.intlLimit,
        }
      : null,
    allowlist: null,
  };
  if (allowed(ctx, 'DescribeFrequencyWhitelist', resource)) {
    const rows = ctx.db
      .select({ phone: appAllowlist.phone })
      .from(appAllowlist)
      .where(eq(appAllowlist.applicationId, app.id))
      .orderBy(asc(appAllowlist.addedAt), asc(appAllowlist.phone))
      .all();
    view.allowlist = rows.map((a) => ({ phone: a.phone, masked: maskPhone(a.phone) }));
  }
  if (!view.frequency && !view.thresholds && !view.allowlist) ctx.authorize('DescribeFreqRule', resource);
  return view;
}

/**
 * Saves one section of Basic Configuration — the frequency rule (R-APP-7, ModifyFreqRule) or
 * the daily thresholds (R-APP-4/5, ModifyWarningThreshold) — needing only that section's
 * permission; the other section keeps its values. Refused settings change nothing.
 */
export function saveAppSettings(ctx: Ctx, sdkAppId: string, section: SettingsSection, raw: AppSettingsValues): void {
  const account = requireAccount(ctx);
  const app = findApplication(ctx, sdkAppId);
  const def = SETTINGS_SECTIONS[section];
  if (!def) throw new AppError('INVALID_INPUT', 'Unknown settings section.');
  ctx.authorize(def.write, appResource(app));
  const input: AppSettingsInput = { ...currentSettings(app) };
  for (const field of def.fields) {
    const value = raw[field] ?? null;
    if (field === 'per30s' || field === 'perDay') input[field] = value ?? NaN;
    else input[field] = value;
  }
  const quota = ctx.db.select({ q: accounts.intlDailyQuota }).from(accounts).where(eq(accounts.id, account.id)).get()!
    .q;
  const all = validateAppSettings(input, account.identity, quota);
  const errors = Object.fromEntries(Object.entries(all).filter(([k]) => (def.fields as readonly string[]).includes(k)));
  if (Object.keys(errors).length > 0)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', errors);
  ctx.db
    .update(applications)
    .set({
      freqPer30s: input.per30s,
      freqPerHour: input.perHour,
      freqPerDay: input.perDay,
      mainlandDailyAlarm: input.mainlandAlarm,
      mainlandDailyLimit: input.mainlandLimit,
      intlDailyAlarm: input.intlAlarm,
      intlDailyLimit: input.intlLimit,
      updatedAt: ctx.now,
    })
    .where(eq(applications.id, app.id))
    .run();
}

/** R-APP-8: adds numbers (one per line; `+CC…` for non-mainland) to the allowlist; ≤ 100 per add, ≤ 300 in all. */
export function addToAllowlist(
  ctx: Ctx,
  sdkAppId: string,
  text: string,
): { added: number; rejected: { line: number; reason: string }[] } {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('AddFrequencyWhiteList', appResource(app));
  const lines = String(text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const filled = lines.filter(Boolean);
  if (filled.length === 0)
    throw new AppError('INVALID_INPUT', 'Enter at least one number.', { numbers: 'Enter one number per line.' });
  if (filled.length > MAX_ALLOWLIST_ADD)
    throw new AppError(
      'INVALID_INPUT',
      fillText('At most {MAX_ALLOWLIST_ADD} numbers per add.', { MAX_ALLOWLIST_ADD }),
      {
        numbers: fillText('At most {MAX_ALLOWLIST_ADD} lines (now {length}).', {
          MAX_ALLOWLIST_ADD,
          length: filled.length,
        }),
      },
    );
  const rejected: { line: number; reason: string }[] = [];
  const phones: string[] = [];
  lines.forEach((l, i) => {
    if (!l) return;
    if (!looksMainland(l) && !l.startsWith('+'))
      return rejected.push({
        line: i + 1,
        reason: 'Write numbers outside mainland China as +CC… (e.g. +85261234567).',
      });
    const n = normalizeAnyPhone(l);
    if (n.ok) phones.push(n.e164);
    else rejected.push({ line: i + 1, reason: n.message });
  });
  return ctx.db.transaction(
    () => {
      const insert = ctx.db.$client.prepare(
        'INSERT INTO app_allowlist (application_id, phone, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      );
      let added = 0;
      for (const p of phones) added += insert.run(app.id, p, ctx.now.getTime()).changes;
      const total = ctx.db.$client
        .prepare<
          unknown[],
          {
            n: number;
          }
        >('SELECT count(*) AS n FROM app_allowlist WHERE application_id = ?')
        .get(app.id)!.n;
      if (total > MAX_ALLOWLIST)
        throw new AppError(
          'LIMIT_REACHED',
          fillText("An application's allowlist holds at most {MAX_ALLOWLIST} numbers.", { MAX_ALLOWLIST }),
          {
            numbers: fillText('At most {MAX_ALLOWLIST} in all.', { MAX_ALLOWLIST }),
          },
        );
      return { added, rejected };
    },
    { behavior: 'immediate' },
  );
}

export function removeFromAllowlist(ctx: Ctx, sdkAppId: string, phone: string): void {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('DeleteFrequencyWhiteList', appResource(app));
  ctx.db
    .delete(appAllowlist)
    .where(and(eq(appAllowlist.applicationId, app.id), eq(appAllowlist.phone, String(phone))))
    .run();
}
