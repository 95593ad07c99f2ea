// Every exported server action and route handler, found by walking app/ (so a new one
// is covered without editing this test), called by an anonymous caller and by another account's
// user with the demo account's ids: nothing is returned and nothing changes.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorld, type World } from '@/lib/testing/world';

let world: World;
let sessionEmail: string | null = null;

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() }),
}));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect ${to}`), { digest: 'NEXT_REDIRECT' });
  },
  notFound: () => {
    throw Object.assign(new Error('not found'), { digest: 'NEXT_NOT_FOUND' });
  },
}));
vi.mock('@/lib/server/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/server/session')>()),
  currentSession: async () => null,
  getActorContext: async () => (sessionEmail ? world.ctxFor(sessionEmail) : null),
}));
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDb: () => world.db,
}));

function files(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, name) : e.name === name ? [p] : [];
  });
}

/** Every table's rows, to prove nothing changed (logs of refused attempts aside). */
function snapshot(w: World): string {
  const tables = (
    w.db.$client
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not in ('operation_log', 'sign_in_attempts', '__drizzle_migrations')`,
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  return JSON.stringify(tables.map((t) => [t, w.db.$client.prepare(`select * from "${t}"`).all()]));
}

/** Arguments in the shapes the actions take, aimed at the demo account's resources. */
const ARGS: unknown[][] = [
  [],
  [1],
  ['1400100001'],
  [1, true],
  ['1400100001', 'disabled'],
  [{ id: 1, sdkAppId: '1400100001', name: 'x', url: 'http://example.com' }],
  [1, { name: 'x' }],
];

// Public on purpose: sign-in takes anonymous callers; sign-out only ends the caller's own session;
// the language switch (on the login page too) changes only the caller's own preference.
const PUBLIC_ACTIONS = new Set(['signInAction', 'signOutAction', 'setLocaleAction']);
// Routes with their own authentication: the cloud API (TC3), metrics (token), next-auth, health.
const OWN_AUTH = ['api/v3/', 'api/metrics/', 'api/auth/', 'api/health/'];

const actionFiles = files(path.resolve('app'), 'actions.ts');
const routeFiles = files(path.resolve('app/api'), 'route.ts').filter((f) => !OWN_AUTH.some((p) => f.includes(p)));

beforeEach(() => {
  process.env.API_KEY_SECRET ??= 'test-sealing-key';
  world = createWorld(new Date(), { content: true });
  sessionEmail = null;
});

describe('every action and route handler refuses callers who may not', { timeout: 120_000 }, () => {
  it(`finds the actions and routes (${actionFiles.length} action files, ${routeFiles.length} routes)`, () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(20);
    expect(routeFiles.length).toBeGreaterThanOrEqual(10);
  });

  for (const who of [null, 'solo@demo.local'] as const) {
    it(`${who ?? 'an anonymous caller'}: no action returns data or changes anything`, async () => {
      sessionEmail = who;
      const before = snapshot(world);
      let called = 0;
      for (const file of actionFiles) {
        const mod = (await import(file)) as Record<string, unknown>;
        for (const [name, fn] of Object.entries(mod)) {
          if (typeof fn !== 'function' || PUBLIC_ACTIONS.has(name)) continue;
          for (const args of ARGS) {
            called++;
            let res: unknown;
            try {
              res = await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
            } catch {
              continue; // a thrown error (bad arguments) returns nothing either
            }
            if (who === null)
              expect(res, `${path.relative('app', file)} ${name}`).toMatchObject({
                ok: false,
                code: 'UNAUTHENTICATED',
              });
            else if ((res as { ok?: boolean })?.ok) {
              // Allowed only on the caller's own data: it must not carry the demo account's.
              expect(JSON.stringify(res), `${path.relative('app', file)} ${name}`).not.toMatch(
                /1400100001|Demo Tech|owner@demo\.local/,
              );
            }
          }
        }
      }
      expect(called).toBeGreaterThan(100);
      if (who === null) expect(snapshot(world)).toBe(before);
      else {
        // Solo may have changed only its own rows; the demo account's are untouched.
        const demoRows = (s: string) =>
          (JSON.parse(s) as [string, Record<string, unknown>[]][]).map(([t, rows]) => [
            t,
            rows.filter((r) => r.account_id === 1 || r.accountId === 1),
          ]);
        expect(demoRows(snapshot(world))).toEqual(demoRows(before));
      }
    });

    it(`${who ?? 'an anonymous caller'}: no route handler answers with data`, async () => {
      sessionEmail = who;
      const before = snapshot(world);
      for (const file of routeFiles) {
        const mod = (await import(file)) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
        for (const method of ['GET', 'POST'] as const) {
          if (typeof mod[method] !== 'function') continue;
          const url = 'http://localhost/api/x?region=mainland&templateId=1&id=1&full=1&format=csv&tab=records';
          const req = new Request(url, { method, body: method === 'POST' ? 'phone\n13800000000\n' : undefined });
          const res = await mod[method](req, { params: Promise.resolve({ id: '1', region: 'mainland' }) });
          const where = `${path.relative('app', file)} ${method}`;
          if (who === null) expect(res.status, where).toBe(401);
          // Another account's user may get its own data (its own log export), never the demo account's.
          else expect(await res.text(), where).not.toMatch(/1400100001|Demo Tech|138\*{4}|owner@demo\.local/);
        }
      }
      const demoRows = (s: string) =>
        (JSON.parse(s) as [string, Record<string, unknown>[]][]).map(([t, rows]) => [
          t,
          rows.filter((r) => r.account_id === 1 || r.accountId === 1),
        ]);
      expect(demoRows(snapshot(world))).toEqual(demoRows(before));
    });
  }

  it('platform staff calling customer routes get a refusal, never a server error (admin full export was a 500)', async () => {
    sessionEmail = 'admin@sms.local';
    for (const file of routeFiles) {
      const mod = (await import(file)) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
      for (const method of ['GET', 'POST'] as const) {
        if (typeof mod[method] !== 'function') continue;
        const req = new Request('http://localhost/api/x?region=mainland&tab=records&full=1&format=csv', {
          method,
          body: method === 'POST' ? 'phone\n13800000000\n' : undefined,
        });
        const res = await mod[method](req, { params: Promise.resolve({ id: '1', region: 'mainland' }) });
        expect(res.status, `${path.relative('app', file)} ${method}`).toBeLessThan(500);
      }
    }
  });
});
