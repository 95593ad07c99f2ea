import { MONTHLY_BILL_HEADER, monthlyBill, monthlyBillRows } from '@/lib/server/money/monthly-bill';
import { getText } from '@/i18n/text-server';
import { csvResponse, csvStream, withRoute, xlsxResponse, xlsxStream } from '@/lib/server/http/respond';

export const dynamic = 'force-dynamic';

/**
 * The monthly bill (`?month=YYYY-MM&format=csv|xlsx`): mainland consumption by application and day,
 * international charges by country.
 */
export function GET(req: Request) {
  return withRoute(async (ctx) => {
    const tx = await getText();
    const url = new URL(req.url);
    const bill = monthlyBill(ctx, url.searchParams.get('month') ?? '');
    const rows = monthlyBillRows(bill)[Symbol.iterator]();
    const name = `bill-${bill.month}`;
    return url.searchParams.get('format') === 'xlsx'
      ? xlsxResponse(
          `${name}.xlsx`,
          xlsxStream(
            `Bill ${bill.month}`,
            MONTHLY_BILL_HEADER.map((h) => tx(h)),
            rows,
            (r) => r,
          ),
        )
      : csvResponse(
          `${name}.csv`,
          csvStream(
            MONTHLY_BILL_HEADER.map((h) => tx(h)),
            rows,
            (r) => r,
          ),
        );
  });
}
