import { PageHeader } from '@/components/layout/page-header';
import { OperationLogView } from '@/components/audit/operation-log-view';
import { listOperations } from '@/lib/server/audit/read-operations';
import { requireCustomerPage } from '@/lib/server/session';
import { orNotFound } from '@/lib/server/page-data';
import { parseInput } from '@/lib/server/validation';
import { operationFilter } from '@/lib/schemas/audit';

export const dynamic = 'force-dynamic';

type Search = { user?: string; action?: string; from?: string; to?: string; page?: string };

/** Access Management → Operation Log: every change in this account, who and when. */
export default async function OperationLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireCustomerPage();
  const filter = await searchParams;
  const { rows, hasMore, page } = orNotFound(() => listOperations(ctx, parseInput(operationFilter, filter)));
  return (
    <div className="space-y-4">
      <PageHeader title="Operation Log" crumbs={[{ label: 'Access Management' }]} />
      <OperationLogView
        rows={rows}
        filter={filter}
        page={page}
        hasMore={hasMore}
        basePath="/operation-log"
        showAccount={false}
      />
    </div>
  );
}
