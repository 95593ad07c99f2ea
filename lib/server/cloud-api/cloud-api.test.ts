// The official `tencentcloud-sdk-nodejs-sms` client, unmodified, against the endpoint
// served over real HTTP on loopback, with the console's own verbs and database behind it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-sms';
import { sql } from 'drizzle-orm';
import { DEMO_API_KEY } from '@/db/seed';
import { tc3Authorization } from '@/lib/api/tc3';
import { RateLimiter } from '@/lib/domain/api/cloud';
import { createWorld, type World } from '@/lib/testing/world';
import { PNG } from '@/lib/testing/content';
import { approve } from '@/lib/testing/sending';
import { createApiKey, listApiRequests, revokeApiKey } from '../api-keys/api-keys';
import { applyDueReceipts } from '../sending/receipts';
import {
  deliverDueCallbacks,
  listCallbackDeliveries,
  queueReplyCallback,
  setReplyCallbackUrl,
  setStatusCallbackUrl,
} from '../callbacks/callbacks';
import { handleCloudApi } from './endpoint';
import { deleteAppCountry, saveAppCountry } from '../applications/sendable-countries';
import { parseInput } from '@/lib/server/validation';
import { callbackUrlInput } from '@/lib/schemas/callbacks';
import { appCountryInput } from '@/lib/schemas/applications';

const SmsClient = tencentcloud.sms.v20210111.Client;
type Client = InstanceType<typeof SmsClient>;

const OWNER = 'owner@demo.local';
const SOLO = 'solo@demo.local';
const APP = '1400100001';

let w: World;
let clock: Date;
let server: http.Server;
let port: number;
let limiter = new RateLimiter(1000);

function serve(): Promise<void> {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers,
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    });
    const response = await handleCloudApi(request, {
      db: w.db,
      now: () => clock,
      paths: ['/', '/api/v3', '/api/v3/'],
      limiter,
    });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
}

function client(
  secretId = DEMO_API_KEY.secretId,
  secretKey = DEMO_API_KEY.secretKey,
  host = `127.0.0.1:${port}`,
  language: 'en-US' | 'zh-CN' = 'en-US',
): Client {
  return new SmsClient({
    credential: { secretId, secretKey },
    region: 'ap-guangzhou',
    profile: { language, httpProfile: { endpoint: host, protocol: 'http://', reqTimeout: 10 } },
  });
}

/** The cloud error code a call rejects with ('OK' when it resolves). */
async function codeOfCall(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'OK';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

/** A hand-signed request, to reach what the SDK never sends (stale timestamps, tampered bodies). */
async function rawCall(opts: {
  action?: string;
  body: string;
  signBody?: string;
  timestamp?: number;
  secretKey?: string;
  version?: string;
}) {
  const timestamp = opts.timestamp ?? Math.floor(clock.getTime() / 1000);
  const authorization = tc3Authorization(DEMO_API_KEY.secretId, {
    secretKey: opts.secretKey ?? DEMO_API_KEY.secretKey,
    service: 'sms',
    timestamp,
    path: '/',
    headers: { 'content-type': 'application/json', host: '127.0.0.1' },
    signedHeaders: ['content-type', 'host'],
    body: opts.signBody ?? opts.body,
  });
  const res = await fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization,
      'x-tc-action': opts.action ?? 'DescribePhoneNumberInfo',
      'x-tc-version': opts.version ?? '2021-01-11',
      'x-tc-timestamp': String(timestamp),
      'x-tc-language': 'en-US',
      'x-tc-traceid': 'trace-123',
    },
    body: opts.body,
  });
  return {
    status: res.status,
    trace: res.headers.get('x-tc-traceid'),
    json: (await res.json()) as { Response: { Error?: { Code: string; Message: string }; RequestId: string } },
  };
}

beforeAll(async () => {
  delete process.env.http_proxy;
  delete process.env.HTTP_PROXY;
  clock = new Date();
  w = createWorld(clock, { content: true });
  await serve();
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('cloud API 3.0 with the official Node SDK', () => {
  let signId: number;
  let templateId: string;

  it('adds a signature and a template, which the reviewer approves', async () => {
    const qualificationId = w.db.get<{ id: number }>(
      sql`select id from qualifications where status = 'approved' limit 1`,
    ).id;
    const sign = await client().AddSmsSign({
      SignName: '云测试',
      SignType: 0,
      DocumentType: 0,
      International: 0,
      SignPurpose: 0,
      ProofImage: Buffer.from(PNG).toString('base64'),
      QualificationId: qualificationId,
      Remark: 'API test',
    });
    signId = sign.AddSignStatus!.SignId;
    expect(signId).toBeGreaterThan(0);
    expect(sign.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    const tpl = await client().AddSmsTemplate({
      TemplateName: 'API code',
      TemplateContent: 'Your code is {1}, valid for {2} minutes.',
      SmsType: 3,
      International: 0,
      Remark: 'login',
    });
    templateId = tpl.AddTemplateStatus!.TemplateId;
    expect(typeof templateId).toBe('string');

    let list = await client().DescribeSmsSignList({ International: 0, SignIdSet: [signId] });
    expect(list.DescribeSignListStatusSet![0]).toMatchObject({
      SignId: signId,
      SignName: '云测试',
      StatusCode: 1,
      QualificationStatusCode: 1,
    });
    approve(w, 'signature', signId);
    approve(w, 'template', Number(templateId));
    list = await client().DescribeSmsSignList({ International: 0, SignIdSet: [signId] });
    expect(list.DescribeSignListStatusSet![0].StatusCode).toBe(0);
    const templates = await client().DescribeSmsTemplateList({ International: 0, TemplateIdSet: [Number(templateId)] });
    expect(templates.DescribeTemplateStatusSet![0]).toMatchObject({
      TemplateId: Number(templateId),
      StatusCode: 0,
      TemplateContent: 'Your code is {1}, valid for {2} minutes.',
    });
  });

  it('modifies and deletes content through the same verbs (pending only; unknown ids refused)', async () => {
    const tpl = await client().AddSmsTemplate({
      TemplateName: 'Draft',
      TemplateContent: 'Draft {1}',
      SmsType: 2,
      International: 0,
      Remark: 'x',
    });
    const id = Number(tpl.AddTemplateStatus!.TemplateId);
    const modified = await client().ModifySmsTemplate({
      TemplateId: id,
      TemplateName: 'Draft 2',
      TemplateContent: 'Draft two {1}',
      SmsType: 2,
      International: 0,
      Remark: 'x',
    });
    expect(modified.ModifyTemplateStatus!.TemplateId).toBe(id);
    expect(
      await codeOfCall(
        client().ModifySmsTemplate({
          TemplateId: Number(templateId),
          TemplateName: 'x',
          TemplateContent: 'x {1}',
          SmsType: 2,
          International: 0,
          Remark: 'x',
        }),
      ),
    ).toBe('FailedOperation.TemplateAlreadyPassedCheck');
    const deleted = await client().DeleteSmsTemplate({ TemplateId: id });
    expect(deleted.DeleteTemplateStatus!.DeleteStatus).toBe('return successfully');
    expect(await codeOfCall(client().DeleteSmsTemplate({ TemplateId: id }))).toBe('FailedOperation.TemplateIdNotExist');
    expect(await codeOfCall(client().DeleteSmsSign({ SignId: 999_999 }))).toBe('FailedOperation.SignIdNotExist');
    expect(
      await codeOfCall(
        client().AddSmsTemplate({
          TemplateName: 'Bad',
          TemplateContent: 'x',
          SmsType: 9,
          International: 0,
          Remark: 'x',
        }),
      ),
    ).toBe('InvalidParameterValue.InvalidSmsType');
    // The template rules answer with the contract's own codes.
    expect(
      await codeOfCall(
        client().AddSmsTemplate({
          TemplateName: 'Sale',
          TemplateContent: 'Big sale on {1} today!',
          SmsType: 1,
          International: 0,
          Remark: 'x',
        }),
      ),
    ).toBe('InvalidParameterValue.MarketingTemplateWithoutUnsubscribe');
    expect(
      await codeOfCall(
        client().AddSmsTemplate({
          TemplateName: 'Named',
          TemplateContent: 'Hello ${name}, welcome.',
          SmsType: 2,
          International: 0,
          Remark: 'x',
        }),
      ),
    ).toBe('InvalidParameterValue.UnsupportedTemplateVariable');
    const soloKey = createApiKey(w.ctxFor(SOLO));
    expect(
      await codeOfCall(
        client(soloKey.secretId, soloKey.secretKey).AddSmsTemplate({
          TemplateName: 'Sale',
          TemplateContent: 'Sale {1}, reply R to unsubscribe',
          SmsType: 1,
          International: 0,
          Remark: 'x',
        }),
      ),
    ).toBe('FailedOperation.ForbidAddMarketingTemplates');
  });

  it('sends to mainland numbers: per-number SendStatus with Fee, SerialNo, IsoCode and SessionContext', async () => {
    const res = await client().SendSms({
      PhoneNumberSet: ['+8613800000001', '13800000002', '+86123'],
      SmsSdkAppId: APP,
      TemplateId: templateId,
      SignName: '云测试',
      TemplateParamSet: ['123456', '5'],
      SessionContext: 'order-42',
    });
    const [a, b, bad] = res.SendStatusSet!;
    expect(a).toMatchObject({
      PhoneNumber: '+8613800000001',
      Code: 'Ok',
      Message: 'send success',
      Fee: 1,
      IsoCode: 'CN',
      SessionContext: 'order-42',
    });
    expect(a.SerialNo).toMatch(/^\d{4}:\d+$/);
    expect(b).toMatchObject({ PhoneNumber: '+8613800000002', Code: 'Ok', Fee: 1 });
    expect(bad).toMatchObject({
      PhoneNumber: '+86123',
      Code: 'InvalidParameterValue.IncorrectPhoneNumber',
      Fee: 0,
      SerialNo: '',
    });
    // The same pipeline as console tasks: records and billing exist for each number.
    const rows = w.db.all<{ status: string; billable: number; session_context: string }>(
      sql`select status, billable, session_context from messages where task_id is null order by id`,
    );
    expect(rows.map((r) => r.status)).toEqual(['submitted', 'submitted', 'failed']);
    expect(rows.every((r) => r.session_context === 'order-42')).toBe(true);
  });

  it('a number given twice is sent once and both entries are answered', async () => {
    const before = w.db.get<{ n: number }>(sql`select count(*) as n from messages`).n;
    const res = await client().SendSms({
      PhoneNumberSet: ['+8613800000077', '13800000077'],
      SmsSdkAppId: APP,
      TemplateId: templateId,
      SignName: '云测试',
      TemplateParamSet: ['123456', '5'],
    });
    const [first, repeat] = res.SendStatusSet!;
    expect(first).toMatchObject({ PhoneNumber: '+8613800000077', Code: 'Ok', Fee: 1 });
    expect(repeat).toMatchObject({ PhoneNumber: '+8613800000077', Code: 'Ok', Fee: 0, SerialNo: first.SerialNo });
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from messages`).n).toBe(before + 1);
  });

  it('reports per-number failures with the contract codes (parameter count, frequency, signature)', async () => {
    const res = await client().SendSms({
      PhoneNumberSet: ['+8613800000003'],
      SmsSdkAppId: APP,
      TemplateId: templateId,
      SignName: '云测试',
      TemplateParamSet: ['123456'],
    });
    expect(res.SendStatusSet![0]).toMatchObject({
      Code: 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate',
      Message: 'request content does not match the template content',
    });
    const again = await client().SendSms({
      PhoneNumberSet: ['+8613800000001'],
      SmsSdkAppId: APP,
      TemplateId: templateId,
      SignName: '云测试',
      TemplateParamSet: ['123456', '5'],
    });
    expect(again.SendStatusSet![0].Code).toBe('LimitExceeded.PhoneNumberThirtySecondLimit');
    const unsigned = await client().SendSms({
      PhoneNumberSet: ['+8613800000004'],
      SmsSdkAppId: APP,
      TemplateId: templateId,
      SignName: 'NoSuchSign',
      TemplateParamSet: ['1', '2'],
    });
    expect(unsigned.SendStatusSet![0].Code).toBe('FailedOperation.SignatureIncorrectOrUnapproved');
  });

  it('sends to international numbers with an international template, and refuses mixing', async () => {
    const intl = w.db.get<{ id: number }>(sql`select id from templates where name = 'Global notice'`);
    const res = await client().SendSms({
      PhoneNumberSet: ['+447400123456', '+85261234567'],
      SmsSdkAppId: APP,
      TemplateId: String(intl.id),
      TemplateParamSet: ['A-1'],
    });
    expect(res.SendStatusSet!.map((s) => [s.Code, s.IsoCode, s.Fee])).toEqual([
      ['Ok', 'GB', 1],
      ['Ok', 'HK', 1],
    ]);
    expect(
      await codeOfCall(
        client().SendSms({
          PhoneNumberSet: ['+447400123456', '+8613800000005'],
          SmsSdkAppId: APP,
          TemplateId: String(intl.id),
        }),
      ),
    ).toBe('UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber');
    expect(
      await codeOfCall(
        client().SendSms({ PhoneNumberSet: ['+8613800000005'], SmsSdkAppId: APP, TemplateId: String(intl.id) }),
      ),
    ).toBe('UnsupportedOperation.GlobalTemplateToChineseMainlandPhone');
    expect(
      await codeOfCall(
        client().SendSms({ PhoneNumberSet: ['+447400123456'], SmsSdkAppId: APP, TemplateId: templateId }),
      ),
    ).toBe('UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone');
    expect(await codeOfCall(client().SendSms({ PhoneNumberSet: [], SmsSdkAppId: APP, TemplateId: templateId }))).toBe(
      'MissingParameter.EmptyPhoneNumberSet',
    );
    const many = Array.from({ length: 201 }, (_, i) => `+86138${String(i).padStart(8, '0')}`);
    expect(await codeOfCall(client().SendSms({ PhoneNumberSet: many, SmsSdkAppId: APP, TemplateId: templateId }))).toBe(
      'LimitExceeded.PhoneNumberCountLimit',
    );
    expect(
      await codeOfCall(
        client().SendSms({ PhoneNumberSet: ['+8613800000006'], SmsSdkAppId: '1400999999', TemplateId: templateId }),
      ),
    ).toBe('InvalidParameterValue.SdkAppIdNotExist');
  });

  it('R-APP-6: sendable countries answer LimitExceeded.AppCountryOrRegionInBlacklist and …DailyLimit', async () => {
    const intl = w.db.get<{ id: number }>(sql`select id from templates where name = 'Global notice'`);
    const owner = w.ctxFor(OWNER, { now: clock });
    saveAppCountry(owner, APP, 'add', parseInput(appCountryInput, { country: 'HK', dailyAlarm: '', dailyLimit: '1' }));
    const res = await client().SendSms({
      PhoneNumberSet: ['+447400123457', '+85261234501', '+85261234502'],
      SmsSdkAppId: APP,
      TemplateId: String(intl.id),
      TemplateParamSet: ['A-2'],
    });
    expect(res.SendStatusSet!.map((s) => [s.Code, s.IsoCode])).toEqual([
      ['LimitExceeded.AppCountryOrRegionInBlacklist', 'GB'],
      // HK already received one message today (the test above); its limit is 1.
      ['LimitExceeded.AppCountryOrRegionDailyLimit', 'HK'],
      ['LimitExceeded.AppCountryOrRegionDailyLimit', 'HK'],
    ]);
    deleteAppCountry(owner, APP, 'HK');
    const after = await client().SendSms({
      PhoneNumberSet: ['+447400123458'],
      SmsSdkAppId: APP,
      TemplateId: String(intl.id),
      TemplateParamSet: ['A-3'],
    });
    expect(after.SendStatusSet![0].Code).toBe('Ok');
  });

  it('pulls each delivery report once after the simulator reports, and by phone number in a window', async () => {
    clock = new Date(clock.getTime() + 10_000);
    applyDueReceipts(w.db, clock);
    const first = await client().PullSmsSendStatus({ Limit: 100, SmsSdkAppId: APP });
    const reports = first.PullSmsSendStatusSet!;
    const serials = w.db
      .all<{ serial_no: string }>(sql`select serial_no from messages where task_id is null and receipt_at is not null`)
      .map((r) => r.serial_no);
    expect(reports.map((r) => r.SerialNo).sort()).toEqual(serials.sort());
    expect(reports.length).toBeGreaterThan(0);
    const withContext = w.db.get<{ n: number }>(
      sql`select count(*) as n from messages where session_context = 'order-42' and receipt_at is not null`,
    ).n;
    expect(withContext).toBeGreaterThan(0);
    expect(reports.filter((r) => r.SessionContext === 'order-42')).toHaveLength(withContext);
    const mainland = reports.find((r) => r.SessionContext === 'order-42')!;
    expect(mainland).toMatchObject({ CountryCode: '86', SubscriberNumber: mainland.PhoneNumber!.slice(3) });
    expect(reports.every((r) => ['SUCCESS', 'FAIL'].includes(r.ReportStatus!))).toBe(true);
    const second = await client().PullSmsSendStatus({ Limit: 100, SmsSdkAppId: APP });
    expect(second.PullSmsSendStatusSet).toEqual([]);
    const one = reports[0];
    const byPhone = await client().PullSmsSendStatusByPhoneNumber({
      BeginTime: Math.floor(clock.getTime() / 1000) - 3600,
      Offset: 0,
      Limit: 10,
      PhoneNumber: one.PhoneNumber!,
      SmsSdkAppId: APP,
    });
    expect(byPhone.PullSmsSendStatusSet!.map((r) => r.SerialNo)).toContain(one.SerialNo);
    expect(await codeOfCall(client().PullSmsSendStatus({ Limit: 101, SmsSdkAppId: APP }))).toBe(
      'InvalidParameterValue.LimitVerifyFail',
    );
    expect(
      await codeOfCall(
        client().PullSmsSendStatusByPhoneNumber({
          BeginTime: Math.floor(clock.getTime() / 1000) - 8 * 86_400,
          Offset: 0,
          Limit: 10,
          PhoneNumber: one.PhoneNumber!,
          SmsSdkAppId: APP,
        }),
      ),
    ).toBe('InvalidParameterValue.BeginTimeVerifyFail');
    const replies = await client().PullSmsReplyStatus({ Limit: 100, SmsSdkAppId: APP });
    expect(Array.isArray(replies.PullSmsReplyStatusSet)).toBe(true);
  });

  it('answers the statistics and package actions from the same rollups as the console', async () => {
    const hour = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 13).replace(/[-T]/g, '');
    const range = {
      BeginTime: hour(new Date(clock.getTime() - 3_600_000)),
      EndTime: hour(clock),
      SmsSdkAppId: APP,
      Limit: 0,
      Offset: 0,
    };
    const send = await client().SendStatusStatistics(range);
    const counts = w.db.get<{ n: number; ok: number; fee: number }>(
      sql`select count(*) as n, sum(status != 'failed') as ok, sum(billable) as fee from messages where application_id = (select id from applications where sdk_app_id = ${APP})`,
    );
    expect(send.SendStatusStatistics).toEqual({
      FeeCount: counts.fee,
      RequestCount: counts.n,
      RequestSuccessCount: counts.ok,
    });
    const receipts = await client().CallbackStatusStatistics(range);
    expect(receipts.CallbackStatusStatistics!.CallbackCount).toBe(
      receipts.CallbackStatusStatistics!.CallbackSuccessCount! + receipts.CallbackStatusStatistics!.CallbackFailCount!,
    );
    const day = hour(clock).slice(0, 8);
    const pkgs = await client().SmsPackagesStatistics({
      SmsSdkAppId: APP,
      Limit: 10,
      Offset: 0,
      BeginTime: `${day}00`,
      EndTime: `${day}23`,
    });
    const total = pkgs.SmsPackagesStatisticsSet!;
    expect(total.map((p) => [p.PackageType, p.PackageAmount]).sort()).toEqual([
      [0, 1000],
      [1, 10000],
    ]);
    expect(total.reduce((s, p) => s + p.CurrentUsage!, 0)).toBe(
      counts.fee -
        w.db.get<{ f: number }>(
          sql`select coalesce(sum(billable), 0) as f from messages where region = 'international'`,
        ).f,
    );
    expect(await codeOfCall(client().SendStatusStatistics({ ...range, BeginTime: '2026-11-22' }))).toBe(
      'InvalidParameterValue.BeginTimeVerifyFail',
    );
  });

  it('describes phone numbers with the SendSms parser', async () => {
    const res = await client().DescribePhoneNumberInfo({ PhoneNumberSet: ['13800000001', '+447400123456', 'abc'] });
    expect(res.PhoneNumberInfoSet).toEqual([
      {
        Code: 'Ok',
        Message: 'success',
        NationCode: '86',
        SubscriberNumber: '13800000001',
        PhoneNumber: '+8613800000001',
        IsoCode: 'CN',
        IsoName: 'China',
      },
      {
        Code: 'Ok',
        Message: 'success',
        NationCode: '44',
        SubscriberNumber: '7400123456',
        PhoneNumber: '+447400123456',
        IsoCode: 'GB',
        IsoName: 'United Kingdom',
      },
      {
        Code: 'FailedOperation.PhoneNumberParseFail',
        Message: 'the number could not be parsed',
        NationCode: '',
        SubscriberNumber: '',
        PhoneNumber: 'abc',
        IsoCode: 'DEF',
        IsoName: '',
      },
    ]);
  });
});

describe('cloud API authentication and isolation', () => {
  it('verifies the SDK signature with the host with or without its port and any endpoint service', async () => {
    expect(
      await codeOfCall(
        client(undefined, undefined, `localhost:${port}`).DescribePhoneNumberInfo({ PhoneNumberSet: ['13800000001'] }),
      ),
    ).toBe('OK');
    expect(
      await codeOfCall(
        client(undefined, undefined, `localhost:${port}/api/v3`).DescribePhoneNumberInfo({
          PhoneNumberSet: ['13800000001'],
        }),
      ),
    ).toBe('OK');
  });

  it('gives each broken credential its contract code', async () => {
    expect(
      await codeOfCall(
        client(DEMO_API_KEY.secretId, 'WrongSecretKey000000000000000000').DescribePhoneNumberInfo({
          PhoneNumberSet: [],
        }),
      ),
    ).toBe('AuthFailure.SignatureFailure');
    expect(await codeOfCall(client('AKIDUNKNOWN', 'x').DescribePhoneNumberInfo({ PhoneNumberSet: [] }))).toBe(
      'AuthFailure.SecretIdNotFound',
    );
    const body = '{"PhoneNumberSet":["13800000001"]}';
    const stale = await rawCall({ body, timestamp: Math.floor(clock.getTime() / 1000) - 301 });
    expect(stale.json.Response.Error?.Code).toBe('AuthFailure.SignatureExpire');
    const tampered = await rawCall({ body: '{"PhoneNumberSet":["13800000002"]}', signBody: body });
    expect(tampered.json.Response.Error?.Code).toBe('AuthFailure.SignatureFailure');
    const ok = await rawCall({ body });
    expect(ok.status).toBe(200);
    expect(ok.trace).toBe('trace-123');
    expect(ok.json.Response.Error).toBeUndefined();
    expect((await rawCall({ body, version: '2019-07-11' })).json.Response.Error?.Code).toBe('NoSuchVersion');
    expect((await rawCall({ body, action: 'ReportConformity' })).json.Response.Error?.Code).toBe('InvalidAction');
    expect((await rawCall({ body: '{"PhoneNumberSet":', signBody: undefined })).json.Response.Error?.Code).toBe(
      'FailedOperation.JsonParseFail',
    );
    const missing = await rawCall({ body: '{}' });
    expect(missing.json.Response.Error).toEqual({
      Code: 'MissingParameter',
      Message: 'The request is missing a required parameter `PhoneNumberSet`.',
    });
    expect((await rawCall({ body: '{"PhoneNumberSet":["1"],"Foo":1}' })).json.Response.Error?.Code).toBe(
      'UnknownParameter',
    );
    expect((await rawCall({ body: '{"PhoneNumberSet":[1]}' })).json.Response.Error).toEqual({
      Code: 'InvalidParameter',
      Message: 'Parameter `PhoneNumberSet.0` type error.',
    });
    const malformed = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { authorization: 'SKIP', 'x-tc-action': 'SendSms' },
      body: '{}',
    });
    expect(((await malformed.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code).toBe(
      'AuthFailure.InvalidAuthorization',
    );
  });

  it('answers in Chinese unless en-US is asked for', async () => {
    const err = await client(DEMO_API_KEY.secretId, DEMO_API_KEY.secretKey, `127.0.0.1:${port}`, 'zh-CN')
      .SendSms({ PhoneNumberSet: [], SmsSdkAppId: APP, TemplateId: '1' })
      .catch((e: Error) => e);
    expect((err as Error).message).toBe('手机号列表为空。');
  });

  it("never lets one account's key reach another account's data", async () => {
    const solo = createApiKey(w.ctxFor(SOLO));
    const soloClient = client(solo.secretId, solo.secretKey);
    expect(
      await codeOfCall(
        soloClient.SendSms({
          PhoneNumberSet: ['+8613800000009'],
          SmsSdkAppId: APP,
          TemplateId: '1',
          SignName: '演示科技',
        }),
      ),
    ).toBe('UnauthorizedOperation.SmsSdkAppIdVerifyFail');
    expect(await codeOfCall(soloClient.PullSmsSendStatus({ Limit: 10, SmsSdkAppId: APP }))).toBe(
      'UnauthorizedOperation.SmsSdkAppIdVerifyFail',
    );
    const signs = await soloClient.DescribeSmsSignList({ International: 0, Limit: 100, Offset: 0 });
    expect(signs.DescribeSignListStatusSet).toEqual([]);
    const demoSign = w.db.get<{ id: number }>(
      sql`select id from signatures where account_id = (select account_id from users where email = ${OWNER}) limit 1`,
    );
    expect(await codeOfCall(soloClient.DeleteSmsSign({ SignId: demoSign.id }))).toBe('FailedOperation.SignIdNotExist');
    // The request log is per account: the owner sees no call of the solo key.
    expect(listApiRequests(w.ctxFor(OWNER), { limit: 200 }).some((r) => r.secretId === solo.secretId)).toBe(false);
    expect(listApiRequests(w.ctxFor(SOLO)).map((r) => r.code)).toContain('UnauthorizedOperation.SmsSdkAppIdVerifyFail');
    revokeApiKey(w.ctxFor(SOLO), solo.id);
    expect(await codeOfCall(soloClient.DescribeSmsSignList({ International: 0 }))).toBe('AuthFailure.SecretIdNotFound');
  });

  it('rate-limits each key and logs every call with its result code', async () => {
    limiter = new RateLimiter(2);
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push(await codeOfCall(client().DescribePhoneNumberInfo({ PhoneNumberSet: ['13800000001'] })));
    expect(codes).toEqual(['OK', 'OK', 'RequestLimitExceeded']);
    limiter = new RateLimiter(1000);
    const log = listApiRequests(w.ctxFor(OWNER), { limit: 3 });
    expect(log.map((r) => [r.action, r.code])).toEqual([
      ['DescribePhoneNumberInfo', 'RequestLimitExceeded'],
      ['DescribePhoneNumberInfo', 'Ok'],
      ['DescribePhoneNumberInfo', 'Ok'],
    ]);
  });

  it('logs bad signatures against the key, unknown keys in the operation log, and slows an address that keeps failing', async () => {
    limiter = new RateLimiter(3);
    const body = JSON.stringify({ PhoneNumberSet: ['13800000001'] });
    const bad = await rawCall({ action: 'DescribePhoneNumberInfo', body, secretKey: 'not-the-secret' });
    expect(bad.json.Response.Error!.Code).toBe('AuthFailure.SignatureFailure');
    expect(listApiRequests(w.ctxFor(OWNER), { limit: 1 }).map((r) => [r.action, r.code])).toEqual([
      ['DescribePhoneNumberInfo', 'AuthFailure.SignatureFailure'],
    ]);
    const unknown = await codeOfCall(
      client('AKIDUNKNOWN0000000000000000000000000', 'x').DescribePhoneNumberInfo({ PhoneNumberSet: ['13800000001'] }),
    );
    expect(unknown).toBe('AuthFailure.SecretIdNotFound');
    expect(
      w.db.all(
        sql`select actor, via, action, result from operation_log where action = 'CloudApiAuthFailed' order by id desc limit 1`,
      ),
    ).toEqual([
      {
        actor: 'SecretId AKIDUNKNOWN0000000000000000000000000',
        via: 'api',
        action: 'CloudApiAuthFailed',
        result: 'AuthFailure.SecretIdNotFound',
      },
    ]);
    // The third failure from this address uses up its budget: even a good call waits.
    await rawCall({ action: 'DescribePhoneNumberInfo', body, secretKey: 'still-wrong' });
    expect(await codeOfCall(client().DescribePhoneNumberInfo({ PhoneNumberSet: ['13800000001'] }))).toBe(
      'RequestLimitExceeded',
    );
    limiter = new RateLimiter(1000);
    expect(await codeOfCall(client().DescribePhoneNumberInfo({ PhoneNumberSet: ['13800000001'] }))).toBe('OK');
  });
});

describe('callbacks (R-APP-9, R-RPL-1, CLOUD-API §6)', () => {
  it('pushes delivery reports as a JSON array to the application URL, retrying when the receiver fails', async () => {
    const received: { body: unknown }[] = [];
    let fails = 1;
    const receiver = http.createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      received.push({ body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      if (fails-- > 0) {
        res.writeHead(500).end('down');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"result":0,"errmsg":"OK"}');
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/sms/status`;
    process.env.CALLBACK_ALLOW_PRIVATE = '1'; // the receiver is on loopback (callbacks refuse private targets by default)
    await setStatusCallbackUrl(w.ctxFor(OWNER), APP, parseInput(callbackUrlInput, { url }));
    await setReplyCallbackUrl(w.ctxFor(OWNER), parseInput(callbackUrlInput, { url }));

    const store = w.db.get<{ id: number }>(sql`select id from templates where name = 'Store notice'`);
    const res = await client().SendSms({
      PhoneNumberSet: ['+8613900000001', '+8613900000002'],
      SmsSdkAppId: APP,
      TemplateId: String(store.id),
      SignName: '演示科技',
    });
    const sent = res.SendStatusSet!.filter((s) => s.Code === 'Ok');
    expect(sent.length).toBeGreaterThan(0);
    clock = new Date(clock.getTime() + 10_000);
    applyDueReceipts(w.db, clock);
    const receipted = w.db.get<{ n: number }>(
      sql`select count(*) as n from messages where serial_no in (${sql.join(
        sent.map((s) => sql`${s.SerialNo}`),
        sql`, `,
      )}) and receipt_at is not null`,
    ).n;

    expect(await deliverDueCallbacks(w.db, clock)).toBe(1);
    let [delivery] = listCallbackDeliveries(w.ctxFor(OWNER), { kind: 'status' });
    expect(delivery).toMatchObject({ state: 'pending', attempts: 1, lastHttpStatus: 500 });
    expect(await deliverDueCallbacks(w.db, new Date(clock.getTime() + 5_000))).toBe(0); // backoff: not yet
    expect(await deliverDueCallbacks(w.db, new Date(clock.getTime() + 10_000))).toBe(1);
    [delivery] = listCallbackDeliveries(w.ctxFor(OWNER), { kind: 'status' });
    expect(delivery).toMatchObject({ state: 'delivered', attempts: 2, lastHttpStatus: 200, lastError: null });

    const body = received.at(-1)!.body as Record<string, string>[];
    expect(Array.isArray(body)).toBe(true);
    expect(body).toHaveLength(receipted);
    expect(Object.keys(body[0]).sort()).toEqual([
      'description',
      'errmsg',
      'mobile',
      'nationcode',
      'report_status',
      'sid',
      'user_receive_time',
    ]);
    expect(body[0].nationcode).toBe('86');
    expect(body[0].user_receive_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(sent.map((s) => s.SerialNo)).toContain(body[0].sid);

    // A reply is one JSON object, pushed when it arrives.
    const raw = w.db.$client;
    queueReplyCallback(
      raw,
      {
        accountId: delivery.accountId,
        applicationId: delivery.applicationId!,
        phone: '+8613900000001',
        sign: '演示科技',
        text: 'TD',
        receivedAt: clock.getTime() + 20_000,
      },
      clock,
    );
    fails = 0;
    expect(await deliverDueCallbacks(w.db, new Date(clock.getTime() + 20_000))).toBe(1);
    expect(received.at(-1)!.body).toEqual({
      extend: '',
      mobile: '13900000001',
      nationcode: '86',
      sign: '演示科技',
      text: 'TD',
      time: Math.floor((clock.getTime() + 20_000) / 1000),
    });
    await new Promise<void>((r) => receiver.close(() => r()));
    delete process.env.CALLBACK_ALLOW_PRIVATE;
  });

  it('gives up after three attempts and keeps the last error visible', async () => {
    const raw = w.db.$client;
    const appId = w.db.get<{ id: number }>(sql`select id from applications where sdk_app_id = ${APP}`).id;
    const accountId = w.db.get<{ id: number }>(
      sql`select account_id as id from applications where sdk_app_id = ${APP}`,
    ).id;
    process.env.CALLBACK_ALLOW_PRIVATE = '1';
    await setReplyCallbackUrl(
      w.ctxFor(OWNER),
      parseInput(callbackUrlInput, { url: 'http://127.0.0.1:9/nothing-listens' }),
    );
    queueReplyCallback(
      raw,
      {
        accountId,
        applicationId: appId,
        phone: '+8613900000003',
        sign: '演示科技',
        text: 'hi',
        receivedAt: clock.getTime(),
      },
      clock,
    );
    let t = clock.getTime();
    for (const step of [0, 10_000, 60_000]) {
      t += step;
      expect(await deliverDueCallbacks(w.db, new Date(t))).toBe(1);
    }
    const [last] = listCallbackDeliveries(w.ctxFor(OWNER), { kind: 'reply' });
    expect(last).toMatchObject({ state: 'failed', attempts: 3 });
    expect(last.lastError).toMatch(/connection failed/);
    expect(await deliverDueCallbacks(w.db, new Date(t + 3_600_000))).toBe(0);
    delete process.env.CALLBACK_ALLOW_PRIVATE;
  });

  it('refuses a callback URL that is not http(s) and changes nothing', async () => {
    expect(() => parseInput(callbackUrlInput, { url: 'ftp://x' })).toThrow(/highlighted fields/);
    expect(
      await codeOfCall(setStatusCallbackUrl(w.ctxFor(SOLO), APP, parseInput(callbackUrlInput, { url: 'http://x' }))),
    ).toBe('NOT_FOUND');
    expect(
      w.db.get<{ url: string }>(sql`select status_callback_url as url from applications where sdk_app_id = ${APP}`).url,
    ).toMatch(/^http:\/\/127\.0\.0\.1/);
  });
});
