import 'server-only';
// The dispatcher's last step (docs/delivery.md): each decision written compare-and-set on the
// pending message, then the batch's aggregates — package deductions with ledger rows, task
// counters, hourly rollups, alarms and metrics — in the same transaction.
import type { RawDb, Statement } from '@/db/client';
import { notice } from '@/lib/domain/notices';
import type { Db } from '@/db/client';
import { claimDuty } from '../money/duties';
import { raiseAlarm } from '../alarms/raise';
import { systemContext } from '../system-context';
import { dimsOfMessage, StatsBatch, type StatDims } from '../stats/rollup';
import { metrics } from '../metrics';
import type { AppRules, PendingRow } from './checks';
import type { BatchState } from './batch-load';
import type { Decision } from './batch-decide';
import { settleTask } from './task-finish';

export function serialNo(id: number): string {
  return `${2000 + (id % 8000)}:${1_000_000_000 + id}`;
}

function dimsOf(m: PendingRow, now: Date): StatDims {
  return dimsOfMessage(m, now.getTime());
}

/** Writes a batch's decisions and, at the end, its aggregates; counts what it wrote. */
export class BatchWriter {
  submitted = 0;
  failed = 0;
  private readonly update: Statement;
  private readonly queue: Statement;
  private readonly packageDelta = new Map<number, { accountId: number; delta: number }>();
  private readonly taskDelta = new Map<number, { submitted: number; failed: number; billed: number; cost: number }>();
  private readonly stats = new StatsBatch();
  private readonly byChannel = new Map<number, number>();

  constructor(
    private readonly raw: RawDb,
    private readonly now: Date,
  ) {
    this.update = raw.prepare(
      `UPDATE messages SET status = ?, content = ?, length = ?, billable = ?, package_id = ?, price_li = ?,
        submitted_at = ?,
         receipt_due_at = ?, receipt_ok = ?, receipt_code = ?, fail_code = ?, fail_reason = ?, serial_no = ?,
         processed_at = ?, channel_id = ?
       WHERE id = ? AND status = 'pending'`,
    );
    // Messages for a network channel wait in the outbox; its runner submits them (docs/delivery.md).
    this.queue = raw.prepare(
      `INSERT INTO outbox (message_id, channel_id, fallbacks, state, attempts, next_at, queued_at)
        VALUES (?, ?, ?, 'queued', 0, ?, ?)`,
    );
  }

  /** Writes one decision; false when the message was no longer pending (nothing is counted then). */
  write(d: Decision): boolean {
    const { m } = d;
    const t = this.now.getTime();
    const td = this.taskDelta.get(m.task_id ?? 0) ?? { submitted: 0, failed: 0, billed: 0, cost: 0 };
    this.taskDelta.set(m.task_id ?? 0, td);
    if (d.kind === 'failed') {
      const args = [d.text || null, d.length || null, 0, null, 0, null, null, null, null, String(d.code), d.reason];
      if (this.update.run('failed', ...args, null, t, null, m.id).changes !== 1) return false;
      this.failed++;
      td.failed++;
      const dims = dimsOf(m, this.now);
      this.stats.add(dims, { requests: 1, failed: 1 });
      this.stats.addCode(dims, 'failed', String(d.code));
      return true;
    }
    const { c, route, receipt } = d;
    const res = this.update.run(
      'submitted',
      c.text,
      c.length,
      c.billable,
      c.packageId,
      c.priceLi,
      t,
      receipt.reports ? t + receipt.delayMs : null,
      receipt.reports ? (receipt.ok ? 1 : 0) : null,
      receipt.reports && !receipt.ok ? receipt.code : null,
      null,
      null,
      serialNo(m.id),
      t,
      route.channelId,
      m.id,
    );
    if (res.changes !== 1) return false;
    this.byChannel.set(route.channelId, (this.byChannel.get(route.channelId) ?? 0) + 1);
    if (route.kind === 'outbox') this.queue.run(m.id, route.channelId, JSON.stringify(route.fallbacks), t, t);
    this.submitted++;
    td.submitted++;
    td.billed += c.billable;
    td.cost += c.priceLi;
    if (c.packageId !== null) {
      const pd = this.packageDelta.get(c.packageId) ?? { accountId: m.account_id, delta: 0 };
      pd.delta += c.billable;
      this.packageDelta.set(c.packageId, pd);
    }
    this.stats.add(dimsOf(m, this.now), { requests: 1, submitted: 1, billed: c.billable, costLi: c.priceLi });
    return true;
  }

  /**
   * The batch's aggregates: package deductions (compare-and-set; an overdraw rolls the whole
   * batch back) with their ledger rows, task counters, rollups, alarms, reminders and metrics.
   */
  finish(db: Db, rows: PendingRow[], state: BatchState, reminders: Set<string>): void {
    const { raw, now } = this;
    const ref = `${rows[0].id}-${rows[rows.length - 1].id}`;
    const takePackage = raw.prepare('UPDATE packages SET remaining = remaining - ? WHERE id = ? AND remaining >= ?');
    const ledger = raw.prepare(
      `INSERT INTO package_ledger (package_id, account_id, kind, delta, ref_type, ref_id, at)
        VALUES (?, ?, 'deduct', ?, 'dispatch', ?, ?)`,
    );
    for (const [packageId, { accountId, delta }] of this.packageDelta) {
      if (takePackage.run(delta, packageId, delta).changes !== 1)
        throw new Error(`package ${packageId} would be overdrawn; batch rolled back`);
      ledger.run(packageId, accountId, -delta, ref, now.getTime());
    }
    const taskUpdate = raw.prepare(
      'UPDATE tasks SET submitted = submitted + ?, failed = failed + ?, billed = billed + ?, cost_li = cost_li + ? WHERE id = ?',
    );
    for (const [taskId, d] of this.taskDelta) {
      if (taskId === 0) continue;
      taskUpdate.run(d.submitted, d.failed, d.billed, d.cost, taskId);
      settleTask(raw, taskId, now);
    }
    this.stats.flush(raw);
    const accounts = new Map(rows.map((r) => [r.application_id, r.account_id]));
    const { today, appRules } = state;
    raiseAlarmValues(
      db,
      now,
      today,
      appRules,
      { before: state.appTodayBefore, after: state.appToday },
      { before: state.appCountryBefore, after: state.appCountryToday },
      accounts,
    );
    raiseReminders(db, now, today, appRules, reminders, accounts);
    const counter = metrics().messages;
    for (const [channel, n] of this.byChannel) counter.inc({ status: 'submitted', channel: String(channel) }, n);
    if (this.failed > 0) counter.inc({ status: 'failed', channel: '0' }, this.failed);
  }
}

/** Today's submissions per key (`app|region` or `app|country`) before and after the batch. */
type Crossing = { before: Map<string, number>; after: Map<string, number> };

/**
 * The keys whose count crossed their alarm value in this batch (`alarmOf` gives it, or null for
 * none), each claimed once a day by a duty key, so the account is told once whatever the batches.
 */
function* crossed(
  db: Db,
  now: Date,
  { before, after }: Crossing,
  alarmOf: (appId: number, part: string) => number | null | undefined,
  dutyKey: (appId: number, part: string) => string,
) {
  const sys = systemContext(db, now);
  for (const [key, n] of after) {
    const [appId, part] = key.split('|');
    const alarm = alarmOf(Number(appId), part);
    if (alarm === null || alarm === undefined || n < alarm || (before.get(key) ?? 0) >= alarm) continue;
    if (!claimDuty(sys, dutyKey(Number(appId), part))) continue;
    yield { appId: Number(appId), part, n, alarm };
  }
}

/**
 * R-APP-4/5 alarm values of an application's region, and R-APP-6 a country's own alarm value:
 * crossed today, the account is told once.
 */
function raiseAlarmValues(
  db: Db,
  now: Date,
  day: string,
  rules: Map<number, AppRules>,
  regions: Crossing,
  countries: Crossing,
  accounts: Map<number, number>,
): void {
  const alarm = (appId: number) => ({
    accountId: accounts.get(appId)!,
    applicationId: appId,
    event: 'overLimit' as const,
  });
  const regionAlarm = (appId: number, region: string) =>
    region === 'mainland' ? rules.get(appId)?.mainlandAlarm : rules.get(appId)?.intlAlarm;
  for (const { appId, part: region, n, alarm: value } of crossed(
    db,
    now,
    regions,
    regionAlarm,
    (a, r) => `app-alarm:${a}:${r}:${day}`,
  )) {
    const app = rules.get(appId)!;
    raiseAlarm(db, now, {
      ...alarm(appId),
      // The region is a value the reader's table translates too (mainland → 国内).
      title: notice('{app}: daily {region} alarm value reached', { app: app.name, region }),
      body: notice(
        'Application {sdkAppId} has submitted {n} {region} messages today, reaching its alarm value of {alarm}.',
        { sdkAppId: app.sdkAppId, n, region, alarm: value },
      ),
      link: `/applications/${app.sdkAppId}`,
    });
  }
  const countryAlarm = (appId: number, iso: string) => rules.get(appId)?.countries?.get(iso)?.dailyAlarm;
  for (const { appId, part: iso, n, alarm: value } of crossed(
    db,
    now,
    countries,
    countryAlarm,
    (a, c) => `app-country-alarm:${a}:${c}:${day}`,
  )) {
    const app = rules.get(appId)!;
    raiseAlarm(db, now, {
      ...alarm(appId),
      title: notice('{app}: daily alarm value for {iso} reached', { app: app.name, iso }),
      body: notice(
        "Application {sdkAppId} has submitted {n} messages to {iso} today, reaching the country's alarm value of {alarm}.",
        { sdkAppId: app.sdkAppId, n, iso, alarm: value },
      ),
      link: `/applications/${app.sdkAppId}`,
    });
  }
}

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
