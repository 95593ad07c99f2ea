import { uiText } from '@/i18n/text';
import { getText } from '@/i18n/text-server';
import { MessageStatus } from '@/components/content/task-status';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { FilterBar } from '@/components/ui/filter-bar';
import { formatDateTime } from '@/lib/domain/format';
import { orNotFound } from '@/lib/server/page-data';
import { getTaskDetails, taskRecipients } from '@/lib/server/sending/read-tasks';
import { requireCustomerPage } from '@/lib/server/session';
import { REGION_LABELS, idFrom, regionFrom } from '../../region';
import { TaskControls } from '../_components/task-controls';
import { TaskProgress, type ProgressData } from '../_components/task-progress';
import { Pagination } from '@/components/ui/pagination';

/** The campaign's scenario types as the task form names them (R-CMP-1). */
const SCENARIO_LABELS: Record<string, string> = {
  verification: uiText('Verification code'),
  notification: uiText('Notification'),
  marketing: uiText('Promotion'),
};

export default async function TaskDetailsPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string; id: string }>;
  searchParams: Promise<{ status?: string; phone?: string; page?: string }>;
}) {
  const tx = await getText();
  const region = await regionFrom(params);
  const id = await idFrom(params);
  const q = await searchParams;
  const ctx = await requireCustomerPage();
  const details = orNotFound(() => getTaskDetails(ctx, id));
  const statuses = ['pending', 'submitted', 'delivered', 'undelivered', 'failed'];
  const status = statuses.includes(q.status ?? '') ? q.status : undefined;
  const recipients = taskRecipients(ctx, id, {
    status,
    phone: q.phone?.trim() || undefined,
    page: Number(q.page) || 1,
  });
  const pages = Math.max(1, Math.ceil(recipients.total / recipients.pageSize));
  const t = details.task;
  const qs = (page: number) =>
    `?${new URLSearchParams({ ...(status ? { status } : {}), ...(q.phone ? { phone: q.phone } : {}), page: String(page) })}`;
  return (
    <div className="space-y-4">
      <PageHeader
        title={tx('Details & Receipt Analysis: {name}', { name: t.name })}
        crumbs={[{ label: REGION_LABELS[region] }, { label: 'Bulk SMS', href: `/${region}/tasks` }]}
        actions={<TaskControls taskId={t.id} status={t.status} variant="secondary" />}
      />
      <Card title={tx('Task')}>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm md:grid-cols-4">
          <div>
            <dt className="text-slate-500">{tx('Application')}</dt>
            <dd translate="no">
              {t.appName} ({t.sdkAppId})
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{tx('Signature')}</dt>
            <dd>{t.signature ?? '—'}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{tx('Template')}</dt>
            <dd>{t.templateName}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{tx('Recipients from')}</dt>
            <dd>{t.recipientSource === 'typed' ? tx('Typed numbers') : t.recipientSource.toUpperCase()}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{tx('Created')}</dt>
            <dd>{formatDateTime(t.createdAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{tx('Scheduled')}</dt>
            <dd>{t.scheduledAt ? formatDateTime(t.scheduledAt) : tx('Send now')}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{tx('Finished')}</dt>
            <dd>{t.finishedAt ? formatDateTime(t.finishedAt) : '—'}</dd>
          </div>
          {t.scenario ? (
            <div>
              <dt className="text-slate-500">{tx('Scenario')}</dt>
              <dd data-testid="task-scenario">{tx(SCENARIO_LABELS[t.scenario] ?? t.scenario)}</dd>
            </div>
          ) : null}
          {t.senderId ? (
            <div>
              <dt className="text-slate-500">{tx('Sender ID')}</dt>
              <dd>{t.senderId}</dd>
            </div>
          ) : null}
        </dl>
      </Card>
      <Card title={tx('Progress and receipts')}>
        <TaskProgress taskId={t.id} initial={JSON.parse(JSON.stringify(details)) as ProgressData} />
      </Card>
      <Card
        title={tx('Numbers ({total})', { total: recipients.total })}
        actions={
          <span className="flex gap-3 text-sm">
            <a className="text-brand-500 hover:underline" href={`/api/tasks/${t.id}/export`}>
              {tx('Export Data')}
            </a>
            <a className="text-brand-500 hover:underline" href={`/api/tasks/${t.id}/export?full=1`}>
              {tx('Export with full numbers')}
            </a>
          </span>
        }
      >
        <FilterBar
          fields={[
            {
              kind: 'select',
              name: 'status',
              label: tx('Message status'),
              value: status,
              options: [['', tx('All statuses')], ...statuses.map((s): [string, string] => [s, s])],
            },
            { kind: 'text', name: 'phone', label: tx('Number'), placeholder: tx('Number contains'), value: q.phone },
          ]}
          submit={tx('Search')}
          clear={{ label: tx('Clear'), href: `/${region}/tasks/${t.id}` }}
        />
        <DataTable
          label={tx('Numbers ({total})', { total: recipients.total })}
          columns={[
            { key: 'phone', header: tx('Number'), kind: 'phone' },
            { key: 'status', header: tx('Status'), kind: 'node' },
            { key: 'billed', header: tx('Billed') },
            { key: 'submittedAt', header: tx('Submitted'), kind: 'datetime', sortable: true },
            { key: 'receiptAt', header: tx('Receipt time'), kind: 'datetime', sortable: true },
            { key: 'reason', header: tx('Failure reason') },
          ]}
          rows={recipients.rows.map((r) => ({
            id: r.id,
            phone: r.phone,
            status: <MessageStatus status={r.status} />,
            billed: r.billable || '—',
            submittedAt: r.submittedAt,
            receiptAt: r.receiptAt,
            reason: r.failCode ? `${r.failCode}: ${tx.message(r.reason ?? '')}` : '',
          }))}
        />
        <Pagination
          page={recipients.page}
          pages={pages}
          href={{ previous: qs(recipients.page - 1), next: qs(recipients.page + 1) }}
        />
      </Card>
    </div>
  );
}
