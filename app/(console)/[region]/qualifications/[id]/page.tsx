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
  if ((await regionFrom(params)) !== 'mainland') notFound();
  const id = await idFrom(params);
  const ctx = await requireCustomerPage();
  const q = orNotFound(() => getQualification(ctx, id));
  const status: [string, React.ReactNode] = ['Status', <ContentStatus key="s" kind="qualification" status={q.status} reason={q.rejectReason} suggestion={q.rejectSuggestion} expectedBy={q.status === 'pending' ? expectedReviewBy(q.submittedAt, loadReviewCalendar(ctx.db)) : null} />];
  const individual = q.holder === 'individual';
  const rows: [string, React.ReactNode][] = individual
    ? [status, ['Purpose', 'Self-use (individual)'], ['Name', q.enterpriseName], ['ID number', q.legalRepIdNumber], ['Submitted', formatDateTime(q.submittedAt)]]
    : [
        status,
        ['Purpose', q.purpose === 'self' ? 'Self-use' : 'Third-party use'],
        ['Enterprise name', q.enterpriseName],
        ['Unified social credit code', q.creditCode],
        ['Legal representative', `${q.legalRepName} (${q.legalRepIdNumber})`],
        ['Administrator', `${q.adminName} (${q.adminIdNumber}), ${q.adminPhone}`],
        ['Submitted', formatDateTime(q.submittedAt)],
      ];
  if (q.rejectReason) rows.splice(1, 0, ['Rejection reason', `${q.rejectReason}${q.rejectSuggestion ? ` — Suggestion: ${q.rejectSuggestion}` : ''}`]);
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader
        title={q.enterpriseName}
        crumbs={[{ label: 'Mainland China SMS' }, { label: 'Qualifications', href: '/mainland/qualifications' }]}
        actions={<Link href={`/mainland/qualifications/${q.id}/edit`} className="rounded-sm border border-slate-300 bg-white px-4 py-1.5 text-sm hover:border-brand-500">Edit</Link>}
      />
      <Card title="Qualification">
        <DetailList rows={rows} />
      </Card>
      <Card title="Images">
        <div className="flex flex-wrap gap-4">
          {(
            [
              ['Business licence', q.licenseUploadId],
              [individual ? 'ID card (front)' : 'Legal representative ID (front)', q.legalRepIdFrontUploadId],
              [individual ? 'ID card (back)' : 'Legal representative ID (back)', q.legalRepIdBackUploadId],
              ['Administrator ID (front)', q.adminIdFrontUploadId],
              ['Administrator ID (back)', q.adminIdBackUploadId],
              ['Authorization letter', q.authLetterUploadId],
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
      <Card title="History">
        <HistoryList entries={q.history} />
      </Card>
    </div>
  );
}
