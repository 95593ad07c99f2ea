import 'server-only';
import { cloudError, messageFailure } from '@/lib/api/errors';
import { looksMainland, normalizePhone } from '@/lib/domain/phone/normalize';
import { requireAccount } from '../../context';
import { dispatchBatch } from '../../sending/dispatch';
import { defineAction, requireApp } from '../registry';
import { IN_LIST, boundList } from '@/db/dialect';

/** SendSms allows at most 200 numbers per request (§3.1). */
export const MAX_SEND_NUMBERS = 200;

interface Outcome {
  id: number;
  status: string;
  fail_code: string | null;
  fail_reason: string | null;
  billable: number;
  serial_no: string | null;
}

/**
 * SendSms (§3.1, §3.22): request-level checks, then one message per number through the same
 * R-MSG-1 pipeline, billing and records as console tasks — dispatched at once, so every number's
 * SendStatus (Code, Fee, SerialNo) is final when the response is written.
 */
export const sendSms = defineAction({
  params: {
    PhoneNumberSet: { type: 'String[]', required: true },
    SmsSdkAppId: { type: 'String', required: true },
    TemplateId: { type: 'String', required: true },
    SignName: { type: 'String' },
    TemplateParamSet: { type: 'String[]' },
    ExtendCode: { type: 'String' },
    SessionContext: { type: 'String' },
    SenderId: { type: 'String' },
  },
  run(ctx, p, env) {
    const { lang } = env;
    const account = requireAccount(ctx);
    if (p.PhoneNumberSet.length === 0)
      throw cloudError(
        'MissingParameter.EmptyPhoneNumberSet',
        'The phone number set is empty.',
        '手机号列表为空。',
        lang,
      );
    if (p.PhoneNumberSet.length > MAX_SEND_NUMBERS) {
      throw cloudError(
        'LimitExceeded.PhoneNumberCountLimit',
        `At most ${MAX_SEND_NUMBERS} numbers per request.`,
        `单次请求的手机号不能超过 ${MAX_SEND_NUMBERS} 个。`,
        lang,
      );
    }
    const app = requireApp(ctx, p.SmsSdkAppId, 'SendSms', lang);
    if (p.ExtendCode)
      throw cloudError(
        'UnauthorizedOperation.RequestPermissionDeny',
        'Extension codes are not enabled for this account.',
        '未开通扩展码权限。',
        lang,
      );
    if (p.SessionContext && Buffer.byteLength(p.SessionContext) >= 512) {
      throw cloudError(
        'InvalidParameterValue',
        'SessionContext must be shorter than 512 bytes.',
        'SessionContext 长度必须小于 512 字节。',
        lang,
      );
    }
    const mainland = p.PhoneNumberSet.map(looksMainland);
    if (mainland.some((m) => m) && mainland.some((m) => !m)) {
      throw cloudError(
        'UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber',
        'Mainland China and international numbers cannot be sent in one request.',
        '群发请求里既有国内手机号也有国际手机号。',
        lang,
      );
    }
    const region = mainland[0] ? 'mainland' : 'international';
    const raw = ctx.db.$client;
    const templateId = /^\d{1,15}$/.test(p.TemplateId) ? Number(p.TemplateId) : 0;
    const template = raw
      .prepare<unknown[], { id: number; region: string }>(
        'SELECT id, region FROM templates WHERE id = ? AND account_id = ? AND deleted_at IS NULL',
      )
      .get(templateId, account.id);
    if (!template) {
      throw cloudError(
        'FailedOperation.TemplateIncorrectOrUnapproved',
        'template is not approved or request content does not match the approved template content',
        '模板未审批或请求的内容与审核通过的模板内容不匹配。',
        lang,
      );
    }
    if (template.region === 'mainland' && region === 'international') {
      throw cloudError(
        'UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone',
        'A mainland China template cannot be sent to international numbers.',
        '国内短信模板不支持发送国际/港澳台手机号。',
        lang,
      );
    }
    if (template.region === 'international' && region === 'mainland') {
      throw cloudError(
        'UnsupportedOperation.GlobalTemplateToChineseMainlandPhone',
        'An international template cannot be sent to mainland China numbers.',
        '国际/港澳台短信模板不支持发送国内手机号。',
        lang,
      );
    }
    // The signature is named by its text. A name that matches nothing fails each number with 1012
    // (signature id -1 never exists); no name is fine for international SMS (§3.22).
    let signatureId: number | null = null;
    if (p.SignName) {
      const s = raw
        .prepare<unknown[], { id: number }>(
          `SELECT id FROM signatures WHERE account_id = ? AND region = ? AND content = ? AND deleted_at IS NULL
            ORDER BY status = 'effective' DESC, id DESC LIMIT 1`,
        )
        .get(account.id, region, p.SignName);
      signatureId = s?.id ?? -1;
    }
    const vars = p.TemplateParamSet && p.TemplateParamSet.length > 0 ? JSON.stringify(p.TemplateParamSet) : null;

    // A number given twice is sent once; every entry is answered (the repeat with the same result, Fee 0).
    const shown: { phone: string; iso: string; repeat: boolean }[] = [];
    const ids = raw
      .transaction(() => {
        const insert = raw.prepare<unknown[], { id: number }>(
          `INSERT INTO messages (task_id, account_id, application_id, region, signature_id, template_id, phone,
            iso_country, vars, status, session_context, created_at)
         VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING id`,
        );
        const byPhone = new Map<string, number>();
        return p.PhoneNumberSet.map((number) => {
          const n = normalizePhone(number, region);
          const phone = n.ok ? n.e164 : number;
          const iso = n.ok ? n.isoCountry : 'DEF';
          const earlier = byPhone.get(phone);
          shown.push({ phone, iso, repeat: earlier !== undefined });
          if (earlier !== undefined) return earlier;
          const id = insert.get(
            account.id,
            app.id,
            region,
            signatureId,
            template.id,
            phone,
            iso,
            vars,
            p.SessionContext ?? null,
            ctx.now.getTime(),
          )!.id;
          byPhone.set(phone, id);
          return id;
        });
      })
      .immediate();
    dispatchBatch(ctx.db, ctx.now, { messageIds: [...new Set(ids)], simulator: env.simulator });

    const outcomes = new Map(
      raw
        .prepare<unknown[], Outcome>(
          `SELECT id, status, fail_code, fail_reason, billable, serial_no FROM messages WHERE id IN ${IN_LIST}`,
        )
        .all(boundList(ids))
        .map((o) => [o.id, o]),
    );
    return {
      SendStatusSet: ids.map((id, i) => {
        const o = outcomes.get(id)!;
        const base = { PhoneNumber: shown[i].phone, SessionContext: p.SessionContext ?? '', IsoCode: shown[i].iso };
        if (o.status === 'failed') {
          const f = messageFailure(o.fail_code ?? '', o.fail_reason, lang);
          return { SerialNo: '', Fee: 0, Code: f.code, Message: f.message, ...base };
        }
        if (o.status === 'pending') {
          return {
            SerialNo: '',
            Fee: 0,
            Code: 'InternalError.Timeout',
            Message: lang === 'zh-CN' ? '消息排队中，稍后发送' : 'queued, not yet sent',
            ...base,
          };
        }
        return {
          SerialNo: o.serial_no ?? '',
          Fee: shown[i].repeat ? 0 : o.billable,
          Code: 'Ok',
          Message: 'send success',
          ...base,
        };
      }),
    };
  },
});
