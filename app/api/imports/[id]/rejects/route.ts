import { csvLine } from '@/lib/domain/export/cells';
import { csvResponse, withRoute } from '@/lib/server/http/respond';
import { importRejectRows } from '@/lib/server/imports/import-report';

export const dynamic = 'force-dynamic';

/** The rejected rows of an import: row number, the row as uploaded, the reason (R-SND-3). */
export function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRoute(async (ctx) => {
    const rows = importRejectRows(ctx, Number((await params).id));
    const lines = [csvLine(['Row', 'Content', 'Reason']), ...rows.map((r) => csvLine([r.rowNumber, r.raw, r.reason]))];
    return csvResponse('rejected-rows.csv', `${lines.join('\r\n')}\r\n`);
  });
}
