// The official SDK, unmodified, against the running console (POST / and /api/v3/), the
// API Keys page (create, secret shown once, request log, revoke) and the status callback.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-sms';
import { LOGINS, pageAs, snap } from './fixtures';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const DEMO = { secretId: 'AKIDDEMO00000000000000000000000000', secretKey: 'DemoSecretKey00000000000000000000' };
const APP = '1400100001';

function sdk(key = DEMO, endpoint = `localhost:${PORT}`) {
  return new tencentcloud.sms.v20210111.Client({
    credential: key,
    region: 'ap-guangzhou',
    profile: { language: 'en-US', httpProfile: { endpoint, protocol: 'http://', reqTimeout: 20 } },
  });
}

test.beforeAll(() => {
  delete process.env.http_proxy;
  delete process.env.HTTP_PROXY;
});

test('the official SDK sends with the demo key; delivery reports reach the status callback URL', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const received: Record<string, string>[][] = [];
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"result":0,"errmsg":"OK"}');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/sms/status`;

  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto(`/applications/${APP}`);
  await owner.getByLabel('Status callback URL').fill('not a url');
  await owner.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(owner.getByText('Enter an http:// or https:// address')).toBeVisible();
  // The metadata service and loopback names are refused next to the field.
  for (const inside of ['http://169.254.169.254/latest/meta-data/', `http://localhost:${PORT}/api/health`]) {
    await owner.getByLabel('Status callback URL').fill(inside);
    await owner.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(owner.getByText(/inside a private network/)).toBeVisible();
  }
  // 127.0.0.1 is on this test server's CALLBACK_ALLOWED_HOSTS, as an operator would allow an internal receiver.
  await owner.getByLabel('Status callback URL').fill(url);
  await owner.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(owner.getByText('Callback URL saved.')).toBeVisible();
  await expect(owner.getByTestId('callback-secret')).toHaveText(/^whsec_/);

  // POST / with X-TC-Action, exactly what the SDK does by default.
  const templates = await sdk().DescribeSmsTemplateList({ International: 0, Limit: 100, Offset: 0 });
  const store = templates.DescribeTemplateStatusSet!.find((t) => t.TemplateName === 'Store notice')!;
  expect(store.StatusCode).toBe(0);
  const sent = await sdk().SendSms({
    PhoneNumberSet: ['+8613900001001', '+8613900001002', '+8613900001003'],
    SmsSdkAppId: APP,
    TemplateId: String(store.TemplateId),
    SignName: '演示科技',
    SessionContext: 'e2e',
  });
  expect(sent.SendStatusSet!.map((s) => s.Code)).toEqual(['Ok', 'Ok', 'Ok']);
  const serials = sent.SendStatusSet!.map((s) => s.SerialNo);

  // The endpoint with a path, as some integrations configure it (the SDK adds a trailing slash).
  const info = await sdk(DEMO, `localhost:${PORT}/api/v3`).DescribePhoneNumberInfo({
    PhoneNumberSet: ['+85261234567'],
  });
  expect(info.PhoneNumberInfoSet![0]).toMatchObject({ Code: 'Ok', IsoCode: 'HK', NationCode: '852' });

  await expect
    .poll(() => received.flat().filter((r) => serials.includes(r.sid)).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  const report = received.flat().find((r) => serials.includes(r.sid))!;
  expect(report).toMatchObject({ nationcode: '86', ext: 'e2e' });
  expect(['SUCCESS', 'FAIL']).toContain(report.report_status);

  // The push is marked delivered right after the receiver answers; the page shows it on reload.
  await expect(async () => {
    await owner.reload();
    await expect(owner.getByRole('row', { name: /Delivery reports.*Delivered/ }).first()).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  await snap(owner, 'cloud-api-callbacks');

  // A queue: earlier journeys' receipts come first, 100 at a time, each once.
  const pulled: string[] = [];
  for (let i = 0; i < 50; i++) {
    const page = (await sdk().PullSmsSendStatus({ Limit: 100, SmsSdkAppId: APP })).PullSmsSendStatusSet!;
    pulled.push(...page.map((r) => r.SerialNo!));
    if (page.length < 100) break;
  }
  expect(new Set(pulled).size).toBe(pulled.length);
  expect(pulled.filter((s) => serials.includes(s)).length).toBeGreaterThan(0);
  await new Promise<void>((r) => receiver.close(() => r()));
});

test('API keys: create a key, see its secret once, call with it, read the request log, revoke it', async ({
  browser,
}) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API Keys' }).click();
  const keys = owner.locator('section', { has: owner.getByRole('heading', { name: 'Keys', exact: true }) });
  const log = owner.locator('section', { has: owner.getByRole('heading', { name: 'Request Log' }) });
  await expect(keys.getByRole('row', { name: new RegExp(DEMO.secretId) })).toContainText('Demo data');
  await expect(log.getByRole('row', { name: /SendSms/ }).first()).toContainText('Ok');

  await owner.getByRole('button', { name: 'Create Key' }).click();
  const secretId = (await owner.getByTestId('new-secret-id').textContent())!.trim();
  const secretKey = (await owner.getByTestId('new-secret-key').textContent())!.trim();
  expect(secretId).toMatch(/^AKID[A-Za-z0-9]{32}$/);
  expect(secretKey).toHaveLength(32);
  await snap(owner, 'cloud-api-key-created');
  await owner.getByRole('button', { name: 'I have copied it' }).click();
  // Shown once: the list keeps only its last four characters.
  await expect(owner.getByText(secretKey)).toHaveCount(0);
  await expect(keys.getByRole('row', { name: new RegExp(secretId) })).toContainText(`****${secretKey.slice(-4)}`);

  const res = await sdk({ secretId, secretKey }).DescribeSmsSignList({ International: 0, Limit: 10, Offset: 0 });
  expect(res.DescribeSignListStatusSet!.map((s) => s.SignName)).toContain('演示科技');
  await owner.reload();
  await expect(log.getByRole('row', { name: new RegExp(`${secretId}.*DescribeSmsSignList`) })).toContainText('Ok');
  await snap(owner, 'cloud-api-keys');

  await keys
    .getByRole('row', { name: new RegExp(secretId) })
    .getByRole('button', { name: 'Revoke' })
    .click();
  await owner.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
  await expect(keys.getByRole('row', { name: new RegExp(secretId) })).toHaveCount(0);
  const err = await sdk({ secretId, secretKey })
    .DescribeSmsSignList({ International: 0 })
    .catch((e: { code?: string }) => e);
  expect((err as { code?: string }).code).toBe('AuthFailure.SecretIdNotFound');

  // Another account never sees this account's keys or calls.
  const solo = await pageAs(browser, LOGINS.solo);
  await solo.goto('/api-keys');
  await expect(solo.getByText(DEMO.secretId)).toHaveCount(0);
  await expect(solo.getByText('No API calls yet.')).toBeVisible();
});
