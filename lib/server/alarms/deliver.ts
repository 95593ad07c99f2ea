import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '@/db/client';
import { normalizeAnyPhone } from '@/lib/domain/phone/normalize';
import { ensurePlatformSender, type PlatformSender } from './platform-sender';

interface Due {
  id: number;
  channel: 'email' | 'sms';
  target: string;
  subject: string;
  body: string;
  attempts: number;
}

/** Tries per alarm before it is marked failed; waits 10 s, 20 s, 40 s, … between them. */
export const MAX_ALARM_ATTEMPTS = 5;
/** An alarm SMS carries at most this many characters of the alarm (billed to nobody, but kept short). */
const SMS_TEXT_MAX = 300;

let cached: { url: string; transport: Transporter } | undefined;

/** The SMTP transport of SMTP_URL (e.g. smtp://user:pass@mail.example.com:587), or null when e-mail is off. */
function mailer(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

/** The text of an alarm SMS: title and body on one line, cut to SMS_TEXT_MAX characters. */
export function alarmSmsText(subject: string, body: string): string {
  const text = `${subject}${/[\u4e00-\u9fff]$/.test(subject) ? '：' : '. '}${body}`.replace(/\s+/g, ' ').trim();
  return text.length > SMS_TEXT_MAX ? `${text.slice(0, SMS_TEXT_MAX - 1)}…` : text;
}

/**
 * Sends the queued alarms that are due: e-mails through SMTP_URL (from MAIL_FROM), SMS as
 * messages of the platform sender through the normal pipeline. At least once: an e-mail whose
 * answer is lost may be sent again on the next try.
 */
export async function deliverDueAlarms(db: Db, now: Date, limit = 50): Promise<{ sent: number; failed: number }> {
  const raw = db.$client;
  const due = raw
    .prepare<unknown[], Due>(
      `SELECT id, channel, target, subject, body, attempts FROM alarm_deliveries WHERE state = 'queued'
        AND next_at <= ? ORDER BY id LIMIT ?`,
    )
    .all(now.getTime(), limit);
  const done = raw.prepare(
    `UPDATE alarm_deliveries
      SET state = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL, message_id = ? WHERE id = ?
      AND state = 'queued'`,
  );
  const retry = raw.prepare(
    `UPDATE alarm_deliveries SET state = ?, attempts = attempts + 1, next_at = ?, last_error = ? WHERE id = ?
      AND state = 'queued'`,
  );
  const fail = (d: Due, error: string) => {
    const attempts = d.attempts + 1;
    retry.run(
      attempts >= MAX_ALARM_ATTEMPTS ? 'failed' : 'queued',
      now.getTime() + 10_000 * 2 ** (attempts - 1),
      error.slice(0, 300),
      d.id,
    );
  };
  let sent = 0;
  let failed = 0;
  // Looked up (or made) once per round, on the first SMS.
  let sender: PlatformSender | undefined;
  for (const d of due) {
    if (d.channel === 'email') {
      const transport = mailer();
      if (!transport) {
        raw
          .prepare(`UPDATE alarm_deliveries SET state = 'off', last_error = 'SMTP_URL is not set' WHERE id = ?`)
          .run(d.id);
        continue;
      }
      try {
        await transport.sendMail({
          from: process.env.MAIL_FROM ?? 'SMS Console <alarms@sms-console.local>',
          to: d.target,
          subject: `[SMS Console] ${d.subject}`,
          text: d.body,
        });
        done.run(Date.now(), null, d.id);
        sent++;
      } catch (err) {
        fail(d, (err as Error).message);
        failed++;
      }
      continue;
    }
    const phone = normalizeAnyPhone(d.target);
    if (!phone.ok) {
      retry.run('failed', now.getTime(), `not a mobile number: ${phone.message}`, d.id);
      failed++;
      continue;
    }
    const from = (sender ??= ensurePlatformSender(db, now));
    const region = phone.isoCountry === 'CN' ? 'mainland' : 'international';
    const content = from[region];
    raw
      .transaction(() => {
        const id = raw
          .prepare<unknown[], { id: number }>(
            `INSERT INTO messages (task_id, account_id, application_id, region, signature_id, template_id,
              phone, iso_country, vars, status, created_at)
             VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?) RETURNING id`,
          )
          .get(
            from.accountId,
            from.applicationId,
            region,
            content.signatureId,
            content.templateId,
            phone.e164,
            phone.isoCountry,
            JSON.stringify([alarmSmsText(d.subject, d.body)]),
            now.getTime(),
          )!.id;
        done.run(now.getTime(), id, d.id);
      })
      .immediate();
    sent++;
  }
  return { sent, failed };
}
