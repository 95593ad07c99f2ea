import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { ContentStatus } from '@/components/content/content-status';
import { HistoryList } from '@/components/content/history-list';
import { SIGNATURE_TYPE_LABELS } from '@/components/content/labels';
import { UploadImage } from '@/components/content/upload-image';
import { PageHeader } from '@/components/layout/page-header';
import { DetailList } from '@/components/ui/detail-list';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { getSignature, signatureUsable } from '@/lib/server/content/read-content';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { expectedReviewBy } from '@/lib/domain/review/hours';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { REGION_LABELS, idFrom, regionFrom } from '../../region';
import { DeleteContentButton } from '../_components/delete-content-button';

export default async function SignaturePage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const tx = await getText();
  const region = await regionFrom(params);
  const id = await idFrom(params);
  const ctx = await requireCustomerPage();
  const s = orNotFound(() => getSignature(ctx, id));
  const editable = s.status === 'pending' || s.status === 'rejected';
  const rows: [string, React.ReactNode][] = [
    [
      tx('Status'),
      <ContentStatus
        key="s"
        status={s.status}
        reason={s.rejectReason}
        suggestion={s.rejectSuggestion}
        expectedBy={s.status === 'pending' ? expectedReviewBy(s.submittedAt, loadReviewCalendar(ctx.db)) : null}
      />,
    ],
    ...(s.rejectReason
      ? ([
          [tx('Rejection reason'), s.rejectReason],
          [tx('Suggestion'), s.rejectSuggestion ?? '—'],
        ] as [string, string][])
      : []),
    [
      tx('Content'),
      <span key="c" translate="no">
        {region === 'mainland' ? `【${s.content}】` : s.content}
      </span>,
    ],
    [tx('Type'), tx(SIGNATURE_TYPE_LABELS[s.type])],
    [tx('Purpose'), s.purpose === 'self' ? tx('Self-use') : tx('Other-use')],
    ...(region === 'mainland'
      ? ([
          [
            tx('Qualification'),
            `${s.qualificationName ?? '—'}${s.qualificationUsable ? '' : tx(' (deleted: this signature cannot send)')}`,
          ],
        ] as [string, string][])
      : []),
    [tx('Usable for sending'), signatureUsable(s) ? tx('Yes') : tx('No')],
    [
      tx('Application notes'),
      <span key="a" translate="no">
        {s.notes || '—'}
      </span>,
    ],
    [tx('Time Applied'), formatDateTime(s.createdAt)],
  ];
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader
        title={tx('Signature {content}', { content: s.content })}
        crumbs={[{ label: REGION_LABELS[region] }, { label: 'Signature Management', href: `/${region}/signatures` }]}
        actions={
          <>
            {editable ? (
              <Link
                href={`/${region}/signatures/${s.id}/edit`}
                className="rounded-sm bg-brand-500 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
              >
                {tx('Modify')}
              </Link>
            ) : null}
            <DeleteContentButton kind="signature" id={s.id} label={s.content} after={`/${region}/signatures`} />
          </>
        }
      />
      <Card title={tx('Details')}>
        <DetailList rows={rows} />
        {s.proofUploadId || s.authLetterUploadId ? (
          <div className="mt-4 flex gap-4">
            {s.proofUploadId ? <UploadImage id={s.proofUploadId} label={tx('Proof')} /> : null}
            {s.authLetterUploadId ? <UploadImage id={s.authLetterUploadId} label={tx('Authorization letter')} /> : null}
          </div>
        ) : null}
      </Card>
      <Card title={tx('History')}>
        <HistoryList entries={s.history} />
      </Card>
    </div>
  );
}
