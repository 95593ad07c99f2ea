// `npm run bench:pages`: the production server on the 10,000,000-message statistics
// database; each role signs in once (in Chromium, timing the sign-in request), then the main
// pages are requested 20 times each. Prints the median and p95 server time per page, sign-in,
// and the first-load JavaScript (gzipped) of the heaviest route. Last line: one JSON object.
// Targets on the 2-core machine: p95 ≤ 300 ms per page, sign-in ≤ 500 ms, first load ≤ 250 kB.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { DEMO_LOGINS } from '../../db/seed';
import { hashPassword } from '../../lib/server/auth/password';
import { ensureStatsDb } from './stats';

const PORT = Number(process.env.BENCH_PORT ?? 3299);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 20);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const round = (x: number) => Math.round(x);

/** The heaviest route's first-load JavaScript, gzipped, from the build's route bundle stats. */
function maxFirstLoadKB(): { route: string; kb: number } {
  const stats = JSON.parse(fs.readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8')) as {
    route: string;
    firstLoadChunkPaths: string[];
  }[];
  const cache = new Map<string, number>();
  const gz = (p: string) => cache.get(p) ?? (cache.set(p, zlib.gzipSync(fs.readFileSync(p)).length), cache.get(p)!);
  return stats
    .map((r) => ({ route: r.route, kb: Math.round(r.firstLoadChunkPaths.reduce((s, p) => s + gz(p), 0) / 102.4) / 10 }))
    .sort((a, b) => b.kb - a.kb)[0];
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start');
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  const file = ensureStatsDb();
  // The fixture's users have placeholder hashes: give the demo logins their passwords.
  const db = openDatabase(file);
  migrateDatabase(db);
  for (const l of DEMO_LOGINS)
    db.$client.prepare('UPDATE users SET password_hash = ? WHERE email = ?').run(hashPassword(l.password), l.email);
  const taskId = (
    db.$client.prepare('SELECT id FROM tasks ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined
  )?.id;
  db.$client.close();

  // npm start as in production: the auth secret, migrations, then next start.
  const server = spawn('npm', ['start'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_URL: path.resolve(file),
      SMS_BACKGROUND: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const results: { page: string; medianMs: number; p95Ms: number }[] = [];
  let signInMs = 0;
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const roles: [string, string[]][] = [
      [
        'owner@demo.local',
        [
          '/overview',
          '/mainland/signatures',
          '/mainland/templates',
          '/mainland/tasks',
          ...(taskId ? [`/mainland/tasks/${taskId}`] : []),
          '/statistics/mainland',
          '/statistics/mainland?tab=records',
          '/statistics/mainland?tab=receipts',
          '/statistics/mainland?tab=failures',
          '/statistics/international?tab=countries',
          '/packages',
          '/billing',
          '/applications/1400100001',
        ],
      ],
      ['reviewer@sms.local', ['/review']],
      ['finance@sms.local', ['/finance', '/finance/packages', '/finance/orders', '/finance/refunds']],
      ['admin@sms.local', ['/admin/accounts', '/admin/channels']],
    ];
    const signIns: number[] = [];
    for (const [email, pages] of roles) {
      const login = DEMO_LOGINS.find((l) => l.email === email)!;
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${BASE}/login`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(login.password);
      const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/login'));
      const t = performance.now();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await posted;
      signIns.push(performance.now() - t);
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      await context.close();
      for (const p of pages) {
        const times: number[] = [];
        for (let i = 0; i <= RUNS; i++) {
          const t0 = performance.now();
          const res = await fetch(`${BASE}${p}`, { headers: { cookie }, redirect: 'manual' });
          await res.text();
          if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
          if (i > 0) times.push(performance.now() - t0); // the first request warms the route
        }
        const r = { page: p, medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)) };
        results.push(r);
        console.log(
          `${p.padEnd(42)} median ${String(r.medianMs).padStart(4)} ms   p95 ${String(r.p95Ms).padStart(4)} ms`,
        );
      }
    }
    await browser.close();
    signInMs = round(quantile(signIns, 0.5));
    console.log(`sign-in (server action, median of ${signIns.length}) ${signInMs} ms`);
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const slowest = results.sort((a, b) => b.p95Ms - a.p95Ms)[0];
  const js = maxFirstLoadKB();
  console.log(
    `slowest page ${slowest.page}: p95 ${slowest.p95Ms} ms (target ≤ 300); sign-in ${signInMs} ms (target ≤ 500); first-load JS ${js.kb} kB gzipped on ${js.route} (target ≤ 250)`,
  );
  console.log(JSON.stringify({ pageP95Ms: slowest.p95Ms, slowestPage: slowest.page, signInMs, maxFirstLoadKB: js.kb }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
