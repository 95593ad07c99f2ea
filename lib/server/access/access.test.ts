// R-CAM-1..4: sub-users with preset and custom policies, as the owner manages them.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { codeOf, createWorld } from '@/lib/testing/world';
import { listApplications } from '../applications/list-applications';
import { createApplication } from '../applications/create-application';
import { contextForUser } from '../user-context';
import { systemContext, systemContextFor } from '../system-context';
import { createApiKey } from '../api-keys/api-keys';
import { getAppSettings, saveAppSettings, addToAllowlist } from '../applications/app-settings';
import { ACTIONS } from '@/lib/domain/access/actions';
import {
  createPolicy,
  createSubUser,
  deletePolicy,
  deleteSubUser,
  listPolicies,
  listSubUsers,
  setSubUserPolicies,
} from './access';
import { parseInput } from '@/lib/server/validation';
import { policyInput, subUserInput } from '@/lib/schemas/access';
import { createApplicationInput, appSettingsInput } from '@/lib/schemas/applications';

const OWNER = 'owner@demo.local';
const UIN = 100000000001;

function subCtx(w: ReturnType<typeof createWorld>, email: string) {
  const id = w.db.get<{ id: number }>(sql`select id from users where email = ${email}`).id;
  return contextForUser(w.db, id, new Date('2026-11-02T02:00:00Z'));
}

describe('sub-users and policies (R-CAM-1..4)', () => {
  it('R-CAM-4: a read-only sub-user sees the applications and changes nothing', () => {
    const w = createWorld();
    createSubUser(
      w.ctxFor(OWNER),
      parseInput(subUserInput, {
        name: 'Auditor',
        email: 'audit@demo.local',
        password: 'Audit#2026x',
        policies: ['preset:QcloudSMSReadOnlyAccess'],
      }),
    );
    const ctx = subCtx(w, 'audit@demo.local')!;
    expect(listApplications(ctx).map((a) => a.sdkAppId)).toEqual(['1400100001']);
    expect(() =>
      createApplication(ctx, parseInput(createApplicationInput, { name: 'Nope', overview: '', tags: [] })),
    ).toThrow('No permission for CreateAppInfo on *.');
    expect(codeOf(() => createApiKey(ctx))).toBe('FORBIDDEN');
    // Managing users and policies stays with the owner.
    expect(codeOf(() => listSubUsers(ctx))).toBe('FORBIDDEN');
  });

  it('a custom policy limits a sub-user to one application, and deny wins', () => {
    const w = createWorld();
    const owner = w.ctxFor(OWNER);
    const other = createApplication(
      owner,
      parseInput(createApplicationInput, { name: 'Second', overview: '', tags: [] }),
    );
    const doc = JSON.stringify({
      version: '2.0',
      statement: [
        { effect: 'allow', action: ['name/sms:*'], resource: [`qcs::sms::uin/${UIN}:app/1400100001`] },
        { effect: 'allow', action: ['name/sms:DescribeAppList'], resource: ['*'] },
        { effect: 'deny', action: ['name/sms:DeleteAppInfo'], resource: [`qcs::sms::uin/${UIN}:app/*`] },
      ],
    });
    const { id } = createPolicy(
      owner,
      parseInput(policyInput, { name: 'DemoAppOnly', description: 'Only the demo app', document: doc }),
    );
    createSubUser(
      owner,
      parseInput(subUserInput, {
        name: 'Ops',
        email: 'ops@demo.local',
        password: 'Ops#2026xyz',
        policies: [`custom:${id}`],
      }),
    );
    const ctx = subCtx(w, 'ops@demo.local')!;
    expect(codeOf(() => ctx.authorize('ModifyAppInfo', { accountId: ctx.account!.id, sdkAppId: '1400100001' }))).toBe(
      'OK',
    );
    expect(codeOf(() => ctx.authorize('ModifyAppInfo', { accountId: ctx.account!.id, sdkAppId: other.sdkAppId }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => ctx.authorize('DeleteAppInfo', { accountId: ctx.account!.id, sdkAppId: '1400100001' }))).toBe(
      'FORBIDDEN',
    );
    expect(listPolicies(owner).map((p) => p.name)).toEqual([
      'QcloudSMSFullAccess',
      'QcloudSMSReadOnlyAccess',
      'DemoAppOnly',
    ]);
    // Changing the attached policies takes effect on the next request; deleting a policy detaches it.
    const user = listSubUsers(owner)[0];
    setSubUserPolicies(owner, user.id, ['preset:QcloudSMSFullAccess']);
    expect(
      codeOf(() =>
        subCtx(w, 'ops@demo.local')!.authorize('ModifyAppInfo', {
          accountId: ctx.account!.id,
          sdkAppId: other.sdkAppId,
        }),
      ),
    ).toBe('OK');
    setSubUserPolicies(owner, user.id, [`custom:${id}`]);
    deletePolicy(owner, id);
    expect(listSubUsers(owner)[0].policies).toEqual([]);
    expect(
      codeOf(() => subCtx(w, 'ops@demo.local')!.authorize('DescribeAppList', { accountId: ctx.account!.id })),
    ).toBe('FORBIDDEN');
  });

  it('refuses bad policies with line-level errors and changes nothing', () => {
    const w = createWorld();
    const owner = w.ctxFor(OWNER);
    const bad =
      '{\n  "version": "2.0",\n  "statement": [{\n    "effect": "allow",\n    "action": ["name/sms:Fly"],\n    "resource": ["*"]\n  }]\n}';
    try {
      createPolicy(owner, parseInput(policyInput, { name: 'Bad', document: bad }));
      expect.unreachable();
    } catch (err) {
      expect((err as { fieldErrors?: Record<string, string> }).fieldErrors?.document).toBe(
        'Line 5: Statement 1: unknown action "name/sms:Fly" (use "name/sms:*" or "name/sms:<Action>").',
      );
    }
    expect(
      codeOf(() => createPolicy(owner, parseInput(policyInput, { name: 'QcloudSMSFullAccess', document: '{}' }))),
    ).toBe('CONFLICT');
    expect(
      codeOf(() =>
        createSubUser(
          owner,
          parseInput(subUserInput, {
            name: 'X',
            email: 'x@demo.local',
            password: 'Xx#2026abcd',
            policies: ['custom:999'],
          }),
        ),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        createSubUser(
          owner,
          parseInput(subUserInput, { name: 'X', email: 'owner@demo.local', password: 'Xx#2026abcd' }),
        ),
      ),
    ).toBe('CONFLICT');
    expect(listPolicies(owner)).toHaveLength(2);
    expect(listSubUsers(owner)).toEqual([]);
  });

  it('a deleted sub-user cannot act (sign-in context, API keys) and another account cannot touch them', () => {
    const w = createWorld();
    const owner = w.ctxFor(OWNER);
    const { id } = createSubUser(
      owner,
      parseInput(subUserInput, {
        name: 'Temp',
        email: 'temp@demo.local',
        password: 'Temp#2026xy',
        policies: ['preset:QcloudSMSFullAccess'],
      }),
    );
    const key = createApiKey(subCtx(w, 'temp@demo.local')!);
    expect(codeOf(() => deleteSubUser(w.ctxFor('solo@demo.local'), id))).toBe('NOT_FOUND');
    deleteSubUser(owner, id);
    expect(subCtx(w, 'temp@demo.local')).toBeNull();
    expect(
      w.db.get<{ revoked: number | null }>(sql`select revoked_at as revoked from api_keys where id = ${key.id}`)
        .revoked,
    ).not.toBeNull();
    expect(listSubUsers(owner)).toEqual([]);
  });

  it('permission names follow the seed table, and a settings section needs only its own permission', () => {
    // The console API names of the seed's "Authorizable Resources and Actions" table.
    for (const name of [
      'DescribeWarningThreshold',
      'ModifyWarningThreshold',
      'DescribeFreqRule',
      'ModifyFreqRule',
      'DescribeCallbackInfo',
      'ModifyCallbackInfo',
      'DescribeFrequencyWhitelist',
      'AddFrequencyWhiteList',
      'DeleteFrequencyWhiteList',
      'DescribeNewsReceiver',
      'AddNewsReceiver',
      'ModifyNewsReceiver',
      'DeleteNewsReceiver',
      'DescribeAppList',
      'DescribeAppInfo',
      'ModifyAppInfo',
      'ModifyAppStatus',
      'DeleteAppInfo',
      'ModifyTaskStatusStart',
      'ModifyTaskStatusStop',
    ]) {
      expect(ACTIONS).toHaveProperty(name);
    }
    const w = createWorld();
    const owner = w.ctxFor(OWNER);
    const doc = (actions: string[]) =>
      JSON.stringify({
        version: '2.0',
        statement: [
          { effect: 'allow', action: actions.map((a) => `name/sms:${a}`), resource: [`qcs::sms::uin/${UIN}:app/*`] },
        ],
      });
    const freq = createPolicy(
      owner,
      parseInput(policyInput, {
        name: 'FreqOnly',
        description: '',
        document: doc(['DescribeFreqRule', 'ModifyFreqRule']),
      }),
    );
    createSubUser(
      owner,
      parseInput(subUserInput, {
        name: 'Freq',
        email: 'freq@demo.local',
        password: 'Freq#2026xyz',
        policies: [`custom:${freq.id}`],
      }),
    );
    const ctx = subCtx(w, 'freq@demo.local')!;
    const view = getAppSettings(ctx, '1400100001');
    expect(view).toMatchObject({ frequency: { per30s: 1, perDay: 2 }, thresholds: null, allowlist: null });
    expect(
      codeOf(() =>
        saveAppSettings(
          ctx,
          '1400100001',
          'frequency',
          parseInput(appSettingsInput, { per30s: '1', perHour: '', perDay: '3' }),
        ),
      ),
    ).toBe('OK');
    expect(
      codeOf(() =>
        saveAppSettings(
          ctx,
          '1400100001',
          'thresholds',
          parseInput(appSettingsInput, {
            mainlandAlarm: '5',
            mainlandLimit: '',
            intlAlarm: '',
            intlLimit: '',
          }),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(() => addToAllowlist(ctx, '1400100001', '13800000001'))).toBe('FORBIDDEN');
    // Saving one section leaves the other's values as they were.
    saveAppSettings(
      owner,
      '1400100001',
      'thresholds',
      parseInput(appSettingsInput, {
        mainlandAlarm: '5',
        mainlandLimit: '9',
        intlAlarm: '',
        intlLimit: '',
      }),
    );
    saveAppSettings(
      ctx,
      '1400100001',
      'frequency',
      parseInput(appSettingsInput, { per30s: '1', perHour: '', perDay: '4' }),
    );
    expect(getAppSettings(owner, '1400100001')).toMatchObject({
      frequency: { perDay: 4 },
      thresholds: { mainlandAlarm: 5, mainlandLimit: 9 },
    });
    const none = createPolicy(
      owner,
      parseInput(policyInput, { name: 'Nothing', description: '', document: doc(['DescribeAppInfo']) }),
    );
    createSubUser(
      owner,
      parseInput(subUserInput, {
        name: 'None',
        email: 'none@demo.local',
        password: 'None#2026xyz',
        policies: [`custom:${none.id}`],
      }),
    );
    expect(codeOf(() => getAppSettings(subCtx(w, 'none@demo.local')!, '1400100001'))).toBe('FORBIDDEN');
  });
});

describe('the system actor (background work)', () => {
  it('uses platform actions and, inside one account, that account’s actions — never another account’s (R-TEN-2)', () => {
    const w = createWorld();
    const now = new Date('2026-11-02T02:00:00Z');
    const sys = systemContext(w.db, now);
    expect(sys.actor).toMatchObject({ role: 'system', userId: 0 });
    expect(() => sys.authorize('ModifyChannels')).not.toThrow();
    expect(() => sys.authorize('ModifyAccountBalance')).not.toThrow();
    // Without an account it cannot act as a customer.
    expect(codeOf(() => sys.authorize('CreatePackageOrder', { accountId: 1 }))).toBe('FORBIDDEN');
    const demo = contextForUser(w.db, w.db.get<{ id: number }>(sql`select id from users where email = ${OWNER}`).id)!;
    const inDemo = systemContextFor(w.db, now, demo.account!);
    expect(() => inDemo.authorize('CreatePackageOrder', { accountId: demo.account!.id })).not.toThrow();
    expect(() =>
      inDemo.authorize('ModifyFreqRule', { accountId: demo.account!.id, sdkAppId: '1400100001' }),
    ).not.toThrow();
    expect(codeOf(() => inDemo.authorize('CreatePackageOrder', { accountId: demo.account!.id + 1 }))).toBe('NOT_FOUND');
    // No user row is behind it: it cannot be a session's or an API key's user.
    expect(contextForUser(w.db, 0)).toBeNull();
  });
});
