import { uiText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { TaskStatus } from '@/components/content/task-status';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { FilterBar } from '@/components/ui/filter-bar';
import { listTasks } from '@/lib/server/sending/read-tasks';
import { requireCustomerPage } from '@/lib/server/session';
import { REGION_LABELS, regionFrom } from '../region';
import { TaskControls } from './_components/task-controls';
import { Pagination } from '@/components/ui/pagination';

const STATUSES: [string, string][] = [
  ['', uiText('All statuses')],
  ['scheduled', uiText('Scheduled')],
  ['sending', uiText('Sending')],
  ['sent', uiText('Sent')],
  ['stopped', uiText('Stopped')],
  ['cancelled', uiText('Cancelled')],
];

export default async function TasksPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ status?: string; q?: string; page?: string }>;
}) {
  const tx = await getText();
  const region = await regionFrom(params);
  const q = await searchParams;
  const ctx = await requireCustomerPage();
  const status = STATUSES.some(([v]) => v && v === q.status) ? q.status : undefined;
  const list = listTasks(ctx, { region, status, q: q.q?.trim() || undefined, page: Number(q.page) || 1 });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const qs = (page: number) =>
    `?${new URLSearchParams({ ...(status ? { status } : {}), ...(q.q ? { q: q.q } : {}), page: String(page) })}`;
  return (
    <div className="space-y-4">
      <PageHeader
        title="Bulk SMS"
        crumbs={[{ label: REGION_LABELS[region] }]}
        actions={
          <Link
            href={`/${region}/tasks/new`}
            className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
          >
            {tx('Create Bulk SMS Sending Task')}
          </Link>
        }
      />
      <Card>
        <FilterBar
          fields={[
            {
              kind: 'select',
              name: 'status',
              label: tx('Status'),
              value: status,
              options: STATUSES.map(([v, l]) => [v, tx(l)]),
            },
            { kind: 'text', name: 'q', label: tx('Task name'), placeholder: tx('Task name'), value: q.q },
          ]}
          submit={tx('Search')}
          clear={{ label: tx('Clear'), href: `/${region}/tasks` }}
        />
        <DataTable
          label={tx('Bulk SMS')}
          columns={[
            { key: 'id', header: 'ID', kind: 'code' },
            { key: 'name', header: tx('Task name'), data: true },
            { key: 'appName', header: tx('Application'), data: true },
            { key: 'templateName', header: tx('Template'), data: true },
            { key: 'status', header: tx('Status'), kind: 'node' },
            { key: 'total', header: tx('Recipients'), kind: 'count', sortable: true },
            { key: 'submitted', header: tx('Sent'), kind: 'count', sortable: true },
            { key: 'failed', header: tx('Failed'), kind: 'count', sortable: true },
            { key: 'sendTime', header: tx('Send time'), kind: 'datetime', sortable: true },
            { key: 'operation', header: tx('Operation'), kind: 'node' },
          ]}
          rows={list.rows.map((t) => ({
            id: t.id,
            name: t.name,
            appName: t.appName,
            templateName: t.templateName,
            status: <TaskStatus status={t.status} />,
            total: t.total,
            submitted: t.submitted,
            failed: t.failed,
            sendTime: t.scheduledAt ?? t.createdAt,
            operation: (
              <span className="flex gap-3">
                <Link className="text-brand-500 hover:underline" href={`/${region}/tasks/${t.id}`}>
                  {tx('Details & Receipt Analysis')}
                </Link>
                <TaskControls taskId={t.id} status={t.status} />
              </span>
            ),
          }))}
          empty={<p className="py-8 text-center text-slate-500">{tx('No tasks yet.')}</p>}
        />
        <Pagination page={list.page} pages={pages} href={{ previous: qs(list.page - 1), next: qs(list.page + 1) }} />
      </Card>
    </div>
  );
}
