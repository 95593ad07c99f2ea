import { getText } from '@/i18n/text-server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContentStatus } from '@/components/content/content-status';
import { HistoryList } from '@/components/content/history-list';
import { UploadImage } from '@/components/content/upload-image';
import { PageHeader } from '@/components/layout/page-header';
import { DetailList } from '@/components/ui/detail-list';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { getQualification } from '@/lib/server/qualifications/read-qualifications';
import { orNotFound } from '@/lib/server/page-data';
import { requireCustomerPage } from '@/lib/server/session';
import { expectedReviewBy } from '@/lib/domain/review/hours';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { idFrom, regionFrom } from '../../region';

export default async function QualificationPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const tx = await getText();
  if ((await regionFrom(params)) !== 'mainland') notFound();
  const id = await idFrom(params);
  const ctx = await requireCustomerPage();
  const q = orNotFound(() => getQualification(ctx, id));
  const status: [string, React.ReactNode] = [
    tx('Status'),
    <ContentStatus
      key="s"
      kind="qualification"
      status={q.status}
      reason={q.rejectReason}
      suggestion={q.rejectSuggestion}
      expectedBy={q.status === 'pending' ? expectedReviewBy(q.submittedAt, loadReviewCalendar(ctx.db)) : null}
    />,
  ];
  const individual = q.holder === 'individual';
  const rows: [string, React.ReactNode][] = individual
    ? [
        status,
        [tx('Purpose'), tx('Self-use (individual)')],
        [tx('Name'), q.enterpriseName],
        [tx('ID number'), q.legalRepIdNumber],
        [tx('Submitted'), formatDateTime(q.submittedAt)],
      ]
    : [
        status,
        [tx('Purpose'), q.purpose === 'self' ? tx('Self-use') : tx('Third-party use')],
        [tx('Enterprise name'), q.enterpriseName],
        [tx('Unified social credit code'), q.creditCode],
        [tx('Legal representative'), `${q.legalRepName} (${q.legalRepIdNumber})`],
        [tx('Administrator'), `${q.adminName} (${q.adminIdNumber}), ${q.adminPhone}`],
        [tx('Submitted'), formatDateTime(q.submittedAt)],
      ];
  if (q.rejectReason)
    rows.splice(1, 0, [
      tx('Rejection reason'),
      `${q.rejectReason}${q.rejectSuggestion ? ` — ${tx('Suggestion:')} ${q.rejectSuggestion}` : ''}`,
    ]);
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader
        title={q.enterpriseName}
        crumbs={[{ label: 'Mainland China SMS' }, { label: 'Qualifications', href: '/mainland/qualifications' }]}
        actions={
          <Link
            href={`/mainland/qualifications/${q.id}/edit`}
            className="rounded-sm border border-slate-300 bg-white px-4 py-1.5 text-sm hover:border-brand-500"
          >
            {tx('Edit')}
          </Link>
        }
      />
      <Card title={tx('Qualification')}>
        <DetailList rows={rows} />
      </Card>
      <Card title={tx('Images')}>
        <div className="flex flex-wrap gap-4">
          {(
            [
              [tx('Business licence'), q.licenseUploadId],
              [individual ? tx('ID card (front)') : tx('Legal representative ID (front)'), q.legalRepIdFrontUploadId],
              [individual ? tx('ID card (back)') : tx('Legal representative ID (back)'), q.legalRepIdBackUploadId],
              [tx('Administrator ID (front)'), q.adminIdFrontUploadId],
              [tx('Administrator ID (back)'), q.adminIdBackUploadId],
              [tx('Authorization letter'), q.authLetterUploadId],
            ] as const
          )
            .filter(([, id]) => id)
            .map(([label, uid]) => (
              <figure key={label} className="text-xs text-slate-500">
                <UploadImage id={uid} label={label} />
                <figcaption className="mt-1">{label}</figcaption>
              </figure>
            ))}
        </div>
      </Card>
      <Card title={tx('History')}>
        <HistoryList entries={q.history} />
      </Card>
    </div>
  );
}
