import 'server-only';
import type { AppCountryInput } from '@/lib/schemas/applications';
import { fillText } from '@/lib/domain/notices';
import { and, asc, eq, sql } from 'drizzle-orm';
import { appCountries, type Application } from '@/db/schema';
import { countryByIso, findCountry, type CountryInfo } from '@/lib/domain/phone/countries';
import {
  MAX_APP_COUNTRIES,
  parseCountryRows,
  validateCountryEntry,
  type CountryEntry,
} from '@/lib/domain/sending/countries';
import { AppError } from '../errors';
import { appResource } from '../authorize';
import { requireAccount, type Ctx } from '../context';
import { findApplication } from './find-application';
import { sniffFileKind, streamRows } from '../imports/read-rows';

export interface AppCountryRow extends CountryInfo {
  dailyAlarm: number | null;
  dailyLimit: number | null;
}

/** R-APP-6 is for enterprise accounts; an individual's application is told so. */
function enterpriseApp(
  ctx: Ctx,
  sdkAppId: string,
  action: 'DescribeAppCountryList' | 'ModifyAppCountryList',
): Application {
  const account = requireAccount(ctx);
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize(action, appResource(app));
  if (account.identity !== 'enterprise')
    throw new AppError('FORBIDDEN', 'Sendable countries/regions are available to enterprise accounts only.');
  return app;
}

/** The application's sendable countries/regions by name, with their own alarm and limit. */
export function listAppCountries(
  ctx: Ctx,
  sdkAppId: string,
): { entries: AppCountryRow[]; appIntlLimit: number | null } {
  const app = enterpriseApp(ctx, sdkAppId, 'DescribeAppCountryList');
  const rows = ctx.db
    .select()
    .from(appCountries)
    .where(eq(appCountries.applicationId, app.id))
    .orderBy(asc(appCountries.isoCountry))
    .all();
  const entries = rows
    .map((r) => ({
      ...(countryByIso(r.isoCountry) ?? { iso: r.isoCountry, name: r.isoCountry, dialCode: '' }),
      dailyAlarm: r.dailyAlarm,
      dailyLimit: r.dailyLimit,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { entries, appIntlLimit: app.intlDailyLimit };
}

/**
 * Adds a country/region (`mode: 'add'`, refused when already listed) or changes its alarm and
 * limit (`'edit'`). Blank values mean the application's international values.
 */
export function saveAppCountry(ctx: Ctx, sdkAppId: string, mode: 'add' | 'edit', input: AppCountryInput): void {
  const app = enterpriseApp(ctx, sdkAppId, 'ModifyAppCountryList');
  const country = findCountry(input.country);
  if (!country)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
      country: 'Choose a country or region from the list.',
    });
  const entry = { dailyAlarm: input.dailyAlarm, dailyLimit: input.dailyLimit };
  const errors = validateCountryEntry(entry, app.intlDailyLimit);
  if (Object.keys(errors).length > 0)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', errors);
  ctx.db.transaction(
    (tx) => {
      const existing = tx
        .select()
        .from(appCountries)
        .where(and(eq(appCountries.applicationId, app.id), eq(appCountries.isoCountry, country.iso)))
        .get();
      if (mode === 'add') {
        if (existing)
          throw new AppError('CONFLICT', `${country.name} is already in the list; edit it instead.`, {
            country: 'Already in the list.',
          });
        const n = tx.get<{ n: number }>(
          sql`select count(*) as n from app_countries where application_id = ${app.id}`,
        ).n;
        if (n >= MAX_APP_COUNTRIES)
          throw new AppError(
            'LIMIT_REACHED',
            fillText('At most {MAX_APP_COUNTRIES} countries/regions per application.', { MAX_APP_COUNTRIES }),
          );
        tx.insert(appCountries)
          .values({ applicationId: app.id, isoCountry: country.iso, ...entry, createdAt: ctx.now, updatedAt: ctx.now })
          .run();
      } else {
        if (!existing) throw new AppError('NOT_FOUND', `${country.name} is not in the list.`);
        tx.update(appCountries)
          .set({ ...entry, updatedAt: ctx.now })
          .where(and(eq(appCountries.applicationId, app.id), eq(appCountries.isoCountry, country.iso)))
          .run();
      }
    },
    { behavior: 'immediate' },
  );
}

/** Removes a country/region; with the last one gone the application may send anywhere again. */
export function deleteAppCountry(ctx: Ctx, sdkAppId: string, iso: string): void {
  const app = enterpriseApp(ctx, sdkAppId, 'ModifyAppCountryList');
  const res = ctx.db
    .delete(appCountries)
    .where(and(eq(appCountries.applicationId, app.id), eq(appCountries.isoCountry, String(iso).toUpperCase())))
    .run();
  if (res.changes === 0) throw new AppError('NOT_FOUND', 'That country/region is not in the list.');
}

/** At most this many rows in an import file (the whole list fits many times). */
const MAX_IMPORT_ROWS = 1000;

/**
 * Imports a CSV or XLSX file in the template's shape (country_or_region, daily_alarm,
 * daily_limit). All or nothing: with any bad row nothing changes and every problem is listed.
 * Listed countries get the file's values; others are added.
 */
export async function importAppCountries(
  ctx: Ctx,
  sdkAppId: string,
  file: string,
): Promise<{ added: number; updated: number; rejected: { line: number; reason: string }[] }> {
  const app = enterpriseApp(ctx, sdkAppId, 'ModifyAppCountryList');
  const rows: string[][] = [];
  await streamRows(file, sniffFileKind(file), (chunk) => {
    rows.push(...chunk);
    if (rows.length > MAX_IMPORT_ROWS + 1)
      throw new AppError(
        'INVALID_INPUT',
        fillText('At most {MAX_IMPORT_ROWS} rows; a file lists each country or region once.', { MAX_IMPORT_ROWS }),
      );
  });
  const parsed = parseCountryRows(rows, app.intlDailyLimit);
  const rejected = parsed.filter((p) => p.error).map((p) => ({ line: p.line, reason: p.error! }));
  const entries = parsed.filter((p) => p.entry).map((p) => p.entry!) as CountryEntry[];
  if (rejected.length > 0) return { added: 0, updated: 0, rejected };
  if (entries.length === 0)
    throw new AppError(
      'INVALID_INPUT',
      'The file lists no country or region. Download the template to see the expected columns.',
    );
  return ctx.db.transaction(
    (tx) => {
      let added = 0;
      let updated = 0;
      for (const e of entries) {
        const res = tx
          .update(appCountries)
          .set({ dailyAlarm: e.dailyAlarm, dailyLimit: e.dailyLimit, updatedAt: ctx.now })
          .where(and(eq(appCountries.applicationId, app.id), eq(appCountries.isoCountry, e.iso)))
          .run();
        if (res.changes === 1) updated++;
        else {
          tx.insert(appCountries)
            .values({
              applicationId: app.id,
              isoCountry: e.iso,
              dailyAlarm: e.dailyAlarm,
              dailyLimit: e.dailyLimit,
              createdAt: ctx.now,
              updatedAt: ctx.now,
            })
            .run();
          added++;
        }
      }
      const n = tx.get<{ n: number }>(sql`select count(*) as n from app_countries where application_id = ${app.id}`).n;
      if (n > MAX_APP_COUNTRIES)
        throw new AppError(
          'LIMIT_REACHED',
          fillText('At most {MAX_APP_COUNTRIES} countries/regions per application.', { MAX_APP_COUNTRIES }),
        );
      return { added, updated, rejected: [] };
    },
    { behavior: 'immediate' },
  );
}

/** The header of the import template and of the export. */
export const COUNTRY_FILE_HEADER = ['country_or_region', 'daily_alarm', 'daily_limit'];
