import { validateTemplate } from '@/lib/domain/sms/template';
import 'server-only';
import { cloudError, type Language } from '@/lib/api/errors';
import { cloudQualificationStatus, cloudStatusCode } from '@/lib/domain/api/cloud';
import type { SignatureType } from '@/lib/domain/sms/signature';
import type { TemplateType } from '@/lib/domain/sms/template';
import { requireAccount, type Ctx } from '../../context';
import type { Params } from '../params';
import { deleteContent } from '../../content/delete-content';
import { submitSignature } from '../../signatures/submit-signature';
import { submitTemplate } from '../../templates/submit-template';
import { checkLimit, defineAction, viaVerb } from '../registry';
import { parseInput } from '../../validation';
import { signatureFields, templateFields } from '@/lib/schemas/content';
import { IN_LIST, boundList } from '@/db/dialect';

// SignType of the cloud (§3.10) → the console's signature types.
const SIGN_TYPES: Record<number, SignatureType> = {
  0: 'company',
  1: 'app',
  2: 'website',
  3: 'wechat',
  4: 'trademark',
  5: 'government',
};
// SmsType (§3.14): 1 marketing, 2 notification, 3 verification code.
const SMS_TYPES: Record<number, TemplateType> = { 1: 'marketing', 2: 'notification', 3: 'verification' };

function regionOf(international: number, lang: Language): 'mainland' | 'international' {
  if (international !== 0 && international !== 1)
    throw cloudError(
      'InvalidParameterValue.InvalidInternational',
      'International must be 0 or 1.',
      'International 取值须为 0 或 1。',
      lang,
    );
  return international === 1 ? 'international' : 'mainland';
}

/** Base64 without the `data:` prefix (§3.10) → image bytes; the console's image checks decide the rest. */
function image(value: string | undefined, name: string, lang: Language) {
  if (!value) return undefined;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value))
    throw cloudError(
      'InvalidParameterValue.ImageInvalid',
      'The image must be base64 without a data: prefix.',
      '图片须为不带 data: 前缀的 base64 编码。',
      lang,
    );
  return { name, bytes: new Uint8Array(Buffer.from(value, 'base64')) };
}

const signParams = {
  SignName: { type: 'String', required: true },
  SignType: { type: 'Integer', required: true },
  DocumentType: { type: 'Integer', required: true },
  International: { type: 'Integer', required: true },
  SignPurpose: { type: 'Integer', required: true },
  ProofImage: { type: 'String', required: true },
  CommissionImage: { type: 'String' },
  Remark: { type: 'String' },
  QualificationId: { type: 'Integer' },
} as const;

type SignParams = Params<typeof signParams>;

function submitSign(ctx: Ctx, p: SignParams, lang: Language, id?: number): number {
  const type = SIGN_TYPES[p.SignType];
  if (!type)
    throw cloudError(
      'InvalidParameter.InvalidParameters',
      'SignType is not one of 0, 1, 2, 3, 4, 5.',
      'SignType 取值错误。',
      lang,
    );
  if (p.SignPurpose !== 0 && p.SignPurpose !== 1)
    throw cloudError(
      'InvalidParameterValue.InvalidSignPurpose',
      'SignPurpose must be 0 or 1.',
      'SignPurpose 取值须为 0 或 1。',
      lang,
    );
  const region = regionOf(p.International, lang);
  const proof = image(p.ProofImage, 'proof.png', lang);
  const letter = image(p.CommissionImage, 'commission.png', lang);
  const fields = {
    region,
    purpose: p.SignPurpose === 1 ? 'other' : 'self',
    qualificationId: p.QualificationId,
    type,
    content: p.SignName,
    notes: p.Remark ?? '',
  };
  return viaVerb(
    () =>
      submitSignature(ctx, { id, fields: parseInput(signatureFields, fields), files: { proof, authLetter: letter } })
        .id,
    {
      CONFLICT: id ? 'InvalidParameterValue.SignAlreadyPassedCheck' : 'InvalidParameterValue.SignExistAndUnapproved',
      LIMIT_REACHED: 'FailedOperation.SignNumberLimit',
      NOT_FOUND: 'FailedOperation.MissingSignatureToModify',
    },
  );
}

export const addSmsSign = defineAction({
  params: signParams,
  run: (ctx, p, { lang }) => ({ AddSignStatus: { SignId: submitSign(ctx, p, lang) } }),
});

export const modifySmsSign = defineAction({
  params: { SignId: { type: 'Integer', required: true }, ...signParams },
  run: (ctx, p, { lang }) => ({
    ModifySignStatus: { SignId: submitSign(ctx, p, lang, p.SignId) },
  }),
});

export const deleteSmsSign = defineAction({
  params: { SignId: { type: 'Integer', required: true } },
  run(ctx, p) {
    viaVerb(() => deleteContent(ctx, 'signature', p.SignId), { NOT_FOUND: 'FailedOperation.SignIdNotExist' });
    return {
      DeleteSignStatus: { DeleteStatus: 'return successfully', DeleteTime: Math.floor(ctx.now.getTime() / 1000) },
    };
  },
});

/**
 * The ids to describe: the listed ones (≤ 100), else a page of Limit/Offset — as the bind values
 * of `(? IS NULL OR id IN (SELECT value FROM json_each(?))) … LIMIT ? OFFSET ?`.
 */
function pageArgs(
  ids: number[] | undefined,
  limit: number | undefined,
  offset: number | undefined,
  lang: Language,
): [string | null, string | null, number, number] {
  if (ids && ids.length > 100)
    throw cloudError(
      'InvalidParameterValue.LimitVerifyFail',
      'At most 100 ids per request.',
      '一次最多查询 100 个 ID。',
      lang,
    );
  const listed = ids && ids.length > 0 ? boundList(ids) : null;
  return listed ? [listed, listed, 100, 0] : [null, null, checkLimit(limit, 100, lang) || 10, offset ?? 0];
}

export const describeSmsSignList = defineAction({
  params: {
    International: { type: 'Integer', required: true },
    SignIdSet: { type: 'Integer[]' },
    Limit: { type: 'Integer' },
    Offset: { type: 'Integer' },
  },
  run(ctx, p, { lang }) {
    const account = requireAccount(ctx);
    ctx.authorize('DescribeSmsSignList', { accountId: account.id });
    const region = regionOf(p.International, lang);
    const rows = ctx.db.$client
      .prepare<
        unknown[],
        {
          id: number;
          status: string;
          reject_reason: string | null;
          content: string;
          created_at: number;
          qualification_id: number | null;
          q_name: string | null;
          q_status: string | null;
        }
      >(
        `SELECT s.id, s.status, s.reject_reason, s.content, s.created_at, s.qualification_id,
          q.enterprise_name AS q_name, q.status AS q_status
         FROM signatures s LEFT JOIN qualifications q ON q.id = s.qualification_id
         WHERE s.account_id = ? AND s.region = ? AND s.deleted_at IS NULL AND (? IS NULL OR s.id IN ${IN_LIST})
         ORDER BY s.id LIMIT ? OFFSET ?`,
      )
      .all(account.id, region, ...pageArgs(p.SignIdSet, p.Limit, p.Offset, lang));
    return {
      DescribeSignListStatusSet: rows.map((s) => ({
        SignId: s.id,
        International: p.International,
        StatusCode: cloudStatusCode(s.status),
        ReviewReply: s.reject_reason ?? '',
        SignName: s.content,
        CreateTime: Math.floor(s.created_at / 1000),
        QualificationId: s.qualification_id ?? 0,
        QualificationName: s.q_name ?? '',
        QualificationStatusCode: s.q_status ? cloudQualificationStatus(s.q_status) : 0,
      })),
    };
  },
});

const templateParams = {
  TemplateName: { type: 'String', required: true },
  TemplateContent: { type: 'String', required: true },
  SmsType: { type: 'Integer', required: true },
  International: { type: 'Integer', required: true },
  Remark: { type: 'String', required: true },
} as const;

/** Template rule → the cloud API's code and its Chinese message (CLOUD-API §3.21, §8). */
const TEMPLATE_RULE_CODES: Record<string, [string, string]> = {
  'R-TPL-4': [
    'InvalidParameterValue.MarketingTemplateWithoutUnsubscribe',
    '营销短信模板需包含退订方式，例如“拒收请回复R”。',
  ],
  'R-TEN-3': ['FailedOperation.ForbidAddMarketingTemplates', '个人认证用户不支持申请营销短信模板。'],
  named: ['InvalidParameterValue.UnsupportedTemplateVariable', '国内短信模板变量格式为 {1}、{2}…'],
};

function submitTpl(
  ctx: Ctx,
  p: { TemplateName: string; TemplateContent: string; SmsType: number; International: number; Remark: string },
  lang: Language,
  id?: number,
): number {
  const type = SMS_TYPES[p.SmsType];
  if (!type)
    throw cloudError(
      'InvalidParameterValue.InvalidSmsType',
      'SmsType must be 1 (marketing), 2 (notification) or 3 (verification code).',
      'SmsType 取值错误。',
      lang,
    );
  const fields = {
    region: regionOf(p.International, lang),
    name: p.TemplateName,
    type,
    content: p.TemplateContent,
    notes: p.Remark,
  };
  // The contract's own codes for the template rules, before the generic format error.
  const account = requireAccount(ctx);
  ctx.authorize(id === undefined ? 'AddSmsTemplate' : 'ModifySmsTemplate', { accountId: account.id });
  for (const problem of validateTemplate({
    content: fields.content,
    type,
    region: fields.region,
    identity: account.identity,
  })) {
    const code = TEMPLATE_RULE_CODES[problem.message.includes('${name}') ? 'named' : problem.rule];
    if (code) throw cloudError(code[0], problem.message, code[1], lang);
  }
  return viaVerb(() => submitTemplate(ctx, { id, fields: parseInput(templateFields, fields) }).id, {
    INVALID_INPUT: 'InvalidParameterValue.InvalidTemplateFormat',
    CONFLICT: 'FailedOperation.TemplateAlreadyPassedCheck',
    LIMIT_REACHED: 'FailedOperation.TemplateNumberLimit',
    NOT_FOUND: 'FailedOperation.MissingTemplateToModify',
  });
}

export const addSmsTemplate = defineAction({
  params: templateParams,
  // TemplateId is a String here and an Integer everywhere else (§3.21).
  run: (ctx, p, { lang }) => ({ AddTemplateStatus: { TemplateId: String(submitTpl(ctx, p, lang)) } }),
});

export const modifySmsTemplate = defineAction({
  params: { TemplateId: { type: 'Integer', required: true }, ...templateParams },
  run: (ctx, p, { lang }) => ({ ModifyTemplateStatus: { TemplateId: submitTpl(ctx, p, lang, p.TemplateId) } }),
});

export const deleteSmsTemplate = defineAction({
  params: { TemplateId: { type: 'Integer', required: true } },
  run(ctx, p) {
    viaVerb(() => deleteContent(ctx, 'template', p.TemplateId), { NOT_FOUND: 'FailedOperation.TemplateIdNotExist' });
    return {
      DeleteTemplateStatus: { DeleteStatus: 'return successfully', DeleteTime: Math.floor(ctx.now.getTime() / 1000) },
    };
  },
});

export const describeSmsTemplateList = defineAction({
  params: {
    International: { type: 'Integer', required: true },
    TemplateIdSet: { type: 'Integer[]' },
    Limit: { type: 'Integer' },
    Offset: { type: 'Integer' },
  },
  run(ctx, p, { lang }) {
    const account = requireAccount(ctx);
    ctx.authorize('DescribeSmsTemplateList', { accountId: account.id });
    const region = regionOf(p.International, lang);
    const rows = ctx.db.$client
      .prepare<
        unknown[],
        {
          id: number;
          status: string;
          reject_reason: string | null;
          name: string;
          created_at: number;
          content: string;
        }
      >(
        `SELECT id, status, reject_reason, name, created_at, content FROM templates
         WHERE account_id = ? AND region = ? AND deleted_at IS NULL AND (? IS NULL OR id IN ${IN_LIST})
         ORDER BY id LIMIT ? OFFSET ?`,
      )
      .all(account.id, region, ...pageArgs(p.TemplateIdSet, p.Limit, p.Offset, lang));
    return {
      DescribeTemplateStatusSet: rows.map((t) => ({
        TemplateId: t.id,
        International: p.International,
        StatusCode: cloudStatusCode(t.status),
        ReviewReply: t.reject_reason ?? '',
        TemplateName: t.name,
        CreateTime: Math.floor(t.created_at / 1000),
        TemplateContent: t.content,
      })),
    };
  },
});
