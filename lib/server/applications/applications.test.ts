import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { applications } from '@/db/schema';
import { codeOf, createWorld } from '@/lib/testing/world';
import { createApplication, MAX_APPLICATIONS } from './create-application';
import { listApplications } from './list-applications';
import { getApplication } from './get-application';
import { modifyApplication } from './modify-application';
import { setApplicationStatus } from './set-application-status';
import { deleteApplication } from './delete-application';
import { regenerateAppKey, revealAppKey } from './app-key';
import { parseInput } from '@/lib/server/validation';
import { createApplicationInput, modifyApplicationInput } from '@/lib/schemas/applications';

const OWNER = 'owner@demo.local';
const SOLO = 'solo@demo.local';

describe('applications (R-APP-1..3)', () => {
  it('R-APP-2: a new application gets a 1400… SdkAppId and a 32-hex AppKey shown masked', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    const { sdkAppId } = createApplication(
      ctx,
      parseInput(createApplicationInput, { name: 'Shop', overview: 'orders', tags: ['a', 'a', 'b'] }),
    );
    expect(sdkAppId).toMatch(/^1400\d{6}$/);
    const details = getApplication(ctx, sdkAppId);
    expect(details.appKeyMasked).toMatch(/^[0-9a-f]{4}\*{24}[0-9a-f]{4}$/);
    expect(details.tags).toEqual(['a', 'b']);
    const key = revealAppKey(ctx, sdkAppId);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    const next = regenerateAppKey(ctx, sdkAppId);
    expect(next).not.toBe(key);
    expect(revealAppKey(ctx, sdkAppId)).toBe(next);
  });

  it('SdkAppIds are unique across accounts', () => {
    const w = createWorld();
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++)
      ids.add(
        createApplication(w.ctxFor(i % 2 ? OWNER : SOLO), parseInput(createApplicationInput, { name: `a${i}` }))
          .sdkAppId,
      );
    expect(ids.size).toBe(50);
  });

  it('rejects bad input with field errors and creates nothing', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    const before = listApplications(ctx).length;
    try {
      createApplication(ctx, parseInput(createApplicationInput, { name: '   ', overview: 'x'.repeat(201) }));
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({
        code: 'INVALID_INPUT',
        fieldErrors: { name: 'Enter an application name.', overview: 'At most 200 characters.' },
      });
    }
    expect(listApplications(ctx).length).toBe(before);
  });

  it('R-APP-1: at most 500 applications per account', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    const existing = listApplications(ctx).length;
    for (let i = existing; i < MAX_APPLICATIONS; i++)
      createApplication(ctx, parseInput(createApplicationInput, { name: `app ${i}` }));
    expect(listApplications(ctx)).toHaveLength(MAX_APPLICATIONS);
    expect(codeOf(() => createApplication(ctx, parseInput(createApplicationInput, { name: 'one too many' })))).toBe(
      'LIMIT_REACHED',
    );
    // Deleted applications free their place.
    const victim = listApplications(ctx)[1].sdkAppId;
    setApplicationStatus(ctx, victim, 'disabled');
    deleteApplication(ctx, victim);
    expect(codeOf(() => createApplication(ctx, parseInput(createApplicationInput, { name: 'fits again' })))).toBe('OK');
  });

  it('R-APP-3: delete only when disabled; deletion is final', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    const { sdkAppId } = createApplication(ctx, parseInput(createApplicationInput, { name: 'Temp' }));
    expect(codeOf(() => deleteApplication(ctx, sdkAppId))).toBe('CONFLICT');
    setApplicationStatus(ctx, sdkAppId, 'disabled');
    expect(codeOf(() => setApplicationStatus(ctx, sdkAppId, 'disabled'))).toBe('CONFLICT');
    deleteApplication(ctx, sdkAppId);
    expect(listApplications(ctx).map((a) => a.sdkAppId)).not.toContain(sdkAppId);
    expect(codeOf(() => getApplication(ctx, sdkAppId))).toBe('NOT_FOUND');
    expect(codeOf(() => setApplicationStatus(ctx, sdkAppId, 'enabled'))).toBe('NOT_FOUND');
    // The row stays (history keeps its application) but is marked deleted.
    expect(w.db.select().from(applications).where(eq(applications.sdkAppId, sdkAppId)).get()?.deletedAt).toBeTruthy();
  });

  it('modifies name and overview', () => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    modifyApplication(
      ctx,
      parseInput(modifyApplicationInput, { sdkAppId: '1400100001', name: 'Renamed', overview: 'new text' }),
    );
    expect(getApplication(ctx, '1400100001')).toMatchObject({ name: 'Renamed', overview: 'new text' });
  });

  it("R-TEN-2: another account's application is not found by any verb and is left unchanged", () => {
    const w = createWorld();
    const solo = w.ctxFor(SOLO);
    const id = '1400100001'; // belongs to Demo Tech
    for (const fn of [
      () => getApplication(solo, id),
      () => revealAppKey(solo, id),
      () => regenerateAppKey(solo, id),
      () => modifyApplication(solo, parseInput(modifyApplicationInput, { sdkAppId: id, name: 'hijack' })),
      () => setApplicationStatus(solo, id, 'disabled'),
      () => deleteApplication(solo, id),
    ]) {
      expect(codeOf(fn)).toBe('NOT_FOUND');
    }
    expect(listApplications(solo).map((a) => a.sdkAppId)).toEqual(['1400100002']);
    const row = w.db.select().from(applications).where(eq(applications.sdkAppId, id)).get()!;
    expect(row).toMatchObject({ name: 'Demo App', status: 'enabled', deletedAt: null });
  });

  it('platform staff cannot act on customer applications', () => {
    const w = createWorld();
    expect(codeOf(() => listApplications(w.ctxFor('admin@sms.local')))).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        createApplication(w.ctxFor('reviewer@sms.local'), parseInput(createApplicationInput, { name: 'x' })),
      ),
    ).toBe('FORBIDDEN');
  });

  it('R-CAM-3: a sub-user may do what its policies allow, explicit deny wins', () => {
    const w = createWorld();
    const policies = [
      { effect: 'allow' as const, action: ['name/sms:*'], resource: ['*'] },
      {
        effect: 'deny' as const,
        action: ['name/sms:DeleteAppInfo'],
        resource: ['qcs::sms::uin/100000000001:app/1400100001'],
      },
    ];
    const subCtx = w.ctxFor(OWNER, { policies, role: 'subuser' });
    expect(codeOf(() => setApplicationStatus(subCtx, '1400100001', 'disabled'))).toBe('OK');
    expect(codeOf(() => deleteApplication(subCtx, '1400100001'))).toBe('FORBIDDEN');
    const readOnly = w.ctxFor(OWNER, { policies: [], role: 'subuser' });
    expect(codeOf(() => listApplications(readOnly))).toBe('FORBIDDEN');
  });
});
