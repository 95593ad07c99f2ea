// Server actions called directly, as a hostile client could: the session decides who
// acts, never the input (R-TEN-2).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { applications, accounts } from '@/db/schema';
import { createWorld, type World } from '@/lib/testing/world';
import { parseInput } from '@/lib/server/validation';
import { operationFilter } from '@/lib/schemas/audit';

let world: World;
let sessionEmail: string | null = null;

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/server/session', () => ({
  getActorContext: async () => (sessionEmail ? world.ctxFor(sessionEmail) : null),
}));

const appActions = await import('./(console)/applications/actions');
const adminActions = await import('./(platform)/admin/accounts/actions');
const channelActions = await import('./(platform)/admin/channels/actions');
const routeActions = await import('./(platform)/admin/routes/actions');

beforeEach(() => {
  world = createWorld();
  sessionEmail = null;
});

const demoApp = () => world.db.select().from(applications).where(eq(applications.sdkAppId, '1400100001')).get()!;

describe('server actions', () => {
  it('an unauthenticated call changes nothing', async () => {
    const before = demoApp();
    for (const res of [
      await appActions.setApplicationStatusAction('1400100001', { status: 'disabled' }),
      await appActions.regenerateAppKeyAction('1400100001'),
      await appActions.revealAppKeyAction('1400100001'),
      await appActions.createApplicationAction({ name: 'x', overview: '', tags: [] }),
      await adminActions.createAccountAction({
        realName: 'Evil',
        identity: 'enterprise',
        ownerName: 'e',
        ownerEmail: 'e@e.io',
        ownerPassword: 'Evil#2026',
      }),
    ]) {
      expect(res).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    }
    expect(demoApp()).toEqual(before);
    expect(world.db.select().from(accounts).all()).toHaveLength(2);
  });

  it("a customer cannot read or change another account's application through an action", async () => {
    sessionEmail = 'solo@demo.local';
    const before = demoApp();
    for (const res of [
      await appActions.revealAppKeyAction('1400100001'),
      await appActions.regenerateAppKeyAction('1400100001'),
      await appActions.modifyApplicationAction({ sdkAppId: '1400100001', name: 'mine now', overview: '' }),
      await appActions.setApplicationStatusAction('1400100001', { status: 'disabled' }),
      await appActions.deleteApplicationAction('1400100001'),
    ]) {
      expect(res).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(JSON.stringify(res)).not.toContain(before.appKey);
    }
    expect(demoApp()).toEqual(before);
  });

  it('a customer calling an admin action is refused', async () => {
    sessionEmail = 'owner@demo.local';
    const res = await adminActions.setAccountIdentityAction({ accountId: 2, identity: 'enterprise' });
    expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(world.db.select().from(accounts).where(eq(accounts.id, 2)).get()!.identity).toBe('individual');
  });

  it('the owner acts on its own application and gets typed failures, not exceptions', async () => {
    sessionEmail = 'owner@demo.local';
    expect(await appActions.deleteApplicationAction('1400100001')).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await appActions.setApplicationStatusAction('1400100001', { status: 'disabled' })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await appActions.deleteApplicationAction('1400100001')).toEqual({ ok: true, data: undefined });
  });

  it('an action checks its input with the schema the form uses: field errors, nothing runs, nothing refreshed', async () => {
    const { revalidatePath } = await import('next/cache');
    vi.mocked(revalidatePath).mockClear();
    sessionEmail = 'owner@demo.local';
    const count = () => world.db.all(sql`select id from applications`).length;
    const before = count();
    // What a hostile client sends: wrong types, a missing name, too many tags.
    const bad = await appActions.createApplicationAction({
      name: '',
      overview: 5 as unknown as string,
      tags: Array.from({ length: 11 }, (_, i) => `t${i}`),
    });
    expect(bad).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: 'Please correct the highlighted fields.' });
    expect(bad.ok === false && bad.fieldErrors).toMatchObject({
      name: expect.any(String),
      overview: expect.any(String),
      tags: 'At most 10 tags.',
    });
    // A key the schema refuses (an empty SdkAppId) is a field error too, before any lookup.
    expect(await appActions.saveAppSettingsAction(['', 'frequency'], { per30s: '1' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(count()).toBe(before);
    expect(revalidatePath).not.toHaveBeenCalled();
    const good = await appActions.createApplicationAction({ name: 'Typed', overview: '', tags: [] });
    expect(good).toMatchObject({ ok: true });
    expect(count()).toBe(before + 1);
    expect(revalidatePath).toHaveBeenCalledWith('/applications', 'layout');
    expect(revalidatePath).toHaveBeenCalledWith('/overview', undefined);
  });

  it('channel and route actions refuse anonymous callers and everyone but the admin', async () => {
    process.env.API_KEY_SECRET ??= 'test-sealing-key';
    const smpp = {
      kind: 'smpp' as const,
      name: 'Evil',
      host: '127.0.0.1',
      port: '2775',
      systemId: 'x',
      password: 'x',
      systemType: '',
      sourceAddr: '',
      maxPerSecond: '1',
      window: '1',
    };
    const calls = () => [
      channelActions.addChannelAction(smpp),
      channelActions.editChannelAction(1, { kind: 'simulator', name: 'Renamed' }),
      channelActions.setChannelEnabledAction(1, false),
      channelActions.deleteChannelAction(1),
      channelActions.sendTestMessageAction(1, { phone: '13812345678', text: 'hi' }),
      routeActions.addRouteAction({ channelIds: [1] }),
      routeActions.editRouteAction(1, { channelIds: [1], region: 'international' }),
      routeActions.moveRouteAction(1, 'down'),
      routeActions.setRouteEnabledAction(1, false),
      routeActions.deleteRouteAction(1),
    ];
    const snapshot = () =>
      JSON.stringify([world.db.all(sql`select * from channels`), world.db.all(sql`select * from routes`)]);
    const before = snapshot();
    for (const res of await Promise.all(calls())) expect(res).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    for (const who of ['owner@demo.local', 'finance@sms.local', 'reviewer@sms.local']) {
      sessionEmail = who;
      for (const res of await Promise.all(calls())) expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(snapshot()).toBe(before);
    sessionEmail = 'admin@sms.local';
    expect(await channelActions.setChannelEnabledAction(1, false)).toEqual({ ok: true, data: undefined });
  });

  it('changes made through actions land in the operation log with who, what, on what and the result', async () => {
    const { listOperations } = await import('@/lib/server/audit/read-operations');
    sessionEmail = 'owner@demo.local';
    expect(await appActions.setApplicationStatusAction('1400100001', { status: 'disabled' })).toEqual({
      ok: true,
      data: undefined,
    });
    await appActions.revealAppKeyAction('1400100001'); // DescribeAppKey is not read-only: logged
    sessionEmail = 'solo@demo.local';
    await appActions.setApplicationStatusAction('1400100001', { status: 'enabled' }); // another account's app: NOT_FOUND before any permission is used
    await adminActions.setAccountIdentityAction({ accountId: 1, identity: 'individual' }); // a platform action: FORBIDDEN, logged
    const demo = world.ctxFor('owner@demo.local');
    const mine = listOperations(demo, parseInput(operationFilter, {})).rows;
    expect(mine.map((r) => [r.actor, r.action, r.resource, r.result])).toEqual([
      ['owner@demo.local', 'DescribeAppKey', 'app/1400100001', 'ok'],
      ['owner@demo.local', 'ModifyAppStatus', 'app/1400100001', 'ok'],
    ]);
    expect(listOperations(demo, parseInput(operationFilter, { action: 'ModifyAppStatus' })).rows).toHaveLength(1);
    expect(listOperations(demo, parseInput(operationFilter, { user: 'solo' })).rows).toHaveLength(0); // never another account's entries
    const solo = listOperations(world.ctxFor('solo@demo.local'), parseInput(operationFilter, {})).rows;
    expect(solo.map((r) => [r.action, r.result])).toEqual([['ModifyAccountIdentity', 'FORBIDDEN']]);
    // the admin sees both accounts; finance may not read the platform log
    expect(listOperations(world.ctxFor('admin@sms.local'), parseInput(operationFilter, {})).rows).toHaveLength(3);
    expect(() => listOperations(world.ctxFor('finance@sms.local'), parseInput(operationFilter, {}))).toThrow(
      /No permission/,
    );
  });

  it('a change and its operation-log row commit together: no log row, no change', async () => {
    sessionEmail = 'owner@demo.local';
    world.db.run(sql`drop table operation_log`); // the log row cannot be written now
    const res = await appActions.setApplicationStatusAction('1400100001', { status: 'disabled' });
    expect(res).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(demoApp().status).toBe('enabled');
  });
});
