import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { ALARM_EVENT_LABELS, type AlarmEventName } from '@/lib/domain/alarms/contacts';
import { listAlarmDeliveries } from '@/lib/server/alarms/read-deliveries';
import { requirePlatformPage } from '@/lib/server/session';

export const dynamic = 'force-dynamic';

const TONE = { sent: 'green', queued: 'blue', failed: 'red', off: 'grey' } as const;

/**
 * Admin → Alarms: alarm e-mails and SMS to customers' alarm contacts (R-APP-10), the SMS sent by the platform
 * sender.
 */
export default async function AlarmDeliveriesPage() {
  const tx = await getText();
  const ctx = await requirePlatformPage(['admin']);
  const rows = listAlarmDeliveries(ctx);
  const emailOn = !!process.env.SMTP_URL;
  return (
    <div className="space-y-4">
      <PageHeader title="Alarms" crumbs={[{ label: 'Admin' }]} />
      <p className="text-sm text-slate-600">
        {emailOn
          ? tx('E-mail is on (SMTP_URL is set).')
          : tx('E-mail is off: set SMTP_URL and MAIL_FROM to send alarm e-mails.')}{' '}
        {tx(
          'Alarm SMS are messages of the platform account “SMS Console Platform”, sent through the normal channels and billed to nobody.',
        )}
      </p>
      <Card>
        <DataTable
          chooseColumns
          columns={[
            { key: 'createdAt', header: tx('Time'), kind: 'datetime', sortable: true },
            { key: 'account', header: tx('Account'), data: true, sortable: true },
            { key: 'event', header: tx('Event'), sortable: true },
            { key: 'by', header: tx('By') },
            { key: 'to', header: tx('To'), kind: 'code' },
            { key: 'subject', header: tx('Subject') },
            { key: 'state', header: tx('State'), kind: 'status', sortable: true },
            { key: 'attempts', header: tx('Tries'), kind: 'count' },
            { key: 'message', header: tx('Message') },
            { key: 'lastError', header: tx('Last error'), data: true },
          ]}
          rows={rows.map((r) => ({
            id: r.id,
            attention: r.state === 'failed',
            createdAt: r.createdAt,
            account: r.account,
            event: tx(ALARM_EVENT_LABELS[r.event as AlarmEventName] ?? r.event),
            by: r.channel === 'email' ? tx('E-mail') : 'SMS',
            to: r.target,
            subject: r.subject,
            state: {
              label: r.state === 'off' ? tx('E-mail off') : tx(r.state[0].toUpperCase() + r.state.slice(1)),
              tone: TONE[r.state as keyof typeof TONE] ?? 'grey',
            },
            attempts: r.attempts,
            message: r.messageStatus ? tx(r.messageStatus[0].toUpperCase() + r.messageStatus.slice(1)) : '—',
            lastError: r.lastError ?? '',
          }))}
          empty={<p className="py-8 text-center text-slate-500">{tx('No alarms sent yet.')}</p>}
        />
      </Card>
    </div>
  );
}
