import 'server-only';
import { notice } from '@/lib/domain/notices';
import type { Db } from '@/db/client';
import { choosePackage, type PackageCandidate } from '@/lib/domain/billing/packages';
import { ERROR_CODES } from '@/lib/domain/errors';
import type { CheckOutcome } from '@/lib/domain/sending/pipeline';
import {
  DEFAULT_SIMULATOR,
  simulateDelivery,
  type SimulatedOutcome,
  type SimulatorConfig,
} from '@/lib/domain/sending/simulator';
import type { MessageType } from '@/lib/domain/channels/routing';
import type { OptOut } from '@/lib/domain/sending/optout';
import { beijingDateKey, beijingDayStart } from '@/lib/domain/time';
import { compileTemplate } from '@/lib/domain/sms/compiled-template';
import { FALLBACK_PRICE_LI } from '../money/international';
import { claimDuty } from '../money/duties';
import { raiseAlarm } from '../alarms/raise';
import { systemContext } from '../system-context';
import { StatsBatch, type StatDims } from '../stats/rollup';
import type { CountryEntry } from '@/lib/domain/sending/countries';
import { CHECKS, pass, type AppRules, type History, type MessageCtx, type PendingRow } from './checks';
import { claimListed, claimPending } from './claim';
import { metrics } from '../metrics';
import { loadRoutingTable } from '../channels/routing-table';
import { settleTask } from './task-finish';

export { CLAIM_BY_TASK_SQL } from './claim';

export interface DispatchResult {
  processed: number;
  submitted: number;
  failed: number;
}

function dimsOf(m: PendingRow, now: Date): StatDims {
  return {
    accountId: m.account_id,
    region: m.region,
    applicationId: m.application_id,
    signatureId: m.signature_id,
    templateId: m.template_id,
    isoCountry: m.iso_country,
    at: now.getTime(),
  };
}

function accountOfApp(rows: PendingRow[]): Map<number, number> {
  return new Map(rows.map((r) => [r.application_id, r.account_id]));
}

/**
 * R-APP-4/5 alarm values: when an application's submissions of the day cross its alarm value,
 * the account is told once that day (a duty key makes it once, whatever the batches).
 */
function raiseAppAlarms(
  db: Db,
  now: Date,
  day: string,
  rules: Map<number, AppRules>,
  before: Map<string, number>,
  after: Map<string, number>,
  accounts: Map<number, number>,
): void {
  const sys = systemContext(db, now);
  for (const [key, n] of after) {
    const [appId, region] = key.split('|');
    const app = rules.get(Number(appId));
    const alarm = region === 'mainland' ? app?.mainlandAlarm : app?.intlAlarm;
    if (!app || alarm === null || alarm === undefined || n < alarm || (before.get(key) ?? 0) >= alarm) continue;
    if (!claimDuty(sys, `app-alarm:${appId}:${region}:${day}`)) continue;
    raiseAlarm(db, now, {
      accountId: accounts.get(Number(appId))!,
      applicationId: Number(appId),
      event: 'overLimit',
      // The region is a value the reader's table translates too (mainland → 国内).
      title: notice('{app}: daily {region} alarm value reached', { app: app.name, region }),
      body: notice(
        'Application {sdkAppId} has submitted {n} {region} messages today, reaching its alarm value of {alarm}.',
        { sdkAppId: app.sdkAppId, n, region, alarm },
      ),
      link: `/applications/${app.sdkAppId}`,
    });
  }
}

/** R-APP-6: a country's own alarm value (or the application's international one) crossed today: told once. */
function raiseCountryAlarms(
  db: Db,
  now: Date,
  day: string,
  rules: Map<number, AppRules>,
  before: Map<string, number>,
  after: Map<string, number>,
  accounts: Map<number, number>,
): void {
  const sys = systemContext(db, now);
  for (const [key, n] of after) {
    const [appId, iso] = key.split('|');
    const app = rules.get(Number(appId));
    const entry = app?.countries?.get(iso);
    const alarm = entry?.dailyAlarm ?? null;
    if (!app || !entry || alarm === null || n < alarm || (before.get(key) ?? 0) >= alarm) continue;
    if (!claimDuty(sys, `app-country-alarm:${appId}:${iso}:${day}`)) continue;
    raiseAlarm(db, now, {
      accountId: accounts.get(Number(appId))!,
      applicationId: Number(appId),
      event: 'overLimit',
      title: notice('{app}: daily alarm value for {iso} reached', { app: app.name, iso }),
      body: notice(
        "Application {sdkAppId} has submitted {n} messages to {iso} today, reaching the country's alarm value of {alarm}.",
        { sdkAppId: app.sdkAppId, n, iso, alarm },
      ),
      link: `/applications/${app.sdkAppId}`,
    });
  }
}

/** Failure codes that remind alarm contacts: frequency limits (R-APP-7) and the daily limit (R-APP-4/5). */
const REMINDER_CODES = new Set([1022, 1023, 1024, 1025, 1026]);

/**
 * R-APP-10 frequency-limit and over-limit reminders: the first message of the day an application
 * loses to a frequency limit, or to its daily limit, tells the contacts who chose it — once a day.
 */
function raiseReminders(
  db: Db,
  now: Date,
  day: string,
  rules: Map<number, AppRules>,
  hits: Set<string>,
  accounts: Map<number, number>,
): void {
  const sys = systemContext(db, now);
  for (const key of hits) {
    const [appId, kind] = key.split('|');
    const app = rules.get(Number(appId))!;
    if (!claimDuty(sys, `app-reminder:${appId}:${kind}:${day}`)) continue;
    const region = kind.replace('limit-', '');
    raiseAlarm(db, now, {
      accountId: accounts.get(Number(appId))!,
      applicationId: Number(appId),
      ...(kind === 'frequency'
        ? {
            event: 'frequency' as const,
            title: notice('{app}: messages stopped by the frequency limit', { app: app.name }),
            body: notice(
              'Application {sdkAppId} had messages refused today by its sending frequency limit (1023–1026). Check the numbers, or add them to the frequency allowlist.',
              { sdkAppId: app.sdkAppId },
            ),
          }
        : {
            event: 'overLimit' as const,
            title: notice('{app}: daily {region} limit reached', { app: app.name, region }),
            body: notice(
              'Application {sdkAppId} reached its daily {region} limit; further {region} messages fail with 1022 until the end of the day (Beijing time).',
              { sdkAppId: app.sdkAppId, region },
            ),
          }),
      link: `/applications/${app.sdkAppId}`,
    });
  }
}

const NO_RECEIPT_YET: SimulatedOutcome = { reports: false };

export function serialNo(id: number): string {
  return `${2000 + (id % 8000)}:${1_000_000_000 + id}`;
}

/**
 * Claims up to `batchSize` pending messages of sending tasks (and direct API sends), runs the
 * R-MSG-1 checks, bills the passing ones (R-BIL-4, R-PKG-5), routes them (the simulator decides
 * inline; a network channel gets an outbox row) and records every outcome — all in one
 * immediate transaction, so a crash leaves each message either untouched or fully billed and
 * handed on, never twice (R-MSG-4). No network I/O happens here.
 */
export function dispatchBatch(
  db: Db,
  now: Date,
  opts: { batchSize?: number; simulator?: SimulatorConfig; messageIds?: number[] } = {},
): DispatchResult {
  const raw = db.$client;
  const batchSize = opts.batchSize ?? 2000;
  const sim = opts.simulator ?? DEFAULT_SIMULATOR;
  const run = raw.transaction((): DispatchResult => {
    const rows: PendingRow[] = opts.messageIds ? claimListed(raw, opts.messageIds) : claimPending(raw, batchSize);
    if (rows.length === 0) return { processed: 0, submitted: 0, failed: 0 };

    // --- load what the batch needs, once ---
    const ids = (list: number[]) => JSON.stringify([...new Set(list)]);
    const accounts = new Map(
      raw
        .prepare<
          unknown[],
          {
            id: number;
            identity: 'enterprise' | 'individual';
            status: string;
            intl_daily_quota: number;
            kind: string;
          }
        >(
          `SELECT id, identity, status, intl_daily_quota, kind FROM accounts WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(ids(rows.map((r) => r.account_id)))
        .map((a) => [
          a.id,
          { identity: a.identity, status: a.status, intlQuota: a.intl_daily_quota, platform: a.kind === 'platform' },
        ]),
    );
    const templates = new Map(
      raw
        .prepare<
          unknown[],
          {
            id: number;
            content: string;
            type: string;
            status: string;
            region: string;
            deleted_at: number | null;
          }
        >(
          `SELECT id, content, type, status, region, deleted_at FROM templates WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(ids(rows.map((r) => r.template_id)))
        .map((t) => [
          t.id,
          t.deleted_at === null
            ? {
                content: t.content,
                compiled: compileTemplate(t.content),
                type: t.type,
                status: t.status,
                region: t.region,
              }
            : undefined,
        ]),
    );
    const signatures = new Map(
      raw
        .prepare<
          unknown[],
          {
            id: number;
            content: string;
            status: string;
            region: string;
            deleted_at: number | null;
            q_deleted: number | null;
            qualification_id: number | null;
          }
        >(
          `SELECT s.id, s.content, s.status, s.region, s.deleted_at, q.deleted_at AS q_deleted, s.qualification_id
           FROM signatures s LEFT JOIN qualifications q ON q.id = s.qualification_id WHERE s.id IN (SELECT value FROM json_each(?))`,
        )
        .all(ids(rows.filter((r) => r.signature_id !== null).map((r) => r.signature_id!)))
        .map((s) => [
          s.id,
          {
            content: s.content,
            usable:
              s.deleted_at === null &&
              s.status === 'effective' &&
              (s.region === 'international' || (s.qualification_id !== null && s.q_deleted === null)),
          },
        ]),
    );
    // `remaining` here is the in-memory balance of the batch: reservations decrement it.
    const packagesByAccount = new Map<number, PackageCandidate[]>();
    for (const accountId of new Set(rows.filter((r) => r.region === 'mainland').map((r) => r.account_id))) {
      const list = raw
        .prepare<
          unknown[],
          {
            id: number;
            kind: 'gift' | 'purchased';
            remaining: number;
            purchased_at: number;
            usable_from: number;
            expires_at: number;
            state: string;
          }
        >(
          `SELECT id, kind, remaining, purchased_at, usable_from, expires_at, state FROM packages WHERE account_id = ? AND state = 'active' AND remaining > 0`,
        )
        .all(accountId)
        .map((p) => ({
          id: String(p.id),
          kind: p.kind,
          remaining: p.remaining,
          purchasedAt: new Date(p.purchased_at),
          usableFrom: new Date(p.usable_from),
          expiresAt: new Date(p.expires_at),
          status: p.state,
        }));
      packagesByAccount.set(accountId, list);
    }
    const prices = new Map(
      raw
        .prepare<
          unknown[],
          {
            iso_country: string;
            price_li: number;
          }
        >('SELECT iso_country, price_li FROM country_prices')
        .all()
        .map((p) => [p.iso_country, p.price_li]),
    );
    const today = beijingDateKey(now);
    const intlToday = new Map(
      raw
        .prepare<unknown[], { account_id: number; billed: number }>(
          `SELECT account_id, sum(billed) AS billed FROM stats_daily WHERE region = 'international' AND day = ? GROUP BY account_id`,
        )
        .all(today)
        .map((u) => [u.account_id, u.billed]),
    );
    const since = Math.min(beijingDayStart(now).getTime(), now.getTime() - 3_600_000);
    const history = new Map<string, History[]>();
    const historyRows = raw
      .prepare<
        unknown[],
        {
          phone: string;
          account_id: number;
          application_id: number;
          submitted_at: number;
          content: string;
          marketing: number;
        }
      >(
        `SELECT m.phone, m.account_id, m.application_id, m.submitted_at, m.content, (t.type = 'marketing') AS marketing
         FROM messages m JOIN templates t ON t.id = m.template_id
         WHERE m.phone IN (SELECT value FROM json_each(?)) AND m.submitted_at >= ? AND m.status IN ('submitted', 'delivered', 'undelivered')`,
      )
      .all(JSON.stringify([...new Set(rows.map((r) => r.phone))]), since);
    for (const h of historyRows) {
      const key = `${h.account_id}|${h.phone}`;
      if (!history.has(key)) history.set(key, []);
      history.get(key)!.push({
        app: h.application_id,
        at: new Date(h.submitted_at),
        contentHash: h.content,
        marketing: h.marketing === 1,
      });
    }

    const optOuts = new Map<string, OptOut[]>();
    for (const o of raw
      .prepare<
        unknown[],
        {
          account_id: number;
          phone: string;
          signature_id: number;
          scope: OptOut['scope'];
        }
      >(
        `SELECT account_id, phone, signature_id, scope FROM opt_outs WHERE account_id IN (SELECT value FROM json_each(?)) AND phone IN (SELECT value FROM json_each(?))`,
      )
      .all(ids(rows.map((r) => r.account_id)), JSON.stringify([...new Set(rows.map((r) => r.phone))]))) {
      const key = `${o.account_id}|${o.phone}`;
      if (!optOuts.has(key)) optOuts.set(key, []);
      optOuts.get(key)!.push({ signatureId: o.signature_id, scope: o.scope });
    }
    const noOptOuts: OptOut[] = [];
    const appIds = ids(rows.map((r) => r.application_id));
    const appRules = new Map(
      raw
        .prepare<
          unknown[],
          {
            id: number;
            name: string;
            sdk_app_id: string;
            freq_per_30s: number;
            freq_per_hour: number | null;
            freq_per_day: number;
            mainland_daily_alarm: number | null;
            mainland_daily_limit: number | null;
            intl_daily_alarm: number | null;
            intl_daily_limit: number | null;
          }
        >(
          `SELECT id, name, sdk_app_id, freq_per_30s, freq_per_hour, freq_per_day, mainland_daily_alarm, mainland_daily_limit, intl_daily_alarm, intl_daily_limit
           FROM applications WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(appIds)
        .map((a) => [
          a.id,
          {
            rule: { per30s: a.freq_per_30s, perHour: a.freq_per_hour ?? undefined, perDay: a.freq_per_day },
            mainlandLimit: a.mainland_daily_limit,
            mainlandAlarm: a.mainland_daily_alarm,
            intlLimit: a.intl_daily_limit,
            intlAlarm: a.intl_daily_alarm,
            name: a.name,
            sdkAppId: a.sdk_app_id,
            countries: null,
          } satisfies AppRules as AppRules,
        ]),
    );
    // R-APP-6: sendable countries of the applications with international messages in the batch.
    const intlAppIds = ids(rows.filter((r) => r.region === 'international').map((r) => r.application_id));
    for (const e of raw
      .prepare<
        unknown[],
        {
          application_id: number;
          iso_country: string;
          daily_alarm: number | null;
          daily_limit: number | null;
        }
      >(
        `SELECT application_id, iso_country, daily_alarm, daily_limit FROM app_countries WHERE application_id IN (SELECT value FROM json_each(?))`,
      )
      .all(intlAppIds)) {
      const rules = appRules.get(e.application_id)!;
      const list = (rules.countries ?? new Map<string, CountryEntry>()) as Map<string, CountryEntry>;
      list.set(e.iso_country, { iso: e.iso_country, dailyAlarm: e.daily_alarm, dailyLimit: e.daily_limit });
      rules.countries = list;
    }
    const allowlist = new Set(
      raw
        .prepare<
          unknown[],
          {
            application_id: number;
            phone: string;
          }
        >(
          `SELECT application_id, phone FROM app_allowlist WHERE application_id IN (SELECT value FROM json_each(?)) AND phone IN (SELECT value FROM json_each(?))`,
        )
        .all(appIds, JSON.stringify([...new Set(rows.map((r) => r.phone))]))
        .map((a) => `${a.application_id}|${a.phone}`),
    );
    // Today's submissions per application and region (the rollup), moved on as the batch submits.
    const appToday = new Map(
      raw
        .prepare<unknown[], { application_id: number; region: string; n: number }>(
          `SELECT application_id, region, sum(submitted) AS n FROM stats_daily WHERE day = ? AND application_id IN (SELECT value FROM json_each(?)) GROUP BY 1, 2`,
        )
        .all(today, appIds)
        .map((r) => [`${r.application_id}|${r.region}`, r.n]),
    );
    const appTodayBefore = new Map(appToday);
    // Today's international submissions per application and country (R-APP-6).
    const appCountryToday = new Map(
      raw
        .prepare<unknown[], { application_id: number; iso_country: string; n: number }>(
          `SELECT application_id, iso_country, sum(submitted) AS n FROM stats_daily WHERE day = ? AND region = 'international' AND application_id IN (SELECT value FROM json_each(?)) GROUP BY 1, 2`,
        )
        .all(today, intlAppIds)
        .map((r) => [`${r.application_id}|${r.iso_country}`, r.n]),
    );
    const appCountryBefore = new Map(appCountryToday);
    const routing = loadRoutingTable(raw, now);

    // --- check, bill and simulate each message in memory ---
    const update = raw.prepare(
      `UPDATE messages SET status = ?, content = ?, length = ?, billable = ?, package_id = ?, price_li = ?, submitted_at = ?,
         receipt_due_at = ?, receipt_ok = ?, receipt_code = ?, fail_code = ?, fail_reason = ?, serial_no = ?, processed_at = ?, channel_id = ?
       WHERE id = ? AND status = 'pending'`,
    );
    // Messages for a network channel wait in the outbox; its runner submits them (docs/delivery.md).
    const queue = raw.prepare(
      `INSERT INTO outbox (message_id, channel_id, fallbacks, state, attempts, next_at, queued_at) VALUES (?, ?, ?, 'queued', 0, ?, ?)`,
    );
    const packageDelta = new Map<number, { accountId: number; delta: number }>();
    const taskDelta = new Map<number, { submitted: number; failed: number; billed: number; cost: number }>();
    const stats = new StatsBatch();
    let submitted = 0;
    let failed = 0;
    const byChannel = new Map<number, number>();
    // Applications whose messages hit a frequency limit or a daily limit in this batch (R-APP-10 reminders).
    const reminders = new Set<string>();
    // Shared by every message of the batch (no closures per message on this hot path).
    const price = (iso: string) => prices.get(iso) ?? FALLBACK_PRICE_LI;
    const choosePackageFor = (accountId: number, billable: number): number | null => {
      const list = packagesByAccount.get(accountId) ?? [];
      const id = choosePackage(list, billable, now);
      if (id === null) return null;
      list.find((p) => p.id === id)!.remaining -= billable;
      return Number(id);
    };
    for (const m of rows) {
      const key = `${m.account_id}|${m.phone}`;
      const hist = history.get(key) ?? [];
      const c: MessageCtx = {
        m,
        now,
        account: accounts.get(m.account_id)!,
        template: templates.get(m.template_id),
        signature: m.signature_id === null ? null : signatures.get(m.signature_id),
        text: '',
        values: [],
        billable: 0,
        length: 0,
        history: hist,
        optOuts: optOuts.get(key) ?? noOptOuts,
        app: appRules.get(m.application_id)!,
        allowlisted: allowlist.has(`${m.application_id}|${m.phone}`),
        appToday: appToday.get(`${m.application_id}|${m.region}`) ?? 0,
        appCountryToday:
          m.region === 'international' ? (appCountryToday.get(`${m.application_id}|${m.iso_country}`) ?? 0) : 0,
        intlUsedToday: intlToday.get(m.account_id) ?? 0,
        packageId: null,
        priceLi: 0,
        price,
        choosePackageFor,
      };
      let outcome: CheckOutcome = pass;
      for (const check of CHECKS) {
        outcome = check.run(c);
        if (!outcome.ok) break;
      }
      const route = outcome.ok
        ? routing.decide(
            { region: m.region, isoCountry: m.iso_country, phone: m.phone, accountId: m.account_id },
            c.template!.type as MessageType,
          )
        : null;
      if (outcome.ok && route === null) outcome = { ok: false, code: 1049 };
      const td = taskDelta.get(m.task_id ?? 0) ?? { submitted: 0, failed: 0, billed: 0, cost: 0 };
      taskDelta.set(m.task_id ?? 0, td);
      if (!outcome.ok) {
        if (c.packageId !== null)
          packagesByAccount.get(m.account_id)!.find((p) => p.id === String(c.packageId))!.remaining += c.billable;
        const reason = outcome.message ?? (ERROR_CODES as Record<number, string>)[outcome.code] ?? 'failed';
        if (REMINDER_CODES.has(outcome.code))
          reminders.add(`${m.application_id}|${outcome.code === 1022 ? `limit-${m.region}` : 'frequency'}`);
        if (
          update.run(
            'failed',
            c.text || null,
            c.length || null,
            0,
            null,
            0,
            null,
            null,
            null,
            null,
            String(outcome.code),
            reason,
            null,
            now.getTime(),
            null,
            m.id,
          ).changes === 1
        ) {
          failed++;
          td.failed++;
          const dims = dimsOf(m, now);
          stats.add(dims, { requests: 1, failed: 1 });
          stats.addCode(dims, 'failed', String(outcome.code));
        }
        continue;
      }
      // The simulator decides the receipt here, in the same transaction (R-MSG-2); a network channel's comes from the carrier.
      const receipt = route!.kind === 'inline' ? simulateDelivery(sim, m.id, m.iso_country) : NO_RECEIPT_YET;
      const res = update.run(
        'submitted',
        c.text,
        c.length,
        c.billable,
        c.packageId,
        c.priceLi,
        now.getTime(),
        receipt.reports ? now.getTime() + receipt.delayMs : null,
        receipt.reports ? (receipt.ok ? 1 : 0) : null,
        receipt.reports && !receipt.ok ? receipt.code : null,
        null,
        null,
        serialNo(m.id),
        now.getTime(),
        route!.channelId,
        m.id,
      );
      if (res.changes !== 1) continue;
      byChannel.set(route!.channelId, (byChannel.get(route!.channelId) ?? 0) + 1);
      if (route!.kind === 'outbox')
        queue.run(m.id, route!.channelId, JSON.stringify(route!.fallbacks), now.getTime(), now.getTime());
      submitted++;
      td.submitted++;
      td.billed += c.billable;
      td.cost += c.priceLi;
      hist.push({ app: m.application_id, at: now, contentHash: c.text, marketing: c.template!.type === 'marketing' });
      history.set(key, hist);
      if (m.region === 'international') intlToday.set(m.account_id, (intlToday.get(m.account_id) ?? 0) + c.billable);
      appToday.set(`${m.application_id}|${m.region}`, c.appToday + 1);
      if (m.region === 'international')
        appCountryToday.set(`${m.application_id}|${m.iso_country}`, c.appCountryToday + 1);
      if (c.packageId !== null) {
        const pd = packageDelta.get(c.packageId) ?? { accountId: m.account_id, delta: 0 };
        pd.delta += c.billable;
        packageDelta.set(c.packageId, pd);
      }
      stats.add(dimsOf(m, now), { requests: 1, submitted: 1, billed: c.billable, costLi: c.priceLi });
    }

    // --- write the aggregates in the same transaction ---
    const ref = `${rows[0].id}-${rows[rows.length - 1].id}`;
    const takePackage = raw.prepare('UPDATE packages SET remaining = remaining - ? WHERE id = ? AND remaining >= ?');
    const ledger = raw.prepare(
      `INSERT INTO package_ledger (package_id, account_id, kind, delta, ref_type, ref_id, at) VALUES (?, ?, 'deduct', ?, 'dispatch', ?, ?)`,
    );
    for (const [packageId, { accountId, delta }] of packageDelta) {
      if (takePackage.run(delta, packageId, delta).changes !== 1)
        throw new Error(`package ${packageId} would be overdrawn; batch rolled back`);
      ledger.run(packageId, accountId, -delta, ref, now.getTime());
    }
    const taskUpdate = raw.prepare(
      'UPDATE tasks SET submitted = submitted + ?, failed = failed + ?, billed = billed + ?, cost_li = cost_li + ? WHERE id = ?',
    );
    for (const [taskId, d] of taskDelta) {
      if (taskId === 0) continue;
      taskUpdate.run(d.submitted, d.failed, d.billed, d.cost, taskId);
      settleTask(raw, taskId, now);
    }
    stats.flush(raw);
    raiseAppAlarms(db, now, today, appRules, appTodayBefore, appToday, accountOfApp(rows));
    raiseCountryAlarms(db, now, today, appRules, appCountryBefore, appCountryToday, accountOfApp(rows));
    raiseReminders(db, now, today, appRules, reminders, accountOfApp(rows));
    const counter = metrics().messages;
    for (const [channel, n] of byChannel) counter.inc({ status: 'submitted', channel: String(channel) }, n);
    if (failed > 0) counter.inc({ status: 'failed', channel: '0' }, failed);
    return { processed: rows.length, submitted, failed };
  });
  return run.immediate();
}

/** Closes sending tasks that have nothing pending any more (e.g. after a restart): sent or failed (R-SND-4). */
export function finishIdleTasks(db: Db, now: Date): number {
  const raw = db.$client;
  const idle = raw
    .prepare<unknown[], { id: number }>(
      `SELECT id FROM tasks WHERE status = 'sending'
       AND NOT EXISTS (SELECT 1 FROM messages m INDEXED BY messages_pending_idx WHERE m.task_id = tasks.id AND m.status = 'pending')`,
    )
    .all();
  return idle.filter((t) => settleTask(raw, t.id, now)).length;
}
