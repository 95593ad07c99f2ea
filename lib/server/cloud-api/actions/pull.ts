import 'server-only';
import { cloudError, type Language } from '@/lib/api/errors';
import { errorReason } from '@/lib/domain/errors';
import { normalizeAnyPhone, splitE164 } from '@/lib/domain/phone/normalize';
import type { Ctx } from '../../context';
import { checkLimit, defineAction, requireApp } from '../registry';

interface ReceiptRow {
  id: number;
  phone: string;
  serial_no: string | null;
  status: 'delivered' | 'undelivered';
  fail_code: string | null;
  receipt_at: number;
  session_context: string | null;
}

interface ReplyRow {
  id: number;
  phone: string;
  content: string;
  received_at: number;
  sign: string | null;
}

const DELIVERED = { en: 'The SMS message is successfully delivered', zh: '用户短信送达成功' };

function receiptOut(r: ReceiptRow, lang: Language) {
  const { countryCode, national } = splitE164(r.phone);
  const ok = r.status === 'delivered';
  return {
    UserReceiveTime: Math.floor(r.receipt_at / 1000),
    CountryCode: countryCode,
    SubscriberNumber: national,
    PhoneNumber: r.phone,
    SerialNo: r.serial_no ?? '',
    ReportStatus: ok ? 'SUCCESS' : 'FAIL',
    Description: ok
      ? lang === 'zh-CN'
        ? DELIVERED.zh
        : DELIVERED.en
      : `${r.fail_code}: ${errorReason(r.fail_code ?? '')}`,
    SessionContext: r.session_context ?? '',
  };
}

function replyOut(r: ReplyRow) {
  const { countryCode, national } = splitE164(r.phone);
  return {
    ExtendCode: '',
    CountryCode: countryCode,
    PhoneNumber: r.phone,
    SignName: r.sign ?? '',
    ReplyContent: r.content,
    ReplyTime: Math.floor(r.received_at / 1000),
    SubscriberNumber: national,
  };
}

function cursorOf(ctx: Ctx, appId: number): { status_at: number; status_id: number; reply_id: number } {
  const raw = ctx.db.$client;
  raw.prepare('INSERT INTO api_pull_cursors (application_id) VALUES (?) ON CONFLICT DO NOTHING').run(appId);
  return raw
    .prepare<unknown[], { status_at: number; status_id: number; reply_id: number }>(
      'SELECT status_at, status_id, reply_id FROM api_pull_cursors WHERE application_id = ?',
    )
    .get(appId)!;
}

/** The window checks of the ByPhoneNumber actions: BeginTime at most 7 days back, EndTime after it. */
function window(ctx: Ctx, begin: number, end: number | undefined, lang: Language): { from: number; to: number } {
  const nowS = Math.floor(ctx.now.getTime() / 1000);
  if (begin < nowS - 7 * 86_400 || begin > nowS)
    throw cloudError(
      'InvalidParameterValue.BeginTimeVerifyFail',
      'BeginTime must be within the last 7 days.',
      'BeginTime 须在最近 7 天内。',
      lang,
    );
  const to = end ?? nowS;
  if (to < begin)
    throw cloudError(
      'InvalidParameterValue.InvalidStartTime',
      'EndTime is earlier than BeginTime.',
      '结束时间早于开始时间。',
      lang,
    );
  return { from: begin * 1000, to: to * 1000 + 999 };
}

function phoneParam(raw: string, lang: Language): string {
  const n = normalizeAnyPhone(raw);
  if (!n.ok)
    throw cloudError('InvalidParameterValue.IncorrectPhoneNumber', 'incorrect number format', '手机号格式错误', lang);
  return n.e164;
}

const RECEIPT_COLUMNS = 'id, phone, serial_no, status, fail_code, receipt_at, session_context';

/** PullSmsSendStatus (§3.3): a queue — each receipt of the application is returned once, in receipt order. */
export const pullSmsSendStatus = defineAction({
  params: { Limit: { type: 'Integer', required: true }, SmsSdkAppId: { type: 'String', required: true } },
  run(ctx, p, { lang }) {
    const app = requireApp(ctx, p.SmsSdkAppId, 'PullSmsSendStatus', lang);
    const limit = checkLimit(p.Limit, 100, lang);
    const raw = ctx.db.$client;
    return raw
      .transaction(() => {
        const c = cursorOf(ctx, app.id);
        const rows = raw
          .prepare<unknown[], ReceiptRow>(
            `SELECT ${RECEIPT_COLUMNS} FROM messages WHERE application_id = ? AND receipt_at IS NOT NULL
              AND (receipt_at, id) > (?, ?)
             AND status IN ('delivered', 'undelivered') ORDER BY receipt_at, id LIMIT ?`,
          )
          .all(app.id, c.status_at, c.status_id, limit);
        const last = rows.at(-1);
        if (last)
          raw
            .prepare('UPDATE api_pull_cursors SET status_at = ?, status_id = ? WHERE application_id = ?')
            .run(last.receipt_at, last.id, app.id);
        return { PullSmsSendStatusSet: rows.map((r) => receiptOut(r, lang)) };
      })
      .immediate();
  },
});

const byPhoneParams = {
  BeginTime: { type: 'Integer', required: true },
  Offset: { type: 'Integer', required: true },
  Limit: { type: 'Integer', required: true },
  PhoneNumber: { type: 'String', required: true },
  SmsSdkAppId: { type: 'String', required: true },
  EndTime: { type: 'Integer' },
} as const;

/** PullSmsSendStatusByPhoneNumber (§3.4): one number's receipts in a window (not a queue). */
export const pullSmsSendStatusByPhoneNumber = defineAction({
  params: byPhoneParams,
  run(ctx, p, { lang }) {
    const app = requireApp(ctx, p.SmsSdkAppId, 'PullSmsSendStatusByPhoneNumber', lang);
    const limit = checkLimit(p.Limit, 100, lang);
    const { from, to } = window(ctx, p.BeginTime, p.EndTime, lang);
    const rows = ctx.db.$client
      .prepare<unknown[], ReceiptRow>(
        `SELECT ${RECEIPT_COLUMNS} FROM messages WHERE phone = ? AND application_id = ?
          AND status IN ('delivered', 'undelivered')
         AND receipt_at BETWEEN ? AND ? ORDER BY receipt_at, id LIMIT ? OFFSET ?`,
      )
      .all(phoneParam(p.PhoneNumber, lang), app.id, from, to, limit, p.Offset);
    return { PullSmsSendStatusSet: rows.map((r) => receiptOut(r, lang)) };
  },
});

const REPLY_SELECT = `SELECT r.id, r.phone, r.content, r.received_at, s.content AS sign FROM replies r LEFT
  JOIN signatures s ON s.id = r.signature_id`;

/** PullSmsReplyStatus (§3.5): a queue of the application's inbound replies that have arrived. */
export const pullSmsReplyStatus = defineAction({
  params: { Limit: { type: 'Integer', required: true }, SmsSdkAppId: { type: 'String', required: true } },
  run(ctx, p, { lang }) {
    const app = requireApp(ctx, p.SmsSdkAppId, 'PullSmsReplyStatus', lang);
    const limit = checkLimit(p.Limit, 100, lang);
    const raw = ctx.db.$client;
    return raw
      .transaction(() => {
        const c = cursorOf(ctx, app.id);
        const candidates = raw
          .prepare<unknown[], ReplyRow>(`${REPLY_SELECT} WHERE r.application_id = ? AND r.id > ? ORDER BY r.id LIMIT ?`)
          .all(app.id, c.reply_id, limit);
        // Replies are stored when the simulator decides them; one "arrives" at received_at. Stop at
        // the first that has not arrived yet, so the cursor never passes an unseen reply.
        const rows: ReplyRow[] = [];
        for (const r of candidates) {
          if (r.received_at > ctx.now.getTime()) break;
          rows.push(r);
        }
        const last = rows.at(-1);
        if (last) raw.prepare('UPDATE api_pull_cursors SET reply_id = ? WHERE application_id = ?').run(last.id, app.id);
        return { PullSmsReplyStatusSet: rows.map(replyOut) };
      })
      .immediate();
  },
});

/** PullSmsReplyStatusByPhoneNumber (§3.6): one number's replies in a window. */
export const pullSmsReplyStatusByPhoneNumber = defineAction({
  params: byPhoneParams,
  run(ctx, p, { lang }) {
    const app = requireApp(ctx, p.SmsSdkAppId, 'PullSmsReplyStatusByPhoneNumber', lang);
    const limit = checkLimit(p.Limit, 100, lang);
    const { from, to } = window(ctx, p.BeginTime, p.EndTime, lang);
    const rows = ctx.db.$client
      .prepare<unknown[], ReplyRow>(
        `${REPLY_SELECT} WHERE r.phone = ? AND r.application_id = ? AND r.received_at BETWEEN ? AND ?
          AND r.received_at <= ? ORDER BY r.received_at, r.id LIMIT ? OFFSET ?`,
      )
      .all(phoneParam(p.PhoneNumber, lang), app.id, from, to, ctx.now.getTime(), limit, p.Offset);
    return { PullSmsReplyStatusSet: rows.map(replyOut) };
  },
});
