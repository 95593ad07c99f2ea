import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { listReviewCalendar } from '@/lib/server/review/calendar';
import { requirePlatformPage } from '@/lib/server/session';
import { CalendarDayForm, DeleteDayButton } from './_components/calendar-form';

export const dynamic = 'force-dynamic';

/**
 * Admin → Review Calendar (R-REV-3): public holidays postpone expected decision times; the
 * library knows the statutory festivals, the admin adds the State Council's extra days off and
 * the make-up working days.
 */
export default async function ReviewCalendarPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['admin']);
  const { extra, library } = listReviewCalendar(ctx);
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title="Review Calendar" crumbs={[{ label: 'Admin' }]} />
      <p className="text-sm text-slate-600">
        {tx(
          'Review hours: Monday–Friday 09:00–21:00, Saturday–Sunday 09:00–18:00 (Beijing time). On a holiday nobody reviews; a make-up working day has the weekday hours. Days entered here take precedence over the library.',
        )}
      </p>
      <Card title={tx('Extra holidays and make-up working days')}>
        <CalendarDayForm />
        <div className="mt-4">
          <DataTable
            label={tx('Extra holidays and make-up working days')}
            columns={[
              { key: 'day', header: tx('Date'), kind: 'code', sortable: true },
              { key: 'kind', header: tx('Kind') },
              { key: 'note', header: tx('Note'), data: true },
              { key: 'actions', header: tx('Actions'), kind: 'node' },
            ]}
            rows={extra.map((d) => ({
              id: d.day,
              day: d.day,
              kind: d.kind === 'holiday' ? tx('Holiday') : tx('Make-up working day'),
              note: d.note,
              actions: <DeleteDayButton day={d.day} />,
            }))}
            empty={<p className="py-6 text-center text-slate-500">{tx('No extra days.')}</p>}
          />
        </div>
      </Card>
      <Card title={tx('Statutory holidays from the holiday library (date-holidays, CN)')}>
        <DataTable
          label={tx('Statutory holidays from the holiday library (date-holidays, CN)')}
          columns={[
            { key: 'day', header: tx('Date'), kind: 'code', sortable: true },
            { key: 'name', header: tx('Holiday'), data: true },
          ]}
          rows={library.map((d) => ({ id: d.day, day: d.day, name: d.name }))}
        />
      </Card>
    </div>
  );
}
