import { AppError } from '@/lib/server/errors';
import {
  COUNTRY_FILE_HEADER,
  importAppCountries,
  listAppCountries,
} from '@/lib/server/applications/sendable-countries';
import { csvResponse, csvStream, withRoute, xlsxResponse, xlsxStream } from '@/lib/server/http/respond';
import { discardUpload, saveUpload } from '@/lib/server/http/upload';

export const dynamic = 'force-dynamic';

/**
 * R-APP-6 files: `?format=csv|xlsx` exports the list; with `&template=1` it is the empty import
 * template with one example row. The export is importable as it is (the name column is ignored).
 */
export function GET(req: Request, { params }: { params: Promise<{ sdkAppId: string }> }) {
  return withRoute(async (ctx) => {
    const { sdkAppId } = await params;
    const url = new URL(req.url);
    const format = url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
    const template = url.searchParams.get('template') === '1';
    const { entries } = listAppCountries(ctx, sdkAppId);
    const header = [...COUNTRY_FILE_HEADER, 'name'];
    const rows: unknown[][] = template
      ? [['HK', '800', '1000', 'Hong Kong (China) — example row, replace it']]
      : entries.map((e) => [e.iso, e.dailyAlarm ?? '', e.dailyLimit ?? '', e.name]);
    const name = template ? `sendable-countries-template.${format}` : `sendable-countries-${sdkAppId}.${format}`;
    const it = rows[Symbol.iterator]();
    return format === 'xlsx'
      ? xlsxResponse(
          name,
          xlsxStream('countries', header, it, (r) => r),
        )
      : csvResponse(
          name,
          csvStream(header, it, (r) => r),
        );
  });
}

/** Imports a CSV or XLSX file in the template's shape; all or nothing. */
export function POST(req: Request, { params }: { params: Promise<{ sdkAppId: string }> }) {
  return withRoute(async (ctx) => {
    const { sdkAppId } = await params;
    const file = await saveUpload(req);
    try {
      const res = await importAppCountries(ctx, sdkAppId, file);
      if (res.rejected.length > 0)
        throw new AppError(
          'INVALID_INPUT',
          `Nothing was imported: ${res.rejected.length} row(s) need correcting.`,
          Object.fromEntries(res.rejected.slice(0, 20).map((r) => [`row${r.line}`, `Row ${r.line}: ${r.reason}`])),
        );
      return Response.json(res);
    } finally {
      discardUpload(file);
    }
  });
}
