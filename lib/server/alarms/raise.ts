import 'server-only';
import type { Db } from '@/db/client';
import type { AlarmEventName } from '@/lib/domain/alarms/contacts';
import { englishOf, type NoticeInput } from '@/lib/domain/notices';
import { looksMainland } from '@/lib/domain/phone/normalize';
import { noticeIn } from '@/i18n/translate';
import { serverText } from '@/i18n/text-server';
import { notifyAccount } from '../notifications/notify';
import { systemContext } from '../system-context';
import { jsonArrayHas } from '@/db/dialect';

export interface Alarm {
  accountId: number;
  /** The application the event is about; null for account-wide events (reviews, packages). */
  applicationId: number | null;
  event: AlarmEventName;
  title: NoticeInput;
  body: NoticeInput;
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
  notifyAccount(systemContext(db, now), alarm.accountId, {
    category: categoryOf(alarm.event),
    title: alarm.title,
    body: alarm.body,
    link: alarm.link,
  });
  const contacts = raw
    .prepare<
      unknown[],
      {
        id: number;
        phone: string;
        email: string;
      }
    >(
      `SELECT c.id, c.phone, c.email FROM alarm_contacts c JOIN applications a ON a.id = c.application_id
       WHERE c.account_id = ? AND a.deleted_at IS NULL AND (? IS NULL OR c.application_id = ?)
         AND ${jsonArrayHas('c.events')}
       ORDER BY c.id`,
    )
    .all(alarm.accountId, alarm.applicationId, alarm.applicationId, alarm.event);
  const queue = raw.prepare(
    `INSERT INTO alarm_deliveries (account_id, contact_id, event, channel, target, subject, body, state,
      next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const seen = new Set<string>();
  const sent = { email: 0, sms: 0 };
  const emailOn = !!process.env.SMTP_URL;
  for (const c of contacts) {
    for (const [channel, target] of [
      ['email', c.email],
      ['sms', c.phone],
    ] as const) {
      if (seen.has(`${channel}|${target}`)) continue;
      seen.add(`${channel}|${target}`);
      // Without SMTP_URL e-mail is off: the row says so instead of waiting forever.
      const state = channel === 'email' && !emailOn ? 'off' : 'queued';
      const text = channel === 'email' ? emailText(alarm) : smsText(alarm, target);
      queue.run(
        alarm.accountId,
        c.id,
        alarm.event,
        channel,
        target,
        text.subject,
        text.body,
        state,
        now.getTime(),
        now.getTime(),
      );
      if (state === 'queued') sent[channel]++;
    }
  }
  return sent;
}

// Alarm texts for contacts, in Chinese (tx: the same translator components use).
const tx = serverText('zh-CN');

/**
 * The e-mail, in Chinese and then English (R-UI-4: a contact has no language of their own): the
 * alarm, and a link into the console when its public address is known.
 */
function emailText(alarm: Alarm): { subject: string; body: string } {
  const base = (process.env.NEXTAUTH_URL ?? process.env.AUTH_URL ?? '').replace(/\/$/, '');
  const link = alarm.link && base ? `${base}${alarm.link}` : null;
  const zhBody = noticeIn(tx, alarm.body) + (link ? `\n\n${tx('Open the console: {link}', { link })}` : '');
  const enBody = englishOf(alarm.body) + (link ? `\n\nOpen the console: ${link}` : '');
  return { subject: `${noticeIn(tx, alarm.title)} | ${englishOf(alarm.title)}`, body: `${zhBody}\n\n——\n\n${enBody}` };
}

/** An alarm SMS reads Chinese on a mainland number and English elsewhere. */
function smsText(alarm: Alarm, phone: string): { subject: string; body: string } {
  if (looksMainland(phone)) return { subject: noticeIn(tx, alarm.title), body: noticeIn(tx, alarm.body) };
  return { subject: englishOf(alarm.title), body: englishOf(alarm.body) };
}

/** The notification centre's category of an event. */
function categoryOf(event: AlarmEventName): string {
  return {
    frequency: 'threshold',
    overLimit: 'threshold',
    review: 'review',
    package: 'package',
    antiAbuse: 'security',
  }[event];
}
