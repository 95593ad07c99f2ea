import 'server-only';
import { maskPhone } from '@/lib/domain/phone/normalize';
import type { Ctx } from '../context';

export interface AlarmDeliveryRow {
  id: number;
  createdAt: Date;
  account: string;
  event: string;
  channel: 'email' | 'sms';
  target: string;
  subject: string;
  state: string;
  attempts: number;
  lastError: string | null;
  /** For an SMS: the status of the platform sender's message. */
  messageStatus: string | null;
}

/** Admin → Alarms: the latest alarm e-mails and SMS to alarm contacts and how they went (R-APP-10). */
export function listAlarmDeliveries(ctx: Ctx, limit = 200): AlarmDeliveryRow[] {
  ctx.authorize('DescribeAlarmDeliveries');
  // Columns are read under the row's own names; only the time and the masked target change.
  const rows = ctx.db.$client
    .prepare<unknown[], Omit<AlarmDeliveryRow, 'createdAt'> & { createdAt: number }>(
      `SELECT d.id, d.created_at AS createdAt, a.real_name AS account, d.event, d.channel, d.target, d.subject,
        d.state, d.attempts, d.last_error AS lastError, m.status AS messageStatus
       FROM alarm_deliveries d JOIN accounts a ON a.id = d.account_id LEFT JOIN messages m ON m.id = d.message_id
       ORDER BY d.id DESC LIMIT ?`,
    )
    .all(limit);
  return rows.map((r) => ({
    ...r,
    createdAt: new Date(r.createdAt),
    target: r.channel === 'sms' ? maskPhone(r.target) : r.target,
  }));
}
