import { getText } from '@/i18n/text-server';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { listQualifications } from '@/lib/server/qualifications/read-qualifications';
import { requireCustomerPage } from '@/lib/server/session';
import { expectedReviewBy } from '@/lib/domain/review/hours';
import { loadReviewCalendar } from '@/lib/server/review/calendar';
import { regionFrom } from '../region';
import { QualificationTable } from './_components/qualification-table';

export default async function QualificationsPage({ params }: { params: Promise<{ region: string }> }) {
  const tx = await getText();
  if ((await regionFrom(params)) !== 'mainland') notFound();
  const ctx = await requireCustomerPage();
  const rows = listQualifications(ctx);
  const calendar = loadReviewCalendar(ctx.db);
  return (
    <div className="space-y-4">
      <PageHeader title="Qualifications" crumbs={[{ label: 'Mainland China SMS' }]} />
      <p className="text-xs text-slate-500">
        {tx(
          'Qualifications are reviewed within two hours (Monday–Friday 9:00–21:00, Saturday–Sunday 9:00–18:00). An approved qualification can be bound to mainland signatures.',
        )}
      </p>
      <Card>
        <QualificationTable
          rows={rows.map((q) => ({
            id: q.id,
            enterpriseName: q.enterpriseName,
            purpose: q.purpose,
            creditCode: q.creditCode,
            holder: q.holder,
            status: q.status,
            rejectReason: q.rejectReason,
            rejectSuggestion: q.rejectSuggestion,
            submittedAt: q.submittedAt.toISOString(),
            expectedBy: q.status === 'pending' ? expectedReviewBy(q.submittedAt, calendar).toISOString() : null,
          }))}
        />
      </Card>
    </div>
  );
}
