import { PageHeader } from '@/components/layout/page-header';
import { OperationLogView } from '@/components/audit/operation-log-view';
import { listOperations } from '@/lib/server/audit/read-operations';
import { requirePlatformPage } from '@/lib/server/session';
import { parseInput } from '@/lib/server/validation';
import { operationFilter } from '@/lib/schemas/audit';

export const dynamic = 'force-dynamic';

type Search = { user?: string; action?: string; from?: string; to?: string; account?: string; page?: string };

/** Admin → Operation Log: every account's changes, and the platform's own entries. */
export default async function PlatformOperationLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requirePlatformPage(['admin']);
  const filter = await searchParams;
  const { rows, hasMore, page } = listOperations(ctx, parseInput(operationFilter, filter));
  return (
    <div className="space-y-4">
      <PageHeader title="Operation Log" crumbs={[{ label: 'Admin' }]} />
      <OperationLogView
        rows={rows}
        filter={filter}
        page={page}
        hasMore={hasMore}
        basePath="/admin/operation-log"
        showAccount
      />
    </div>
  );
}
