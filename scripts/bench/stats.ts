// `npm run bench:stats`: 10,000,000 messages over 60 days, 20 applications and 50 templates;
// times each statistics page's query (median of repeated runs). Last line: one JSON object.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, writeWithoutDurability } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { seedDemo } from '../../db/seed';
import { makeContext } from '../../lib/server/context';
import { resolvePeriod } from '../../lib/domain/stats/period';
import { rebuildStats } from '../../lib/server/stats/rebuild';
import {
  statsCodes,
  statsCountries,
  statsOverview,
  statsReceipts,
  statsRecords,
  statsReplies,
} from '../../lib/server/stats/read-stats';
import { dashboard } from '../../lib/server/overview/dashboard';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000_000);
const DAYS = 60;
const dir = path.resolve(process.env.BENCH_DIR ?? 'data/bench');
const file = path.join(dir, `stats-${MESSAGES}.db`);
fs.mkdirSync(dir, { recursive: true });

const now = new Date();
const DAY = 86_400_000;

function build() {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const db = openDatabase(file);
  writeWithoutDurability(db); // building the fixture only
  migrateDatabase(db);
  process.env.UPLOAD_DIR = path.join(dir, 'uploads');
  seedDemo(db, new Date(now.getTime() - (DAYS + 1) * DAY), () => 'bench');
  const raw = db.$client;
  const account = (raw.prepare('select id from accounts where uin = 100000000001').get() as { id: number }).id;
  const t0 = performance.now();
  raw.transaction(() => {
    const insApp = raw.prepare(
      `INSERT INTO applications (account_id, sdk_app_id, app_key, name, overview, tags, status, created_at,
        updated_at) VALUES (?, ?, 'k', ?, '', '[]', 'enabled', ?, ?)`,
    );
    for (let i = 2; i <= 20; i++)
      insApp.run(account, `14002000${String(i).padStart(2, '0')}`, `App ${i}`, now.getTime(), now.getTime());
    const insTpl = raw.prepare(
      `INSERT INTO templates (account_id, region, name, type, content, notes, status, revision, submitted_at,
        created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', 'effective', 1, ?, ?, ?)`,
    );
    for (let i = 0; i < 46; i++)
      insTpl.run(
        account,
        i % 5 === 0 ? 'international' : 'mainland',
        `Bench ${i}`,
        i % 7 === 0 ? 'marketing' : 'notification',
        `Bench template ${i}: order {1}.`,
        now.getTime(),
        now.getTime(),
        now.getTime(),
      );
  })();
  const apps = (raw.prepare('select id from applications where account_id = ?').all(account) as { id: number }[]).map(
    (a) => a.id,
  );
  const tpls = raw.prepare('select id, region from templates where account_id = ?').all(account) as {
    id: number;
    region: string;
  }[];
  raw.exec(
    `CREATE TEMP TABLE bapps (n INTEGER PRIMARY KEY, id INTEGER); CREATE TEMP TABLE btpls (n INTEGER PRIMARY KEY, id INTEGER, region TEXT);`,
  );
  apps.forEach((id, n) => raw.prepare('INSERT INTO bapps VALUES (?, ?)').run(n, id));
  tpls.forEach((t, n) => raw.prepare('INSERT INTO btpls VALUES (?, ?, ?)').run(n, t.id, t.region));
  const sigs = raw.prepare(`select id, region from signatures where account_id = ? order by region`).all(account) as {
    id: number;
    region: string;
  }[];
  const sigOf = (r: string) => sigs.find((s) => s.region === r)!.id;
  const start = now.getTime() - DAYS * DAY;
  // One INSERT … SELECT per million rows from a counter: no JavaScript per row.
  const CHUNK = 1_000_000;
  for (let base = 0; base < MESSAGES; base += CHUNK) {
    const n = Math.min(CHUNK, MESSAGES - base);
    raw
      .prepare(
        `WITH RECURSIVE c(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM c WHERE i < ?)
         INSERT INTO messages (account_id, application_id, region, signature_id, template_id, phone,
         iso_country, content, length, status, fail_code,
           billable, price_li, created_at, submitted_at, processed_at, receipt_at, serial_no)
         SELECT ?, a.id, t.region, CASE WHEN t.region = 'mainland' THEN ? ELSE ? END, t.id,
           CASE WHEN t.region = 'mainland' THEN '+86138' || printf('%08d',
           (i * 7919) % 100000000) ELSE '+852' || printf('%08d', 60000000 + (i * 31) % 9999999) END,
           CASE WHEN t.region = 'mainland' THEN 'CN' WHEN i % 3 = 0 THEN 'US' ELSE 'HK' END,
           'Bench template: order ' || i || '.', 40,
           CASE WHEN i % 50 = 0 THEN 'failed' WHEN i % 20 = 0 THEN 'undelivered' WHEN i % 33 = 0 THEN
           'submitted' ELSE 'delivered' END,
           CASE WHEN i % 50 = 0 THEN (CASE i % 3 WHEN 0 THEN '1031' WHEN 1 THEN '1025' ELSE '1016' END) WHEN i %
           20 = 0 THEN 'UNDELIV' ELSE NULL END,
           CASE WHEN i % 50 = 0 THEN 0 ELSE 1 + (i % 17 = 0) END,
           CASE WHEN t.region = 'international' AND i % 50 != 0 THEN 350 ELSE 0 END,
           ts, ts, ts, CASE WHEN i % 50 != 0 AND i % 33 != 0 THEN ts + 3000 END, CASE WHEN i % 50 != 0 THEN 's' || i END
         FROM (SELECT i, ? + (i * 2654435761) % ? AS ts FROM c) JOIN bapps a ON a.n = i % ${apps.length}
         JOIN btpls t ON t.n = (i / 7) % ${tpls.length}`,
      )
      .run(base + 1, base + n, account, sigOf('mainland'), sigOf('international'), start, DAYS * DAY);
    process.stdout.write(
      `  ${((base + n) / 1e6).toFixed(0)}M messages (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`,
    );
  }
  raw.exec(`INSERT INTO replies (account_id, application_id, region, message_id, signature_id, phone, content,
    received_at)
    SELECT account_id, application_id, region, id, signature_id, phone, 'T', receipt_at + 30000 FROM messages
    WHERE id % 1000 = 0 AND status = 'delivered'`);
  const t1 = performance.now();
  rebuildStats(raw);
  console.log(
    `built ${MESSAGES.toLocaleString('en-US')} messages in ${((t1 - t0) / 1000).toFixed(0)} s, rollups in ${((performance.now() - t1) / 1000).toFixed(0)} s`,
  );
  raw.exec('ANALYZE');
  db.$client.close();
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The statistics fixture (built once, reused); its path. Used by bench:stats and bench:pages. */
export function ensureStatsDb(): string {
  if (!fs.existsSync(file) || process.env.BENCH_REBUILD === '1') build();
  else console.log(`reusing ${file} (BENCH_REBUILD=1 rebuilds it)`);
  return file;
}

function main() {
  ensureStatsDb();
  const db = openDatabase(file);
  migrateDatabase(db);
  db.$client.exec('ANALYZE');
  const raw = db.$client;
  const count = (raw.prepare('select count(*) as n from messages').get() as { n: number }).n;
  const a = raw.prepare('select id, uin, identity, real_name from accounts where uin = 100000000001').get() as {
    id: number;
    uin: number;
    identity: 'enterprise';
    real_name: string;
  };
  const ctx = makeContext({
    db,
    now,
    account: { id: a.id, uin: a.uin, identity: a.identity, realName: a.real_name },
    actor: { userId: 0, email: 'b', name: 'bench', role: 'owner', policies: [] },
  });
  const sample = raw
    .prepare(`select phone from messages where region = 'mainland' and processed_at > ? limit 1 offset 5000`)
    .get(now.getTime() - 20 * DAY) as { phone: string };
  const m30 = { region: 'mainland' as const, range: resolvePeriod('30d', now) };
  const i30 = { region: 'international' as const, range: resolvePeriod('30d', now) };
  const today = { region: 'mainland' as const, range: resolvePeriod('today', now) };
  const appId = (
    raw.prepare('select id from applications where account_id = ? limit 1 offset 3').get(a.id) as { id: number }
  ).id;
  const queries: Record<string, () => unknown> = {
    overview30d: () => statsOverview(ctx, m30),
    overviewToday: () => statsOverview(ctx, today),
    overview30dOneApp: () => statsOverview(ctx, { ...m30, applicationId: appId }),
    failures30d: () => statsCodes(ctx, m30, 'failed'),
    receipts30d: () => statsReceipts(ctx, m30),
    countries30d: () => statsCountries(ctx, i30),
    records30dFirstPage: () => statsRecords(ctx, m30),
    recordsByNumber: () =>
      statsRecords(ctx, {
        ...m30,
        range: resolvePeriod('custom', now, {
          from: resolvePeriod('30d', now).fromDay,
          to: resolvePeriod('today', now).toDay,
        }),
        phone: sample.phone.slice(3),
      }),
    replies30d: () => statsReplies(ctx, m30),
    dashboard: () => dashboard(ctx),
  };
  const o = statsOverview(ctx, m30);
  console.log(
    `sanity: last 30 days mainland ${o.totals.requests.toLocaleString('en-US')} requests, ${o.totals.submitted.toLocaleString('en-US')} successes`,
  );
  const results: Record<string, number> = {};
  for (const [name, run] of Object.entries(queries)) {
    run(); // warm the page cache
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      run();
      times.push(performance.now() - t);
    }
    results[name] = Math.round(median(times) * 100) / 100;
    console.log(`${name.padEnd(20)} median ${results[name]} ms`);
  }
  const maxMedianMs = Math.max(...Object.values(results));
  console.log(`max median ${maxMedianMs} ms (target ≤ 20 ms) over ${count.toLocaleString('en-US')} messages`);
  console.log(JSON.stringify({ messages: count, queries: results, maxMedianMs }));
}

if (process.argv[1]?.endsWith('stats.ts')) main();
