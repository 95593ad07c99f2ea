import 'server-only';
import type { Db } from '@/db/client';
import type { AlarmEventName } from '@/lib/domain/alarms/contacts';
import { notifyAccount } from '../notifications/notify';
import { systemContext } from '../system-context';

export interface Alarm {
  accountId: number;
  /** The application the event is about; null for account-wide events (reviews, packages). */
  applicationId: number | null;
  event: AlarmEventName;
  title: string;
  body: string;
  link?: string;
}

/**
 * R-APP-10: records the alarm in the account's notification centre and queues it, by e-mail and
 * by SMS, for every alarm contact who chose the event — the application's contacts, or for an
 * account-wide event the contacts of all its applications (each address and number once).
 * Runs inside the caller's transaction: the alarm exists exactly when its cause does.
 */
export function raiseAlarm(db: Db, now: Date, alarm: Alarm): { email: number; sms: number } {
  const raw = db.$client;
  notifyAccount(systemContext(db, now), alarm.accountId, { category: categoryOf(alarm.event), title: alarm.title, body: alarm.body, link: alarm.link });
  const contacts = raw
    .prepare(
      `SELECT c.id, c.phone, c.email FROM alarm_contacts c JOIN applications a ON a.id = c.application_id
       WHERE c.account_id = ? AND a.deleted_at IS NULL AND (? IS NULL OR c.application_id = ?)
         AND EXISTS (SELECT 1 FROM json_each(c.events) WHERE value = ?)
       ORDER BY c.id`,
    )
    .all(alarm.accountId, alarm.applicationId, alarm.applicationId, alarm.event) as { id: number; phone: string; email: string }[];
  const queue = raw.prepare(
    `INSERT INTO alarm_deliveries (account_id, contact_id, event, channel, target, subject, body, state, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const seen = new Set<string>();
  const sent = { email: 0, sms: 0 };
  const emailOn = !!process.env.SMTP_URL;
  for (const c of contacts) {
    for (const [channel, target] of [['email', c.email], ['sms', c.phone]] as const) {
      if (seen.has(`${channel}|${target}`)) continue;
      seen.add(`${channel}|${target}`);
      // Without SMTP_URL e-mail is off: the row says so instead of waiting forever.
      const state = channel === 'email' && !emailOn ? 'off' : 'queued';
      queue.run(alarm.accountId, c.id, alarm.event, channel, target, alarm.title, channel === 'email' ? emailBody(alarm) : alarm.body, state, now.getTime(), now.getTime());
      if (state === 'queued') sent[channel]++;
    }
  }
  return sent;
}

/** The e-mail text: the alarm, and a link into the console when its public address is known. */
function emailBody(alarm: Alarm): string {
  const base = (process.env.NEXTAUTH_URL ?? process.env.AUTH_URL ?? '').replace(/\/$/, '');
  return alarm.link && base ? `${alarm.body}\n\nOpen the console: ${base}${alarm.link}` : alarm.body;
}

/** The notification centre's category of an event. */
function categoryOf(event: AlarmEventName): string {
  return { frequency: 'threshold', overLimit: 'threshold', review: 'review', package: 'package', antiAbuse: 'security' }[event];
}
