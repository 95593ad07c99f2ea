// R-APP-6: sendable countries/regions of an application — the verbs, the files and the pipeline.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { codeOf, createWorld, type World } from '@/lib/testing/world';
import { effectiveTemplate, tempFile } from '@/lib/testing/sending';
import { fromBeijing } from '@/lib/domain/time';
import { createImport } from '../imports/create-import';
import { createTask } from '../sending/create-task';
import { dispatchBatch } from '../sending/dispatch';
import { createApplication } from './create-application';
import { saveAppSettings } from './app-settings';
import { deleteAppCountry, importAppCountries, listAppCountries, saveAppCountry } from './sendable-countries';
import { parseInput } from '@/lib/server/validation';
import { createTaskInput } from '@/lib/schemas/sending';
import { createApplicationInput, appCountryInput, appSettingsInput } from '@/lib/schemas/applications';

const OWNER = 'owner@demo.local';
const APP = '1400100001';
const T0 = fromBeijing(2026, 3, 10, 10);

async function send(w: World, tpl: number, numbers: string[], at = T0) {
  const ctx = w.ctxFor(OWNER, { now: at });
  const imp = await createImport(ctx, {
    region: 'international',
    templateId: tpl,
    signatureId: null,
    fileName: 'typed',
    typed: numbers,
  });
  const { taskId } = createTask(
    ctx,
    parseInput(createTaskInput, {
      region: 'international',
      importId: imp.importId,
      sdkAppId: APP,
      templateId: tpl,
      send: 'now',
      acknowledged: true,
    }),
  );
  dispatchBatch(w.db, at);
  return w.db
    .all<{ status: string; fail_code: string | null; fail_reason: string | null }>(
      sql`select status, fail_code, fail_reason from messages where task_id = ${taskId} order by id`,
    )
    .map((m) => m.fail_code ?? m.status);
}

describe('sendable countries/regions (R-APP-6)', () => {
  it('add, edit, delete with field errors; enterprise only; another account cannot see them', () => {
    const w = createWorld(T0);
    const owner = w.ctxFor(OWNER);
    expect(codeOf(() => saveAppCountry(owner, APP, 'add', parseInput(appCountryInput, { country: 'Atlantis' })))).toBe(
      'INVALID_INPUT',
    );
    saveAppCountry(
      owner,
      APP,
      'add',
      parseInput(appCountryInput, { country: 'Hong Kong (China) (HK)', dailyAlarm: '80', dailyLimit: '100' }),
    );
    saveAppCountry(owner, APP, 'add', parseInput(appCountryInput, { country: 'US' }));
    expect(codeOf(() => saveAppCountry(owner, APP, 'add', parseInput(appCountryInput, { country: 'HK' })))).toBe(
      'CONFLICT',
    );
    expect(
      codeOf(() =>
        saveAppCountry(
          owner,
          APP,
          'edit',
          parseInput(appCountryInput, { country: 'HK', dailyAlarm: '120', dailyLimit: '100' }),
        ),
      ),
    ).toBe('INVALID_INPUT');
    saveAppCountry(
      owner,
      APP,
      'edit',
      parseInput(appCountryInput, { country: 'HK', dailyAlarm: '', dailyLimit: '50' }),
    );
    expect(codeOf(() => saveAppCountry(owner, APP, 'edit', parseInput(appCountryInput, { country: 'JP' })))).toBe(
      'NOT_FOUND',
    );
    expect(listAppCountries(owner, APP).entries.map((e) => [e.iso, e.dailyAlarm, e.dailyLimit])).toEqual([
      ['HK', null, 50],
      ['US', null, null],
    ]);
    // Never above the application's international limit.
    saveAppSettings(
      owner,
      APP,
      'thresholds',
      parseInput(appSettingsInput, { mainlandAlarm: '', mainlandLimit: '', intlAlarm: '', intlLimit: '60' }),
    );
    expect(
      codeOf(() =>
        saveAppCountry(owner, APP, 'edit', parseInput(appCountryInput, { country: 'HK', dailyLimit: '61' })),
      ),
    ).toBe('INVALID_INPUT');
    deleteAppCountry(owner, APP, 'US');
    expect(codeOf(() => deleteAppCountry(owner, APP, 'US'))).toBe('NOT_FOUND');
    expect(codeOf(() => listAppCountries(w.ctxFor('solo@demo.local'), APP))).toBe('NOT_FOUND');
    const solo = w.ctxFor('solo@demo.local');
    const own = createApplication(solo, parseInput(createApplicationInput, { name: 'Li', overview: '', tags: [] }));
    expect(
      codeOf(() => saveAppCountry(solo, own.sdkAppId, 'add', parseInput(appCountryInput, { country: 'HK' }))),
    ).toBe('FORBIDDEN');
  });

  it('the pipeline refuses other destinations with 1045 and stops a country at its daily limit', async () => {
    const w = createWorld(T0);
    const tpl = effectiveTemplate(w, OWNER, 'international', 'Your parcel has arrived.', 'notification', 'Intl');
    expect(await send(w, tpl, ['+447400123456'])).toEqual(['submitted']);
    saveAppCountry(
      w.ctxFor(OWNER),
      APP,
      'add',
      parseInput(appCountryInput, { country: 'HK', dailyAlarm: '2', dailyLimit: '3' }),
    );
    expect(await send(w, tpl, ['+447400123457', '+85261234501', '+85261234502'])).toEqual([
      '1045',
      'submitted',
      'submitted',
    ]);
    expect(await send(w, tpl, ['+85261234503', '+85261234504'])).toEqual(['submitted', '1045']);
    const reasons = w.db
      .all<{ r: string }>(sql`select fail_reason as r from messages where fail_code = '1045' order by id`)
      .map((x) => x.r);
    expect(reasons).toEqual([
      'country/region is not in the application’s sendable list',
      'the application’s daily limit for this country/region is reached',
    ]);
    // Failed messages are not billed; the alarm value told the account once.
    expect(
      w.db.get<{ n: number }>(sql`select count(*) as n from messages where fail_code = '1045' and billable > 0`).n,
    ).toBe(0);
    expect(w.db.all<{ title: string }>(sql`select title from notifications where category = 'threshold'`)).toEqual([
      { title: 'Demo App: daily alarm value for HK reached' },
    ]);
    // The next Beijing day starts again.
    expect(await send(w, tpl, ['+85261234505'], fromBeijing(2026, 3, 11, 10))).toEqual(['submitted']);
  });

  it('imports CSV and XLSX in the template shape, all or nothing', async () => {
    const w = createWorld(T0);
    const owner = w.ctxFor(OWNER);
    const bad = await importAppCountries(
      owner,
      APP,
      tempFile('c.csv', 'country_or_region,daily_alarm,daily_limit\nHK,80,100\nAtlantis,,\n'),
    );
    expect(bad).toEqual({ added: 0, updated: 0, rejected: [{ line: 3, reason: expect.stringContaining('Atlantis') }] });
    expect(listAppCountries(owner, APP).entries).toEqual([]);
    expect(
      await importAppCountries(
        owner,
        APP,
        tempFile('c.csv', 'country_or_region,daily_alarm,daily_limit\nHK,80,100\nJapan,,\n'),
      ),
    ).toEqual({ added: 2, updated: 0, rejected: [] });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('countries');
    ws.addRow(['country_or_region', 'daily_alarm', 'daily_limit']);
    ws.addRow(['HK', 10, 20]);
    ws.addRow(['SG', '', '']);
    const file = tempFile('c.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await importAppCountries(owner, APP, file)).toEqual({ added: 1, updated: 1, rejected: [] });
    expect(listAppCountries(owner, APP).entries.map((e) => [e.iso, e.dailyAlarm, e.dailyLimit])).toEqual([
      ['HK', 10, 20],
      ['JP', null, null],
      ['SG', null, null],
    ]);
    await expect(
      importAppCountries(owner, APP, tempFile('c.csv', 'country_or_region,daily_alarm,daily_limit\n')),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
