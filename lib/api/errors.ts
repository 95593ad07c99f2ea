// The one table from the product's own failure codes (SPEC §10, AppError) to the cloud API's
// error codes (CLOUD-API.md §4), with English and Chinese messages.
import type { ErrorCode as ProductCode } from '@/lib/domain/errors';
import type { ErrorCode as AppErrorCode } from '@/lib/server/errors';
import { isCountMismatch } from '@/lib/domain/sms/template';
import { countryFailureKind } from '@/lib/domain/sending/countries';

export type Language = 'en-US' | 'zh-CN';

interface CloudError {
  code: string;
  en: string;
  zh: string;
}

const e = (code: string, en: string, zh: string): CloudError => ({ code, en, zh });

/** Per-message failures of the R-MSG-1 pipeline → the SendStatus `Code`/`Message` (§4.4). */
export const MESSAGE_CODE_MAP: Record<ProductCode, CloudError> = {
  1001: e(
    'AuthFailure.SignatureFailure',
    'The provided credentials could not be validated. Please check your signature is correct.',
    '请求签名验证失败，请检查您的签名计算是否正确。',
  ),
  1004: e('FailedOperation.FailResolvePacket', 'request packet parsing failed', '请求包解析失败'),
  1008: e('InternalError.Timeout', 'request sending timed out', '请求下发短信超时'),
  1012: e(
    'FailedOperation.SignatureIncorrectOrUnapproved',
    'signature is not approved or format error',
    '签名未审批或格式错误',
  ),
  1014: e(
    'FailedOperation.TemplateIncorrectOrUnapproved',
    'template is not approved or request content does not match the approved template content',
    '模板未审批或请求的内容与审核通过的模板内容不匹配',
  ),
  1015: e('FailedOperation.PhoneNumberInBlacklist', 'the number is in the blacklist', '手机号在免打扰名单库中'),
  1016: e('InvalidParameterValue.IncorrectPhoneNumber', 'incorrect number format', '手机号格式错误'),
  1017: e(
    'InvalidParameterValue.ContentLengthLimit',
    'the content of the requested SMS is too long',
    '请求的短信内容太长',
  ),
  1019: e('InvalidParameterValue.SdkAppIdNotExist', 'SdkAppId does not exist', 'SdkAppId 不存在'),
  1020: e('UnauthorizedOperation.SdkAppIdIsDisabled', 'SdkAppId is disabled', '此 SdkAppId 禁止提供服务'),
  1022: e(
    'LimitExceeded.AppDailyLimit',
    'the number of SMS messages sent by the application in a day exceeds the upper limit',
    '业务短信日下发条数超过设定的上限',
  ),
  1023: e(
    'LimitExceeded.PhoneNumberThirtySecondLimit',
    'the number of SMS messages sent from a single mobile number within 30 seconds exceeds the upper limit',
    '单个手机号30秒内下发短信条数超过设定的上限',
  ),
  1024: e(
    'LimitExceeded.PhoneNumberOneHourLimit',
    'the number of sms messages sent from a single mobile number within 1 hour exceeds the upper limit',
    '单个手机号1小时内下发短信条数超过设定的上限',
  ),
  1025: e(
    'LimitExceeded.PhoneNumberDailyLimit',
    'the number of sms messages sent from a single mobile number every day exceeds the upper limit',
    '单个手机号日下发短信条数超过设定的上限',
  ),
  1026: e(
    'LimitExceeded.DeliveryFrequencyLimit',
    'the carrier frequency limit for this number was reached',
    '命中运营商频率限制策略',
  ),
  1030: e(
    'FailedOperation.MarketingSendTimeConstraint',
    'time constraint on delivering marketing SMS messages',
    '营销短信发送时间限制',
  ),
  1031: e('FailedOperation.InsufficientBalanceInSmsPackage', 'insufficient balance in SMS package', '套餐包余量不足'),
  1032: e(
    'UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny',
    'individual users cannot send marketing SMS messages',
    '个人用户没有发营销短信的权限',
  ),
  1033: e(
    'UnauthorizedOperation.ServiceSuspendDueToArrears',
    'the service is suspended due to arrears',
    '欠费被停止服务',
  ),
  1034: e(
    'UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber',
    'mainland China and international numbers in one request',
    '群发请求里既有国内手机号也有国际手机号',
  ),
  1036: e(
    'InvalidParameterValue.TemplateParameterLengthLimit',
    'a template variable value is too long',
    '单个模板变量字符数超过限制',
  ),
  1045: e(
    'UnsupportedOperation.UnsupportedRegion',
    'the destination country or region is not supported',
    '不支持该地区短信下发',
  ),
  1047: e('LimitExceeded.DailyLimit', 'the international daily limit was reached', '国际短信日下发条数超过限制'),
  1048: e(
    'InvalidParameterValue.ProhibitedUseUrlInTemplateParameter',
    'URLs are prohibited in template parameters',
    '禁止在模板变量中使用 URL',
  ),
  1049: e(
    'UnsupportedOperation.UnsupportedRegion',
    'no delivery route for this destination',
    '该目的地没有可用的下发通道',
  ),
  60008: e('InternalError.Timeout', 'request processing timed out', '处理请求超时'),
};

/** 1014 caused by a wrong number of values has its own cloud code (§3.22). */
/** R-APP-6: 1045 from the application's sendable-country list, by its stored reason. */
const COUNTRY_ERRORS = {
  'not-listed': e(
    'LimitExceeded.AppCountryOrRegionInBlacklist',
    "the country or region is not in the application's sendable list",
    '该国家/地区不在应用的可发送列表中',
  ),
  'daily-limit': e(
    'LimitExceeded.AppCountryOrRegionDailyLimit',
    "the application's daily limit for this country or region is reached",
    '应用在该国家/地区的日下发条数已达上限',
  ),
};

export const PARAM_COUNT_MISMATCH = e(
  'FailedOperation.TemplateParamSetNotMatchApprovedTemplate',
  'request content does not match the template content',
  '请求内容与审核通过的模板内容不匹配',
);

/** Request-level errors (`Response.Error`) the endpoint itself raises. */
export const REQUEST_ERRORS = {
  InvalidAuthorization: e(
    'AuthFailure.InvalidAuthorization',
    'The Authorization header is malformed or not TC3-HMAC-SHA256.',
    '请求头部的 Authorization 不符合腾讯云标准。',
  ),
  SecretIdNotFound: e(
    'AuthFailure.SecretIdNotFound',
    'The SecretId is not found, please ensure that your SecretId is correct.',
    '密钥不存在，请确认您的 SecretId 是否正确。',
  ),
  SignatureExpire: e(
    'AuthFailure.SignatureExpire',
    'The signature is expired, please request again.',
    '签名过期，请重新请求。',
  ),
  SignatureFailure: e(
    'AuthFailure.SignatureFailure',
    'The provided credentials could not be validated. Please check your signature is correct.',
    '请求签名验证失败，请检查您的签名计算是否正确。',
  ),
  TokenFailure: e(
    'AuthFailure.TokenFailure',
    'Temporary credentials (X-TC-Token) are not supported by this server.',
    '不支持临时证书（X-TC-Token）。',
  ),
  UnauthorizedOperation: e(
    'AuthFailure.UnauthorizedOperation',
    'You are not authorized to perform this operation.',
    '请求未授权。',
  ),
  NoSuchVersion: e(
    'NoSuchVersion',
    'The API version is not supported; use 2021-01-11.',
    '接口版本不存在，请使用 2021-01-11。',
  ),
  InvalidAction: e('InvalidAction', 'The request `Action` is invalid or not found.', '接口不存在。'),
  JsonParseFail: e('FailedOperation.JsonParseFail', 'The request body is not valid JSON.', '解析请求包体失败。'),
  RequestLimitExceeded: e(
    'RequestLimitExceeded',
    'Your requests exceed the frequency limit of this key. Please reduce the frequency of calls.',
    '请求的次数超过了频率限制。',
  ),
  RequestSizeLimitExceeded: e('RequestSizeLimitExceeded', 'The request body is too large.', '请求包超过限制大小。'),
  UnsupportedProtocol: e(
    'UnsupportedProtocol',
    'Only POST with application/json is supported.',
    '仅支持 POST application/json 请求。',
  ),
  InternalError: e('InternalError', 'An internal error occurred. Nothing was changed.', '内部错误。'),
} as const;

export type RequestErrorName = keyof typeof REQUEST_ERRORS;

/** A cloud error raised while handling an action; the endpoint turns it into `Response.Error`. */
export class CloudApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CloudApiError';
  }
}

/** Throws the named request-level error in the caller's language. */
export function requestError(name: RequestErrorName, lang: Language): CloudApiError {
  const def = REQUEST_ERRORS[name];
  return new CloudApiError(def.code, lang === 'zh-CN' ? def.zh : def.en);
}

/** A cloud error with an explicit code and message (parameter checks, business rules). */
export function cloudError(code: string, en: string, zh: string, lang: Language): CloudApiError {
  return new CloudApiError(code, lang === 'zh-CN' ? zh : en);
}

/** The SendStatus code and message of a product failure code (and its stored reason). */
export function messageFailure(
  code: string | number,
  reason: string | null,
  lang: Language,
): { code: string; message: string } {
  const country = String(code) === '1045' ? countryFailureKind(reason) : null;
  const def =
    String(code) === '1014' && isCountMismatch(reason)
      ? PARAM_COUNT_MISMATCH
      : country
        ? COUNTRY_ERRORS[country]
        : (MESSAGE_CODE_MAP as Record<string, CloudError>)[String(code)];
  if (!def) return { code: 'InternalError.OtherError', message: reason ?? String(code) };
  return { code: def.code, message: lang === 'zh-CN' ? def.zh : def.en };
}

/**
 * Maps the product's typed verb errors (AppError codes) onto the cloud's generic codes; a new code fails type
 * checking until it is mapped here.
 */
export const APP_ERROR_MAP: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: 'AuthFailure.UnauthorizedOperation',
  FORBIDDEN: 'UnauthorizedOperation.RequestPermissionDeny',
  NOT_FOUND: 'ResourceNotFound',
  INVALID_INPUT: 'InvalidParameterValue',
  CONFLICT: 'FailedOperation.OtherError',
  LIMIT_REACHED: 'LimitExceeded',
  INSUFFICIENT_BALANCE: 'ResourceInsufficient',
  INTERNAL: 'InternalError',
};
