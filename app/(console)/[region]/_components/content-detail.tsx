// The detail page signatures and body templates share: Modify while pending or rejected (R-SIG-3,
// R-TPL-4), Delete with its confirmation (R-SIG-4, R-TPL-5), the status with the rejection reason
// and suggestion, the kind's own fields, the notes and time applied, then the review history.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ContentStatus } from '@/components/content/content-status';
import { HistoryList } from '@/components/content/history-list';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DetailList } from '@/components/ui/detail-list';
import type { Region } from '@/db/enums';
import { getText } from '@/i18n/text-server';
import { formatDateTime } from '@/lib/domain/format';
import { expectedReviewBy, type ReviewCalendar } from '@/lib/domain/review/hours';
import { REGION_LABELS } from '../region';
import type { ContentReview } from './content-list';
import { DeleteContentButton } from './delete-content-button';

export async function ContentDetail({
  kind,
  region,
  title,
  item,
  deleteLabel,
  fields,
  calendar,
  children,
}: {
  kind: 'signature' | 'template';
  region: Region;
  title: string;
  item: ContentReview & {
    notes: string | null;
    history: Parameters<typeof HistoryList>[0]['entries'];
  };
  deleteLabel: string;
  /** The kind's own fields, after the status. */
  fields: [string, ReactNode][];
  calendar: ReviewCalendar;
  /** Below the fields (the signature's proof images). */
  children?: ReactNode;
}) {
  const tx = await getText();
  const list = `/${region}/${kind === 'signature' ? 'signatures' : 'templates'}`;
  const editable = item.status === 'pending' || item.status === 'rejected';
  const rows: [string, ReactNode][] = [
    [
      tx('Status'),
      <ContentStatus
        key="s"
        status={item.status}
        reason={item.rejectReason}
        suggestion={item.rejectSuggestion}
        expectedBy={item.status === 'pending' ? expectedReviewBy(item.submittedAt, calendar) : null}
      />,
    ],
    ...(item.rejectReason
      ? ([
          [tx('Rejection reason'), item.rejectReason],
          [tx('Suggestion'), item.rejectSuggestion ?? '—'],
        ] as [string, string][])
      : []),
    ...fields,
    [
      tx('Application notes'),
      <span key="a" translate="no">
        {item.notes || '—'}
      </span>,
    ],
    [tx('Time Applied'), formatDateTime(item.createdAt)],
  ];
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader
        title={title}
        crumbs={[
          { label: REGION_LABELS[region] },
          { label: kind === 'signature' ? 'Signature Management' : 'Body Templates Management', href: list },
        ]}
        actions={
          <>
            {editable ? (
              <Link
                href={`${list}/${item.id}/edit`}
                className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
              >
                {tx('Modify')}
              </Link>
            ) : null}
            <DeleteContentButton kind={kind} id={item.id} label={deleteLabel} after={list} />
          </>
        }
      />
      <Card title={tx('Details')}>
        <DetailList rows={rows} />
        {children}
      </Card>
      <Card title={tx('History')}>
        <HistoryList entries={item.history} />
      </Card>
    </div>
  );
}
