import 'server-only';
import type { Db } from '@/db/client';
import { measureMessage } from '@/lib/domain/billing/measure';
import { choosePackage, type PackageCandidate } from '@/lib/domain/billing/packages';
import { ERROR_CODES } from '@/lib/domain/errors';
import { normalizePhone } from '@/lib/domain/phone/normalize';
import { checkFrequency, isMarketingHour } from '@/lib/domain/sending/frequency';
import { PIPELINE_ORDER, type Check, type CheckOutcome } from '@/lib/domain/sending/pipeline';
import { DEFAULT_SIMULATOR, simulateDelivery, type SimulatorConfig } from '@/lib/domain/sending/simulator';
import { renderTemplate } from '@/lib/domain/sms/template';
import { isBlocked, type OptOut } from '@/lib/domain/sending/optout';
import { beijingDateKey, beijingDayStart } from '@/lib/domain/time';
import { FALLBACK_PRICE_LI } from '../money/international';
import { StatsBatch, type StatDims } from '../stats/rollup';

interface PendingRow {
  id: number;
  task_id: number | null;
  account_id: number;
  application_id: number;
  region: 'mainland' | 'international';
  signature_id: number | null;
  template_id: number;
  phone: string;
  iso_country: string;
  vars: string | null;
}

interface AppRules {
  rule: { per30s: number; perHour?: number; perDay: number };
  mainlandLimit: number | null;
  mainlandAlarm: number | null;
  intlLimit: number | null;
  intlAlarm: number | null;
  name: string;
  sdkAppId: string;
}

interface History {
  app: number;
  at: Date;
  contentHash: string;
  marketing: boolean;
}

/** What the checks of one message see (prepared once per batch, DESIGN.md "pipeline"). */
interface MessageCtx {
  m: PendingRow;
  now: Date;
  account: { identity: 'enterprise' | 'individual'; status: string; intlQuota: number };
  template?: { content: string; type: string; status: string; region: string };
  signature?: { content: string; usable: boolean } | null;
  text: string;
  values: string[] | Record<string, string>;
  billable: number;
  length: number;
  history: History[];
  /** The number's opt-outs in this account (R-DND-1, R-UNS-1). */
  optOuts: OptOut[];
  /** The application's settings (R-APP-4/5/7) and whether the number is on its allowlist (R-APP-8). */
  app: AppRules;
  allowlisted: boolean;
  /** Messages the application submitted today in the message's region, this batch included. */
  appToday: number;
  intlUsedToday: number;
  /** Picks and reserves a package for the message's account (in memory, written at the end of the batch). */
  choosePackageFor(accountId: number, billable: number): number | null;
  packageId: number | null;
  priceLi: number;
  price(iso: string): number;
}

const fail = (code: keyof typeof ERROR_CODES | number, message?: string): CheckOutcome => ({ ok: false, code, message });
const pass: CheckOutcome = { ok: true };

/**
 * R-MSG-1 as an ordered list of small checks. Each reads the prepared context and returns pass
 * or its failure code; the rendering check also fills in the text and billed count.
 */
const CHECK_LIST: Check<MessageCtx>[] = [
  { step: 'account', run: (c) => (c.m.region === 'international' && c.account.status === 'suspended' ? fail(1033) : pass) },
  {
    step: 'content',
    run: (c) => {
      if (c.m.signature_id !== null && (!c.signature || !c.signature.usable)) return fail(1012);
      if (c.m.signature_id === null && c.m.region === 'mainland') return fail(1012);
      if (!c.template || c.template.status !== 'effective' || c.template.region !== c.m.region) return fail(1014);
      return pass;
    },
  },
  { step: 'identity', run: (c) => (c.template!.type === 'marketing' && c.account.identity === 'individual' ? fail(1032) : pass) },
  {
    step: 'length',
    run: (c) => {
      // Length first (R-MSG-1 order): the values as given, whatever their validity.
      const values = c.m.vars ? (JSON.parse(c.m.vars) as string[] | Record<string, string>) : [];
      c.values = values;
      const lookup = (k: string) => (Array.isArray(values) ? values[Number(k) - 1] : values[k]) ?? '';
      c.text = c.template!.content.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, k: string) => lookup(k)).replace(/\{(\d+)\}/g, (_, k: string) => lookup(k));
      const measured = measureMessage({ body: c.text, signature: c.signature?.content, region: c.m.region });
      c.billable = measured.billable;
      c.length = measured.length;
      return measured.tooLong ? fail(1017) : pass;
    },
  },
  {
    step: 'variables',
    run: (c) => {
      const r = renderTemplate(c.template!.content, c.values, c.account.identity);
      return r.ok ? pass : fail(r.code, r.message);
    },
  },
  { step: 'number', run: (c) => { const n = normalizePhone(c.m.phone, c.m.region); return n.ok ? pass : fail(n.code, n.message); } },
  { step: 'blocked', run: (c) => (isBlocked(c.optOuts, c.m.signature_id, c.template!.type) ? fail(1015) : pass) },
  { step: 'marketing-hours', run: (c) => (c.template!.type === 'marketing' && !isMarketingHour(c.now) ? fail(1030) : pass) },
  {
    step: 'frequency',
    run: (c) => {
      const marketing = c.template!.type === 'marketing';
      const own = c.history.filter((h) => h.app === c.m.application_id);
      const app = checkFrequency({ now: c.now, history: own, contentHash: c.text, marketing, rule: c.app.rule, allowlisted: c.allowlisted });
      if (!app.ok) return fail(app.code);
      const carrier = checkFrequency({ now: c.now, history: c.history, contentHash: c.text, marketing, rule: {}, allowlisted: true });
      return carrier.ok ? pass : fail(carrier.code);
    },
  },
  {
    step: 'daily-limits',
    run: (c) => {
      const limit = c.m.region === 'mainland' ? c.app.mainlandLimit : c.app.intlLimit;
      return limit !== null && c.appToday >= limit ? fail(1022, `The application's daily ${c.m.region} limit (${limit}) is reached.`) : pass;
    },
  },
  { step: 'international-quota', run: (c) => (c.m.region === 'international' && c.intlUsedToday + c.billable > c.account.intlQuota ? fail(1047) : pass) },
  {
    step: 'balance',
    run: (c) => {
      if (c.m.region === 'international') {
        c.priceLi = c.price(c.m.iso_country) * c.billable;
        return pass;
      }
      c.packageId = c.choosePackageFor(c.m.account_id, c.billable);
      return c.packageId === null ? fail(1031) : pass;
    },
  },
];
const CHECKS = [...CHECK_LIST].sort((a, b) => PIPELINE_ORDER.findIndex((p) => p.step === a.step) - PIPELINE_ORDER.findIndex((p) => p.step === b.step));

export interface DispatchResult {
  processed: number;
  submitted: number;
  failed: number;
}

function dimsOf(m: PendingRow, now: Date): StatDims {
  return { accountId: m.account_id, region: m.region, applicationId: m.application_id, signatureId: m.signature_id, templateId: m.template_id, isoCountry: m.iso_country, at: now.getTime() };
}

type Raw = Db['$client'];

/**
 * A task's next pending messages. INDEXED BY: without statistics SQLite prefers (task_id) and
 * walks every already-sent message of the task on each batch — quadratic over a million rows.
 */
export const CLAIM_BY_TASK_SQL = `SELECT id, task_id, account_id, application_id, region, signature_id, template_id, phone, iso_country, vars
     FROM messages INDEXED BY messages_pending_idx WHERE task_id = ? AND status = 'pending' ORDER BY id LIMIT ?`;

/** Pending messages of sending tasks, shared fairly between tasks, then direct API sends. */
function claimPending(raw: Raw, batchSize: number): PendingRow[] {
  const sendingTasks = raw
    .prepare(
      `SELECT t.id FROM tasks t JOIN applications a ON a.id = t.application_id
       WHERE t.status = 'sending' AND a.status = 'enabled' AND a.deleted_at IS NULL ORDER BY t.id`,
    )
    .all() as { id: number }[];
  const rows: PendingRow[] = [];
  const perTask = Math.max(100, Math.ceil(batchSize / Math.max(1, sendingTasks.length)));
  const byTask = raw.prepare(CLAIM_BY_TASK_SQL);
  for (const t of sendingTasks) {
    if (rows.length >= batchSize) break;
    rows.push(...(byTask.all(t.id, Math.min(perTask, batchSize - rows.length)) as PendingRow[]));
  }
  if (rows.length < batchSize) {
    rows.push(
      ...(raw
        .prepare(
          `SELECT m.id, m.task_id, m.account_id, m.application_id, m.region, m.signature_id, m.template_id, m.phone, m.iso_country, m.vars
           FROM messages m INDEXED BY messages_pending_idx JOIN applications a ON a.id = m.application_id
           WHERE m.task_id IS NULL AND m.status = 'pending' AND a.status = 'enabled' AND a.deleted_at IS NULL ORDER BY m.id LIMIT ?`,
        )
        .all(batchSize - rows.length) as PendingRow[]),
    );
  }
  return rows;
}

/** The listed messages while still pending (a SendSms request dispatches its own at once). */
function claimListed(raw: Raw, ids: number[]): PendingRow[] {
  return raw
    .prepare(
      `SELECT m.id, m.task_id, m.account_id, m.application_id, m.region, m.signature_id, m.template_id, m.phone, m.iso_country, m.vars
       FROM messages m JOIN applications a ON a.id = m.application_id
       WHERE m.id IN (SELECT value FROM json_each(?)) AND m.status = 'pending' AND a.status = 'enabled' AND a.deleted_at IS NULL ORDER BY m.id`,
    )
    .all(JSON.stringify(ids)) as PendingRow[];
}

function accountOfApp(rows: PendingRow[]): Map<number, number> {
  return new Map(rows.map((r) => [r.application_id, r.account_id]));
}

/**
 * R-APP-4/5 alarm values: when an application's submissions of the day cross its alarm value,
 * the account is told once that day (a duty key makes it once, whatever the batches).
 */
function raiseAppAlarms(raw: Raw, now: Date, day: string, rules: Map<number, AppRules>, before: Map<string, number>, after: Map<string, number>, accounts: Map<number, number>): void {
  for (const [key, n] of after) {
    const [appId, region] = key.split('|');
    const app = rules.get(Number(appId));
    const alarm = region === 'mainland' ? app?.mainlandAlarm : app?.intlAlarm;
    if (!app || alarm === null || alarm === undefined || n < alarm || (before.get(key) ?? 0) >= alarm) continue;
    if (raw.prepare('INSERT OR IGNORE INTO duty_runs (key, ran_at) VALUES (?, ?)').run(`app-alarm:${appId}:${region}:${day}`, now.getTime()).changes === 0) continue;
    raw
      .prepare('INSERT INTO notifications (account_id, category, title, body, link, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        accounts.get(Number(appId)),
        'threshold',
        `${app.name}: daily ${region} alarm value reached`,
        `Application ${app.sdkAppId} has submitted ${n} ${region} messages today, reaching its alarm value of ${alarm}.`,
        `/applications/${app.sdkAppId}`,
        now.getTime(),
      );
  }
}

function serialNo(id: number): string {
  return `${2000 + (id % 8000)}:${1_000_000_000 + id}`;
}

/**
 * Claims up to `batchSize` pending messages of sending tasks (and direct API sends), runs the
 * R-MSG-1 checks, bills the passing ones (R-BIL-4, R-PKG-5), hands them to the simulator and
 * records every outcome — all in one immediate transaction, so a crash leaves each message
 * either untouched or fully sent and billed, never twice (R-MSG-4).
 */
export function dispatchBatch(db: Db, now: Date, opts: { batchSize?: number; simulator?: SimulatorConfig; messageIds?: number[] } = {}): DispatchResult {
  const raw = db.$client;
  const batchSize = opts.batchSize ?? 2000;
  const sim = opts.simulator ?? DEFAULT_SIMULATOR;
  const run = raw.transaction((): DispatchResult => {
    const rows: PendingRow[] = opts.messageIds ? claimListed(raw, opts.messageIds) : claimPending(raw, batchSize);
    if (rows.length === 0) return { processed: 0, submitted: 0, failed: 0 };

    // --- load what the batch needs, once ---
    const ids = (list: number[]) => JSON.stringify([...new Set(list)]);
    const accounts = new Map(
      (raw.prepare(`SELECT id, identity, status, intl_daily_quota FROM accounts WHERE id IN (SELECT value FROM json_each(?))`).all(ids(rows.map((r) => r.account_id))) as {
        id: number;
        identity: 'enterprise' | 'individual';
        status: string;
        intl_daily_quota: number;
      }[]).map((a) => [a.id, { identity: a.identity, status: a.status, intlQuota: a.intl_daily_quota }]),
    );
    const templates = new Map(
      (raw.prepare(`SELECT id, content, type, status, region, deleted_at FROM templates WHERE id IN (SELECT value FROM json_each(?))`).all(ids(rows.map((r) => r.template_id))) as {
        id: number;
        content: string;
        type: string;
        status: string;
        region: string;
        deleted_at: number | null;
      }[]).map((t) => [t.id, t.deleted_at === null ? { content: t.content, type: t.type, status: t.status, region: t.region } : undefined]),
    );
    const signatures = new Map(
      (raw
        .prepare(
          `SELECT s.id, s.content, s.status, s.region, s.deleted_at, q.deleted_at AS q_deleted, s.qualification_id
           FROM signatures s LEFT JOIN qualifications q ON q.id = s.qualification_id WHERE s.id IN (SELECT value FROM json_each(?))`,
        )
        .all(ids(rows.filter((r) => r.signature_id !== null).map((r) => r.signature_id!))) as {
        id: number;
        content: string;
        status: string;
        region: string;
        deleted_at: number | null;
        q_deleted: number | null;
        qualification_id: number | null;
      }[]).map((s) => [
        s.id,
        { content: s.content, usable: s.deleted_at === null && s.status === 'effective' && (s.region === 'international' || (s.qualification_id !== null && s.q_deleted === null)) },
      ]),
    );
    // `remaining` here is the in-memory balance of the batch: reservations decrement it.
    const packagesByAccount = new Map<number, PackageCandidate[]>();
    for (const accountId of new Set(rows.filter((r) => r.region === 'mainland').map((r) => r.account_id))) {
      const list = (raw
        .prepare(`SELECT id, kind, remaining, purchased_at, usable_from, expires_at, state FROM packages WHERE account_id = ? AND state = 'active' AND remaining > 0`)
        .all(accountId) as { id: number; kind: 'gift' | 'purchased'; remaining: number; purchased_at: number; usable_from: number; expires_at: number; state: string }[]).map(
        (p) => ({ id: String(p.id), kind: p.kind, remaining: p.remaining, purchasedAt: new Date(p.purchased_at), usableFrom: new Date(p.usable_from), expiresAt: new Date(p.expires_at), status: p.state }),
      );
      packagesByAccount.set(accountId, list);
    }
    const prices = new Map((raw.prepare('SELECT iso_country, price_li FROM country_prices').all() as { iso_country: string; price_li: number }[]).map((p) => [p.iso_country, p.price_li]));
    const today = beijingDateKey(now);
    const intlToday = new Map(
      (raw.prepare(`SELECT account_id, sum(billed) AS billed FROM stats_daily WHERE region = 'international' AND day = ? GROUP BY account_id`).all(today) as { account_id: number; billed: number }[]).map((u) => [u.account_id, u.billed]),
    );
    const since = Math.min(beijingDayStart(now).getTime(), now.getTime() - 3_600_000);
    const history = new Map<string, History[]>();
    const historyRows = raw
      .prepare(
        `SELECT m.phone, m.account_id, m.application_id, m.submitted_at, m.content, (t.type = 'marketing') AS marketing
         FROM messages m JOIN templates t ON t.id = m.template_id
         WHERE m.phone IN (SELECT value FROM json_each(?)) AND m.submitted_at >= ? AND m.status IN ('submitted', 'delivered', 'undelivered')`,
      )
      .all(JSON.stringify([...new Set(rows.map((r) => r.phone))]), since) as { phone: string; account_id: number; application_id: number; submitted_at: number; content: string; marketing: number }[];
    for (const h of historyRows) {
      const key = `${h.account_id}|${h.phone}`;
      if (!history.has(key)) history.set(key, []);
      history.get(key)!.push({ app: h.application_id, at: new Date(h.submitted_at), contentHash: h.content, marketing: h.marketing === 1 });
    }

    const optOuts = new Map<string, OptOut[]>();
    for (const o of raw
      .prepare(`SELECT account_id, phone, signature_id, scope FROM opt_outs WHERE account_id IN (SELECT value FROM json_each(?)) AND phone IN (SELECT value FROM json_each(?))`)
      .all(ids(rows.map((r) => r.account_id)), JSON.stringify([...new Set(rows.map((r) => r.phone))])) as { account_id: number; phone: string; signature_id: number; scope: OptOut['scope'] }[]) {
      const key = `${o.account_id}|${o.phone}`;
      if (!optOuts.has(key)) optOuts.set(key, []);
      optOuts.get(key)!.push({ signatureId: o.signature_id, scope: o.scope });
    }
    const noOptOuts: OptOut[] = [];
    const appIds = ids(rows.map((r) => r.application_id));
    const appRules = new Map(
      (raw
        .prepare(
          `SELECT id, name, sdk_app_id, freq_per_30s, freq_per_hour, freq_per_day, mainland_daily_alarm, mainland_daily_limit, intl_daily_alarm, intl_daily_limit
           FROM applications WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(appIds) as { id: number; name: string; sdk_app_id: string; freq_per_30s: number; freq_per_hour: number | null; freq_per_day: number; mainland_daily_alarm: number | null; mainland_daily_limit: number | null; intl_daily_alarm: number | null; intl_daily_limit: number | null }[]).map((a) => [
        a.id,
        {
          rule: { per30s: a.freq_per_30s, perHour: a.freq_per_hour ?? undefined, perDay: a.freq_per_day },
          mainlandLimit: a.mainland_daily_limit,
          mainlandAlarm: a.mainland_daily_alarm,
          intlLimit: a.intl_daily_limit,
          intlAlarm: a.intl_daily_alarm,
          name: a.name,
          sdkAppId: a.sdk_app_id,
        } satisfies AppRules,
      ]),
    );
    const allowlist = new Set(
      (raw.prepare(`SELECT application_id, phone FROM app_allowlist WHERE application_id IN (SELECT value FROM json_each(?)) AND phone IN (SELECT value FROM json_each(?))`).all(appIds, JSON.stringify([...new Set(rows.map((r) => r.phone))])) as { application_id: number; phone: string }[]).map((a) => `${a.application_id}|${a.phone}`),
    );
    // Today's submissions per application and region (the rollup), moved on as the batch submits.
    const appToday = new Map(
      (raw.prepare(`SELECT application_id, region, sum(submitted) AS n FROM stats_daily WHERE day = ? AND application_id IN (SELECT value FROM json_each(?)) GROUP BY 1, 2`).all(today, appIds) as { application_id: number; region: string; n: number }[]).map((r) => [`${r.application_id}|${r.region}`, r.n]),
    );
    const appTodayBefore = new Map(appToday);

    // --- check, bill and simulate each message in memory ---
    const update = raw.prepare(
      `UPDATE messages SET status = ?, content = ?, length = ?, billable = ?, package_id = ?, price_li = ?, submitted_at = ?,
         receipt_due_at = ?, receipt_ok = ?, receipt_code = ?, fail_code = ?, fail_reason = ?, serial_no = ?, processed_at = ?
       WHERE id = ? AND status = 'pending'`,
    );
    const packageDelta = new Map<number, { accountId: number; delta: number }>();
    const taskDelta = new Map<number, { submitted: number; failed: number; billed: number; cost: number }>();
    const stats = new StatsBatch();
    let submitted = 0;
    let failed = 0;
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
      const td = taskDelta.get(m.task_id ?? 0) ?? { submitted: 0, failed: 0, billed: 0, cost: 0 };
      taskDelta.set(m.task_id ?? 0, td);
      if (!outcome.ok) {
        if (c.packageId !== null) packagesByAccount.get(m.account_id)!.find((p) => p.id === String(c.packageId))!.remaining += c.billable;
        const reason = outcome.message ?? (ERROR_CODES as Record<number, string>)[outcome.code] ?? 'failed';
        if (update.run('failed', c.text || null, c.length || null, 0, null, 0, null, null, null, null, String(outcome.code), reason, null, now.getTime(), m.id).changes === 1) {
          failed++;
          td.failed++;
          const dims = dimsOf(m, now);
          stats.add(dims, { requests: 1, failed: 1 });
          stats.addCode(dims, 'failed', String(outcome.code));
        }
        continue;
      }
      const receipt = simulateDelivery(sim, m.id, m.iso_country);
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
        m.id,
      );
      if (res.changes !== 1) continue;
      submitted++;
      td.submitted++;
      td.billed += c.billable;
      td.cost += c.priceLi;
      hist.push({ app: m.application_id, at: now, contentHash: c.text, marketing: c.template!.type === 'marketing' });
      history.set(key, hist);
      if (m.region === 'international') intlToday.set(m.account_id, (intlToday.get(m.account_id) ?? 0) + c.billable);
      appToday.set(`${m.application_id}|${m.region}`, c.appToday + 1);
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
    const ledger = raw.prepare(`INSERT INTO package_ledger (package_id, account_id, kind, delta, ref_type, ref_id, at) VALUES (?, ?, 'deduct', ?, 'dispatch', ?, ?)`);
    for (const [packageId, { accountId, delta }] of packageDelta) {
      if (takePackage.run(delta, packageId, delta).changes !== 1) throw new Error(`package ${packageId} would be overdrawn; batch rolled back`);
      ledger.run(packageId, accountId, -delta, ref, now.getTime());
    }
    const taskUpdate = raw.prepare('UPDATE tasks SET submitted = submitted + ?, failed = failed + ?, billed = billed + ?, cost_li = cost_li + ? WHERE id = ?');
    const stillPending = raw.prepare(`SELECT 1 FROM messages INDEXED BY messages_pending_idx WHERE task_id = ? AND status = 'pending' LIMIT 1`);
    const finish = raw.prepare(`UPDATE tasks SET status = 'sent', finished_at = ? WHERE id = ? AND status = 'sending'`);
    for (const [taskId, d] of taskDelta) {
      if (taskId === 0) continue;
      taskUpdate.run(d.submitted, d.failed, d.billed, d.cost, taskId);
      if (!stillPending.get(taskId)) finish.run(now.getTime(), taskId);
    }
    stats.flush(raw);
    raiseAppAlarms(raw, now, today, appRules, appTodayBefore, appToday, accountOfApp(rows));
    return { processed: rows.length, submitted, failed };
  });
  return run.immediate();
}

/** Marks sending tasks that have nothing pending any more as sent (e.g. after a restart). */
export function finishIdleTasks(db: Db, now: Date): number {
  return db.$client
    .prepare(
      `UPDATE tasks SET status = 'sent', finished_at = ? WHERE status = 'sending'
       AND NOT EXISTS (SELECT 1 FROM messages m INDEXED BY messages_pending_idx WHERE m.task_id = tasks.id AND m.status = 'pending')`,
    )
    .run(now.getTime()).changes;
}
