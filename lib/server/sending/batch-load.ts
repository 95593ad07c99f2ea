import 'server-only';
// The dispatcher's first step (docs/delivery.md): everything a batch of claimed messages is
// checked against, read once per batch — accounts, content, packages, prices, today's usage,
// recent history, opt-outs, application rules and the routing table.
import type { RawDb } from '@/db/client';
import type { PackageCandidate } from '@/lib/domain/billing/packages';
import type { OptOut } from '@/lib/domain/sending/optout';
import type { CountryEntry } from '@/lib/domain/sending/countries';
import { beijingDateKey, beijingDayStart } from '@/lib/domain/time';
import { compileTemplate } from '@/lib/domain/sms/compiled-template';
import { loadRoutingTable } from '../channels/routing-table';
import type { AppRules, History, PendingRow } from './checks';
import { IN_LIST, boundList } from '@/db/dialect';

/** What one batch is decided against; the in-memory counters move on as messages are submitted. */
export type BatchState = ReturnType<typeof loadBatch>;

/** Reads what the claimed `rows` need, in one pass per kind (no query per message). */
export function loadBatch(raw: RawDb, rows: PendingRow[], now: Date) {
  const ids = (list: number[]) => boundList(list);
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
      >(`SELECT id, identity, status, intl_daily_quota, kind FROM accounts WHERE id IN ${IN_LIST}`)
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
      >(`SELECT id, content, type, status, region, deleted_at FROM templates WHERE id IN ${IN_LIST}`)
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
         FROM signatures s LEFT JOIN qualifications q ON q.id = s.qualification_id WHERE s.id IN ${IN_LIST}`,
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
        `SELECT id, kind, remaining, purchased_at, usable_from, expires_at, state FROM packages
          WHERE account_id = ? AND state = 'active' AND remaining > 0`,
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
        `SELECT account_id, sum(billed) AS billed FROM stats_daily WHERE region = 'international' AND day = ?
          GROUP BY account_id`,
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
       WHERE m.phone IN ${IN_LIST} AND m.submitted_at >= ? AND m.status IN ('submitted', 'delivered', 'undelivered')`,
    )
    .all(boundList(rows.map((r) => r.phone)), since);
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
      `SELECT account_id, phone, signature_id, scope FROM opt_outs WHERE account_id IN ${IN_LIST}
        AND phone IN ${IN_LIST}`,
    )
    .all(ids(rows.map((r) => r.account_id)), boundList(rows.map((r) => r.phone)))) {
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
        `SELECT id, name, sdk_app_id, freq_per_30s, freq_per_hour, freq_per_day, mainland_daily_alarm,
          mainland_daily_limit, intl_daily_alarm, intl_daily_limit
         FROM applications WHERE id IN ${IN_LIST}`,
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
      `SELECT application_id, iso_country, daily_alarm, daily_limit FROM app_countries
        WHERE application_id IN ${IN_LIST}`,
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
      >(`SELECT application_id, phone FROM app_allowlist WHERE application_id IN ${IN_LIST} AND phone IN ${IN_LIST}`)
      .all(appIds, boundList(rows.map((r) => r.phone)))
      .map((a) => `${a.application_id}|${a.phone}`),
  );
  // Today's submissions per application and region (the rollup), moved on as the batch submits.
  const appToday = new Map(
    raw
      .prepare<unknown[], { application_id: number; region: string; n: number }>(
        `SELECT application_id, region, sum(submitted) AS n FROM stats_daily WHERE day = ?
          AND application_id IN ${IN_LIST} GROUP BY 1, 2`,
      )
      .all(today, appIds)
      .map((r) => [`${r.application_id}|${r.region}`, r.n]),
  );
  const appTodayBefore = new Map(appToday);
  // Today's international submissions per application and country (R-APP-6).
  const appCountryToday = new Map(
    raw
      .prepare<unknown[], { application_id: number; iso_country: string; n: number }>(
        `SELECT application_id, iso_country, sum(submitted) AS n FROM stats_daily WHERE day = ?
          AND region = 'international' AND application_id IN ${IN_LIST} GROUP BY 1, 2`,
      )
      .all(today, intlAppIds)
      .map((r) => [`${r.application_id}|${r.iso_country}`, r.n]),
  );
  const appCountryBefore = new Map(appCountryToday);
  const routing = loadRoutingTable(raw, now);
  return {
    today,
    accounts,
    templates,
    signatures,
    packagesByAccount,
    prices,
    intlToday,
    history,
    optOuts,
    noOptOuts,
    appRules,
    allowlist,
    appToday,
    appTodayBefore,
    appCountryToday,
    appCountryBefore,
    routing,
  };
}
