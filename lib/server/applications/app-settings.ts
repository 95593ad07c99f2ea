import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { accounts, appAllowlist, applications } from '@/db/schema';
import { MAX_ALLOWLIST, MAX_ALLOWLIST_ADD, validateAppSettings, type AppSettingsInput } from '@/lib/domain/sending/app-settings';
import { looksMainland, maskPhone, normalizeAnyPhone } from '@/lib/domain/phone/normalize';
import { AppError } from '../errors';
import { appResource } from '../authorize';
import { requireAccount, type Ctx } from '../context';
import { findApplication } from './find-application';

export interface AppSettingsView extends AppSettingsInput {
  allowlist: { phone: string; masked: string }[];
}

/** Basic Configuration of an application: frequency rule, daily thresholds, allowlist (masked). */
export function getAppSettings(ctx: Ctx, sdkAppId: string): AppSettingsView {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('DescribeAppConfig', appResource(app));
  const allowlist = ctx.db.select({ phone: appAllowlist.phone }).from(appAllowlist).where(eq(appAllowlist.applicationId, app.id)).orderBy(asc(appAllowlist.addedAt), asc(appAllowlist.phone)).all();
  return {
    per30s: app.freqPer30s,
    perHour: app.freqPerHour,
    perDay: app.freqPerDay,
    mainlandAlarm: app.mainlandDailyAlarm,
    mainlandLimit: app.mainlandDailyLimit,
    intlAlarm: app.intlDailyAlarm,
    intlLimit: app.intlDailyLimit,
    allowlist: allowlist.map((a) => ({ phone: a.phone, masked: maskPhone(a.phone) })),
  };
}

const num = (v: unknown): number | null => {
  const s = String(v ?? '').trim();
  return s === '' ? null : Number(s);
};

/** Saves the frequency rule (R-APP-7) and the daily thresholds (R-APP-4/5); refused settings change nothing. */
export function saveAppSettings(ctx: Ctx, sdkAppId: string, raw: Record<string, unknown>): void {
  const account = requireAccount(ctx);
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('ModifyFreqRule', appResource(app));
  ctx.authorize('ModifyAppThreshold', appResource(app));
  const input: AppSettingsInput = {
    per30s: num(raw.per30s) ?? NaN,
    perHour: num(raw.perHour),
    perDay: num(raw.perDay) ?? NaN,
    mainlandAlarm: num(raw.mainlandAlarm),
    mainlandLimit: num(raw.mainlandLimit),
    intlAlarm: num(raw.intlAlarm),
    intlLimit: num(raw.intlLimit),
  };
  const quota = ctx.db.select({ q: accounts.intlDailyQuota }).from(accounts).where(eq(accounts.id, account.id)).get()!.q;
  const errors = validateAppSettings(input, account.identity, quota);
  if (Object.keys(errors).length > 0) throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', errors);
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
export function addToAllowlist(ctx: Ctx, sdkAppId: string, text: string): { added: number; rejected: { line: number; reason: string }[] } {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('ModifyFreqAllowlist', appResource(app));
  const lines = String(text ?? '').split(/\r?\n/).map((l) => l.trim());
  const filled = lines.filter(Boolean);
  if (filled.length === 0) throw new AppError('INVALID_INPUT', 'Enter at least one number.', { numbers: 'Enter one number per line.' });
  if (filled.length > MAX_ALLOWLIST_ADD) throw new AppError('INVALID_INPUT', `At most ${MAX_ALLOWLIST_ADD} numbers per add.`, { numbers: `At most ${MAX_ALLOWLIST_ADD} lines (now ${filled.length}).` });
  const rejected: { line: number; reason: string }[] = [];
  const phones: string[] = [];
  lines.forEach((l, i) => {
    if (!l) return;
    if (!looksMainland(l) && !l.startsWith('+')) return rejected.push({ line: i + 1, reason: 'Write numbers outside mainland China as +CC… (e.g. +85261234567).' });
    const n = normalizeAnyPhone(l);
    if (n.ok) phones.push(n.e164);
    else rejected.push({ line: i + 1, reason: n.message });
  });
  return ctx.db.transaction(
    () => {
      const insert = ctx.db.$client.prepare('INSERT OR IGNORE INTO app_allowlist (application_id, phone, added_at) VALUES (?, ?, ?)');
      let added = 0;
      for (const p of phones) added += insert.run(app.id, p, ctx.now.getTime()).changes;
      const total = (ctx.db.$client.prepare('SELECT count(*) AS n FROM app_allowlist WHERE application_id = ?').get(app.id) as { n: number }).n;
      if (total > MAX_ALLOWLIST) throw new AppError('LIMIT_REACHED', `An application's allowlist holds at most ${MAX_ALLOWLIST} numbers.`, { numbers: `At most ${MAX_ALLOWLIST} in all.` });
      return { added, rejected };
    },
    { behavior: 'immediate' },
  );
}

export function removeFromAllowlist(ctx: Ctx, sdkAppId: string, phone: string): void {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('ModifyFreqAllowlist', appResource(app));
  ctx.db.delete(appAllowlist).where(and(eq(appAllowlist.applicationId, app.id), eq(appAllowlist.phone, String(phone)))).run();
}
