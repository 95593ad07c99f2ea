// R-APP-4/5/7/8: per-application frequency rule, allowlist and daily thresholds in the pipeline.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { effectiveSignature, effectiveTemplate } from '@/lib/testing/sending';
import { fromBeijing } from '@/lib/domain/time';
import { createImport } from '../imports/create-import';
import { createTask } from '../sending/create-task';
import { dispatchBatch } from '../sending/dispatch';
import { addToAllowlist, getAppSettings, removeFromAllowlist, saveAppSettings } from './app-settings';
import { createApplication } from './create-application';
import { parseInput } from '@/lib/server/validation';
import { createTaskInput } from '@/lib/schemas/sending';
import { createApplicationInput, appSettingsInput } from '@/lib/schemas/applications';

const OWNER = 'owner@demo.local';
const APP = '1400100001';
const T0 = fromBeijing(2026, 3, 10, 10);
const settings = (over: Record<string, unknown> = {}) => ({
  per30s: '1',
  perHour: '',
  perDay: '2',
  mainlandAlarm: '',
  mainlandLimit: '',
  intlAlarm: '',
  intlLimit: '',
  ...over,
});

async function send(
  w: World,
  sig: number,
  tpl: number,
  numbers: string[],
  at: Date,
  region: 'mainland' | 'international' = 'mainland',
) {
  const ctx = w.ctxFor(OWNER, { now: at });
  const imp = await createImport(ctx, { region, templateId: tpl, signatureId: sig, fileName: 'typed', typed: numbers });
  const { taskId } = createTask(
    ctx,
    parseInput(createTaskInput, {
      region,
      importId: imp.importId,
      sdkAppId: APP,
      signatureId: sig,
      templateId: tpl,
      send: 'now',
      acknowledged: true,
    }),
  );
  dispatchBatch(w.db, at);
  return w.db
    .all<{ status: string; fail_code: string | null }>(
      sql`select status, fail_code from messages where task_id = ${taskId} order by id`,
    )
    .map((m) => m.fail_code ?? m.status);
}

function setup() {
  const w = createWorld(T0);
  const sig = effectiveSignature(w, OWNER, 'mainland');
  const a = effectiveTemplate(w, OWNER, 'mainland', 'Your parcel A has arrived.', 'notification', 'A');
  const b = effectiveTemplate(w, OWNER, 'mainland', 'Your parcel B has arrived.', 'notification', 'B');
  const c = effectiveTemplate(w, OWNER, 'mainland', 'Your parcel C has arrived.', 'notification', 'C');
  return { w, sig, a, b, c };
}

const later = (min: number) => new Date(T0.getTime() + min * 60_000);

describe('application settings in the pipeline (R-APP-4, R-APP-7, R-APP-8)', () => {
  it('the per-day rule of the application applies; default 2, set to 1', async () => {
    const { w, sig, a, b, c } = setup();
    expect(await send(w, sig, a, ['13800000001'], later(0))).toEqual(['submitted']);
    expect(await send(w, sig, b, ['13800000001'], later(1))).toEqual(['submitted']);
    expect(await send(w, sig, c, ['13800000001'], later(2))).toEqual(['1025']);
    saveAppSettings(w.ctxFor(OWNER), APP, 'frequency', parseInput(appSettingsInput, settings({ perDay: '1' })));
    expect(await send(w, sig, a, ['13800000002'], later(3))).toEqual(['submitted']);
    expect(await send(w, sig, b, ['13800000002'], later(4))).toEqual(['1025']);
  });

  it('an allowlisted number skips the application limits, not the carrier rule', async () => {
    const { w, sig, a, b, c } = setup();
    const r = addToAllowlist(w.ctxFor(OWNER), APP, '13800000001\n85261234567\n');
    expect(r).toEqual({
      added: 1,
      rejected: [{ line: 2, reason: 'Write numbers outside mainland China as +CC… (e.g. +85261234567).' }],
    });
    const results: string[] = [];
    for (let i = 0; i < 11; i++) results.push(...(await send(w, sig, [a, b, c][i % 3], ['13800000001'], later(i * 2))));
    // Ten a day from the carrier (non-marketing), whatever the application allows.
    expect(results.slice(0, 10).every((x) => x === 'submitted')).toBe(true);
    expect(results[10]).toBe('1026');
    removeFromAllowlist(w.ctxFor(OWNER), APP, '+8613800000001');
    expect(getAppSettings(w.ctxFor(OWNER), APP).allowlist).toEqual([]);
  });

  it('the daily limit stops the application for the day (1022); the alarm value notifies once', async () => {
    const { w, sig, a } = setup();
    saveAppSettings(
      w.ctxFor(OWNER),
      APP,
      'thresholds',
      parseInput(appSettingsInput, settings({ mainlandAlarm: '2', mainlandLimit: '3' })),
    );
    expect(await send(w, sig, a, ['13800000001', '13800000002'], later(0))).toEqual(['submitted', 'submitted']);
    expect(await send(w, sig, a, ['13800000003', '13800000004', '13800000005'], later(1))).toEqual([
      'submitted',
      '1022',
      '1022',
    ]);
    const notes = w.db.all<{ title: string }>(sql`select title from notifications where category = 'threshold'`);
    // The alarm value once, and the limit once (R-APP-10 over-limit reminder), however many messages it stops.
    expect(notes).toEqual([
      { title: 'Demo App: daily mainland alarm value reached' },
      { title: 'Demo App: daily mainland limit reached' },
    ]);
    // The next Beijing day starts again.
    expect(await send(w, sig, a, ['13800000006'], fromBeijing(2026, 3, 11, 10))).toEqual(['submitted']);
  });

  it('the international daily limit counts international messages only (R-APP-5)', async () => {
    const { w, sig, a } = setup();
    const intlSig = effectiveSignature(w, OWNER, 'international');
    const intlTpl = effectiveTemplate(w, OWNER, 'international', 'Your parcel has arrived.', 'notification', 'Intl');
    saveAppSettings(w.ctxFor(OWNER), APP, 'thresholds', parseInput(appSettingsInput, settings({ intlLimit: '1' })));
    expect(await send(w, intlSig, intlTpl, ['+85261234567', '+85261234568'], later(0), 'international')).toEqual([
      'submitted',
      '1022',
    ]);
    expect(await send(w, sig, a, ['13800000001', '13800000002'], later(1))).toEqual(['submitted', 'submitted']);
  });

  it('refuses bad settings next to the field and changes nothing; another account cannot touch them', () => {
    const { w } = setup();
    expect(
      codeOf(() =>
        saveAppSettings(w.ctxFor(OWNER), APP, 'frequency', parseInput(appSettingsInput, settings({ per30s: '0' }))),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        saveAppSettings(
          w.ctxFor(OWNER),
          APP,
          'thresholds',
          parseInput(appSettingsInput, settings({ mainlandAlarm: '9', mainlandLimit: '5' })),
        ),
      ),
    ).toBe('INVALID_INPUT');
    expect(getAppSettings(w.ctxFor(OWNER), APP)).toMatchObject({
      frequency: { per30s: 1, perDay: 2 },
      thresholds: { mainlandLimit: null },
    });
    expect(
      codeOf(() =>
        saveAppSettings(
          w.ctxFor(OWNER),
          APP,
          'thresholds',
          parseInput(appSettingsInput, settings({ intlLimit: '101' })),
        ),
      ),
    ).toBe('INVALID_INPUT');
    expect(codeOf(() => getAppSettings(w.ctxFor('solo@demo.local'), APP))).toBe('NOT_FOUND');
    expect(
      codeOf(() =>
        addToAllowlist(w.ctxFor(OWNER), APP, Array.from({ length: 101 }, (_, i) => String(13900000000 + i)).join('\n')),
      ),
    ).toBe('INVALID_INPUT');
    // R-APP-8: 300 in all; the add that would pass it changes nothing.
    for (let k = 0; k < 3; k++)
      addToAllowlist(
        w.ctxFor(OWNER),
        APP,
        Array.from({ length: 100 }, (_, i) => String(13900000000 + k * 100 + i)).join('\n'),
      );
    expect(codeOf(() => addToAllowlist(w.ctxFor(OWNER), APP, '13700000001'))).toBe('LIMIT_REACHED');
    expect(getAppSettings(w.ctxFor(OWNER), APP).allowlist).toHaveLength(300);
  });

  it('a new application of an individual account starts within the individual caps and saves as shown', () => {
    const w = createWorld();
    const solo = w.ctxFor('solo@demo.local');
    const { sdkAppId } = createApplication(
      solo,
      parseInput(createApplicationInput, { name: 'Li Wei shop', overview: '', tags: [] }),
    );
    const shown = getAppSettings(solo, sdkAppId);
    expect(shown.frequency).toMatchObject({ per30s: 1, perHour: 5, perDay: 2 });
    const form = settings({
      per30s: String(shown.frequency!.per30s),
      perHour: String(shown.frequency!.perHour),
      perDay: String(shown.frequency!.perDay),
    });
    expect(codeOf(() => saveAppSettings(solo, sdkAppId, 'frequency', parseInput(appSettingsInput, form)))).toBe('OK');
    // an enterprise application keeps the hourly limit optional
    const { sdkAppId: ent } = createApplication(
      w.ctxFor(OWNER),
      parseInput(createApplicationInput, { name: 'Another', overview: '', tags: [] }),
    );
    expect(getAppSettings(w.ctxFor(OWNER), ent).frequency!.perHour).toBeNull();
  });
});
