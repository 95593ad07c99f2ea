import { getText } from '@/i18n/text-server';
import { PageHeader } from '@/components/layout/page-header';
import { Card, RowTable } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import { ALARM_EVENT_LABELS, type AlarmEventName } from '@/lib/domain/alarms/contacts';
import { formatDateTime } from '@/lib/domain/format';
import { listAlarmDeliveries } from '@/lib/server/alarms/read-deliveries';
import { requirePlatformPage } from '@/lib/server/session';

export const dynamic = 'force-dynamic';

const TONE = { sent: 'green', queued: 'blue', failed: 'red', off: 'grey' } as const;

/** Admin → Alarms: alarm e-mails and SMS to customers' alarm contacts (R-APP-10), the SMS sent by the platform sender. */
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
        <RowTable
          head={[
            tx('Time'),
            tx('Account'),
            tx('Event'),
            tx('By'),
            tx('To'),
            tx('Subject'),
            tx('State'),
            tx('Tries'),
            tx('Message'),
            tx('Last error'),
          ]}
          empty={
            rows.length === 0 ? <p className="py-8 text-center text-slate-500">{tx('No alarms sent yet.')}</p> : null
          }
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="px-3 py-2 text-xs text-slate-500">{formatDateTime(r.createdAt)}</td>
              <td className="px-3 py-2" translate="no">
                {r.account}
              </td>
              <td className="px-3 py-2">{tx(ALARM_EVENT_LABELS[r.event as AlarmEventName] ?? r.event)}</td>
              <td className="px-3 py-2">{r.channel === 'email' ? tx('E-mail') : 'SMS'}</td>
              <td className="px-3 py-2 font-mono text-xs">{r.target}</td>
              <td className="px-3 py-2">{r.subject}</td>
              <td className="px-3 py-2">
                <StatusBadge tone={TONE[r.state as keyof typeof TONE] ?? 'grey'}>
                  {r.state === 'off' ? tx('E-mail off') : tx(r.state[0].toUpperCase() + r.state.slice(1))}
                </StatusBadge>
              </td>
              <td className="px-3 py-2">{r.attempts}</td>
              <td className="px-3 py-2">
                {r.messageStatus ? tx(r.messageStatus[0].toUpperCase() + r.messageStatus.slice(1)) : '—'}
              </td>
              <td className="px-3 py-2 text-xs text-red-700" translate="no">
                {r.lastError ?? ''}
              </td>
            </tr>
          ))}
        </RowTable>
      </Card>
    </div>
  );
}
