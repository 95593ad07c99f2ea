import { withRoute } from '@/lib/server/http/respond';
import { getTaskDetails } from '@/lib/server/sending/read-tasks';

export const dynamic = 'force-dynamic';

/** Task counters for the progress that moves without reload (R-SND-6). */
export function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRoute(async (ctx) =>
    Response.json(getTaskDetails(ctx, Number((await params).id)), { headers: { 'cache-control': 'no-store' } }),
  );
}
