import { uiText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { TaskStatus } from '@/components/content/task-status';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { formatCount, formatDateTime } from '@/lib/domain/format';
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
        <form method="get" role="search" className="mb-3 flex flex-wrap gap-2">
          <select
            name="status"
            defaultValue={status ?? ''}
            aria-label={tx('Status')}
            className="rounded-sm border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {STATUSES.map(([v, l]) => (
              <option key={v} value={v}>
                {tx(l)}
              </option>
            ))}
          </select>
          <input
            name="q"
            defaultValue={q.q ?? ''}
            placeholder={tx('Task name')}
            aria-label={tx('Task name')}
            className="rounded-sm border border-slate-300 bg-white px-3 py-1.5 text-sm"
          />
          <button className="rounded-sm border border-slate-300 bg-white px-3 py-1.5 text-sm">{tx('Search')}</button>
        </form>
        <RowTable
          head={[
            'ID',
            tx('Task name'),
            tx('Application'),
            tx('Template'),
            tx('Status'),
            tx('Recipients'),
            tx('Sent'),
            tx('Failed'),
            tx('Send time'),
            tx('Operation'),
          ]}
          empty={
            list.rows.length === 0 ? <p className="py-8 text-center text-slate-500">{tx('No tasks yet.')}</p> : null
          }
        >
          {list.rows.map((t) => (
            <tr key={t.id}>
              <td className="px-3 py-2 font-mono text-xs">{t.id}</td>
              <td className="px-3 py-2 font-medium" translate="no">
                {t.name}
              </td>
              <td className="px-3 py-2" translate="no">
                {t.appName}
              </td>
              <td className="px-3 py-2" translate="no">
                {t.templateName}
              </td>
              <td className="px-3 py-2">
                <TaskStatus status={t.status} />
              </td>
              <td className="px-3 py-2 tabular-nums">{formatCount(t.total)}</td>
              <td className="px-3 py-2 tabular-nums">{formatCount(t.submitted)}</td>
              <td className="px-3 py-2 tabular-nums">{formatCount(t.failed)}</td>
              <td className="px-3 py-2 text-xs">{formatDateTime(t.scheduledAt ?? t.createdAt)}</td>
              <td className="px-3 py-2">
                <span className="flex gap-3">
                  <Link className="text-brand-500 hover:underline" href={`/${region}/tasks/${t.id}`}>
                    {tx('Details & Receipt Analysis')}
                  </Link>
                  <TaskControls taskId={t.id} status={t.status} />
                </span>
              </td>
            </tr>
          ))}
        </RowTable>
        <Pagination page={list.page} pages={pages} href={{ previous: qs(list.page - 1), next: qs(list.page + 1) }} />
      </Card>
    </div>
  );
}
