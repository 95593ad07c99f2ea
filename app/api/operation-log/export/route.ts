import { iterateOperations } from '@/lib/server/audit/read-operations';
import { getText } from '@/i18n/text-server';
import { csvResponse, csvStream, withRoute } from '@/lib/server/http/respond';
import { formatDateTime } from '@/lib/domain/format';
import { parseInput } from '@/lib/server/validation';
import { operationFilter } from '@/lib/schemas/audit';

export const dynamic = 'force-dynamic';

/** The operation log as CSV with the page's filters: the account's, or every account's for the admin. */
export function GET(req: Request) {
  return withRoute(async (ctx) => {
    const tx = await getText();
    const q = Object.fromEntries(new URL(req.url).searchParams);
    const rows = iterateOperations(ctx, parseInput(operationFilter, q));
    return csvResponse(
      'operation-log.csv',
      csvStream(
        [tx('Time'), tx('Account'), tx('Who'), tx('Via'), tx('Action'), tx('Resource'), tx('Result'), tx('Address')],
        rows,
        (r) => [
          formatDateTime(r.at),
          r.accountId ?? 'platform',
          r.actor,
          r.via,
          r.action,
          r.resource ?? '',
          r.result,
          r.ip ?? '',
        ],
      ),
    );
  });
}
