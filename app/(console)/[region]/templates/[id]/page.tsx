import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { ContentStatus } from '@/components/content/content-status';
import { HistoryList } from '@/components/content/history-list';
import { TEMPLATE_TYPE_LABELS } from '@/components/content/labels';
import { PageHeader } from '@/components/layout/page-header';
import { DetailList } from '@/components/ui/detail-list';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { variableLabels } from '@/lib/domain/sms/lint';
import { getTemplate } from '@/lib/server/content/read-content';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { expectedReviewBy } from '@/lib/domain/review/hours';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { REGION_LABELS, idFrom, regionFrom } from '../../region';
import { DeleteContentButton } from '../../signatures/_components/delete-content-button';

export default async function TemplatePage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const tx = await getText();
  const region = await regionFrom(params);
  const id = await idFrom(params);
  const ctx = await requireCustomerPage();
  const t = orNotFound(() => getTemplate(ctx, id));
  const editable = t.status === 'pending' || t.status === 'rejected';
  const rows: [string, React.ReactNode][] = [
    [tx('Template ID'), t.id],
    [
      tx('Status'),
      <ContentStatus
        key="s"
        status={t.status}
        reason={t.rejectReason}
        suggestion={t.rejectSuggestion}
        expectedBy={t.status === 'pending' ? expectedReviewBy(t.submittedAt, loadReviewCalendar(ctx.db)) : null}
      />,
    ],
    ...(t.rejectReason
      ? ([
          [tx('Rejection reason'), t.rejectReason],
          [tx('Suggestion'), t.rejectSuggestion ?? '—'],
        ] as [string, string][])
      : []),
    [
      tx('Name'),
      <span key="n" translate="no">
        {t.name}
      </span>,
    ],
    [tx('SMS Type'), tx(TEMPLATE_TYPE_LABELS[t.type])],
    [
      tx('Content'),
      <span key="c" className="whitespace-pre-wrap" translate="no">
        {t.content}
      </span>,
    ],
    [tx('Variables'), variableLabels(t.content).join(' ') || tx('None')],
    [
      tx('Application notes'),
      <span key="a" translate="no">
        {t.notes || '—'}
      </span>,
    ],
    [tx('Time Applied'), formatDateTime(t.createdAt)],
  ];
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader
        title={tx('Body template {name}', { name: t.name })}
        crumbs={[
          { label: REGION_LABELS[region] },
          { label: 'Body Templates Management', href: `/${region}/templates` },
        ]}
        actions={
          <>
            {editable ? (
              <Link
                href={`/${region}/templates/${t.id}/edit`}
                className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
              >
                {tx('Modify')}
              </Link>
            ) : null}
            <DeleteContentButton kind="template" id={t.id} label={t.name} after={`/${region}/templates`} />
          </>
        }
      />
      <Card title={tx('Details')}>
        <DetailList rows={rows} />
      </Card>
      <Card title={tx('History')}>
        <HistoryList entries={t.history} />
      </Card>
    </div>
  );
}
