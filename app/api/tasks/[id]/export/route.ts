import { formatDateTime } from '@/lib/domain/format';
import { getText } from '@/i18n/text-server';
import { csvResponse, csvStream, withRoute } from '@/lib/server/http/respond';
import { getTaskDetails, taskExportRows } from '@/lib/server/sending/read-tasks';

export const dynamic = 'force-dynamic';

const time = (ms: number | null) => (ms ? formatDateTime(new Date(ms)) : '');

/** Every number of a task with status, receipt time and reason, streamed; masked unless ?full=1 (R-MSG-5). */
export function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRoute(async (ctx) => {
    const tx = await getText();
    const id = Number((await params).id);
    getTaskDetails(ctx, id); // access checks before the response starts
    ctx.authorize('DescribeSmsRecordFile', { accountId: ctx.account!.id });
    const full = new URL(req.url).searchParams.get('full') === '1';
    const body = csvStream(
      [tx('Phone'), tx('Status'), tx('Failure code'), tx('Reason'), tx('Billed'), tx('Submitted'), tx('Receipt time')],
      taskExportRows(ctx, id, full),
      (r) => [r.phone, r.status, r.fail_code ?? '', r.reason, r.billable, time(r.submitted_at), time(r.receipt_at)],
    );
    return csvResponse(`task-${id}-numbers.csv`, body);
  });
}
