import { csvLine } from '@/lib/domain/export/cells';
import { formatDateTime, formatYuan } from '@/lib/domain/format';
import { AppError } from '@/lib/server/errors';
import { listAllPackages } from '@/lib/server/money/finance';
import { getActorContext } from '@/lib/server/session';

export const dynamic = 'force-dynamic';

/** CSV of the finance package list with the page's filters (formula-safe cells). */
export async function GET(req: Request) {
  const ctx = await getActorContext();
  if (!ctx) return Response.json({ error: 'Sign in first.' }, { status: 401 });
  const url = new URL(req.url);
  try {
    const rows = listAllPackages(ctx, {
      accountId: Number(url.searchParams.get('account')) || undefined,
      status: url.searchParams.get('status') || undefined,
      limit: 100_000,
    });
    const lines = [
      csvLine([
        'Package ID',
        'Account ID',
        'Account',
        'Name',
        'Kind',
        'Total',
        'Remaining',
        'Paid (yuan)',
        'Purchased',
        'Valid until',
        'Status',
        'Invoiced',
      ]),
    ];
    for (const p of rows) {
      lines.push(
        csvLine([
          p.id,
          p.uin,
          p.accountName,
          p.name,
          p.kind,
          p.total,
          p.remaining,
          formatYuan(p.paidLi),
          formatDateTime(p.purchasedAt),
          formatDateTime(p.expiresAt),
          p.status,
          p.invoiced ? 'yes' : 'no',
        ]),
      );
    }
    return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="packages.csv"',
      },
    });
  } catch (err) {
    if (err instanceof AppError)
      return Response.json({ error: err.message }, { status: err.code === 'FORBIDDEN' ? 403 : 400 });
    throw err;
  }
}
