import { describe, expect, it } from 'vitest';
import { appResourceName, evaluatePolicies, type PolicyStatement } from './policy';
import { isSdkAppId, maskSecret } from './secrets';
import { ACTIONS } from './actions';

const UIN = 12345678;
const app1 = appResourceName(UIN, '1400000001');
const app2 = appResourceName(UIN, '1400000002');

describe('R-CAM-3 policy evaluation', () => {
  // The console guide's own example: allow all on two apps, deny DeleteAppInfo on the first.
  const guide: PolicyStatement[] = [
    { effect: 'allow', action: ['name/sms:*'], resource: [app1, app2] },
    { effect: 'deny', action: ['name/sms:DeleteAppInfo'], resource: [app1] },
  ];
  it.each([
    ['ModifyAppInfo', app1, true],
    ['DeleteAppInfo', app1, false],
    ['DeleteAppInfo', app2, true],
    ['DeleteAppInfo', appResourceName(UIN, '1400000003'), false],
    ['DescribeAppList', '*', false],
  ])('%s on %s → %s', (action, resource, allowed) => {
    expect(evaluatePolicies(guide, action, resource, UIN)).toBe(allowed);
  });

  it('app/* covers every app of the account only; * covers account-wide actions', () => {
    const all: PolicyStatement[] = [
      { effect: 'allow', action: ['name/sms:ModifyAppInfo'], resource: [`qcs::sms::uin/${UIN}:app/*`] },
    ];
    expect(evaluatePolicies(all, 'ModifyAppInfo', app2, UIN)).toBe(true);
    expect(evaluatePolicies(all, 'ModifyAppInfo', appResourceName(999, '1400000002'), UIN)).toBe(false);
    expect(evaluatePolicies(all, 'ModifyAppInfo', '*', UIN)).toBe(false);
    expect(evaluatePolicies(all, 'DeleteAppInfo', app2, UIN)).toBe(false);
    const star: PolicyStatement[] = [{ effect: 'allow', action: ['*'], resource: ['*'] }];
    expect(evaluatePolicies(star, 'DescribeAppList', '*', UIN)).toBe(true);
  });

  it('nothing is allowed without a statement', () => {
    expect(evaluatePolicies([], 'DescribeAppList', '*', UIN)).toBe(false);
  });

  it('every action is declared with a scope', () => {
    for (const def of Object.values(ACTIONS)) expect(['app', 'account', 'platform']).toContain(def.scope);
  });
});

describe('secrets', () => {
  it('masks all but the ends', () => {
    expect(maskSecret('0123456789abcdef0123456789abcdef')).toBe(`0123${'*'.repeat(24)}cdef`);
    expect(maskSecret('short')).toBe('*****');
  });
  it('R-APP-2 SdkAppId shape', () => {
    expect(isSdkAppId('1400123456')).toBe(true);
    expect(isSdkAppId('1401123456')).toBe(false);
    expect(isSdkAppId('14001234567')).toBe(false);
  });
});
