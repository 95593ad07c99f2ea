import { expect, test } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { LOGINS, pageAs, signIn, snap } from './fixtures';

// The attacker's findings, as a person (or a script with a browser) would try them.

test('without JavaScript the login form still POSTs: the password never lands in a URL', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const seen: { method: string; url: string }[] = [];
  page.on('request', (r) => seen.push({ method: r.method(), url: r.url() }));
  await page.goto('/login');
  await page.getByLabel('Email').fill(LOGINS.owner.email);
  await page.getByLabel('Password').fill(LOGINS.owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/overview$/);
  expect(
    seen.some((r) => r.url.includes('password') || r.url.includes(encodeURIComponent(LOGINS.owner.password))),
  ).toBe(false);
  expect(seen.find((r) => r.url.endsWith('/login') && r.method === 'POST')).toBeTruthy();
  await context.close();
});

test('a captured session cookie stops working after sign-out; a wrong-password streak is throttled', async ({
  browser,
}) => {
  const owner = await pageAs(browser, LOGINS.owner);
  const stolen = await owner.context().cookies();
  await owner.getByRole('button', { name: /Account owner/ }).click();
  await owner.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(owner).toHaveURL(/\/login/);
  const attacker = await browser.newContext();
  await attacker.addCookies(stolen);
  const page = await attacker.newPage();
  await page.goto('/overview');
  await expect(page).toHaveURL(/\/login/);
  expect((await page.request.get('/api/tasks/1/progress')).status()).toBe(401);

  // Five wrong passwords for one login; the sixth attempt waits, even with the right password.
  const login = await browser.newPage();
  await login.goto('/login');
  for (let i = 0; i < 5; i++) {
    await login.getByLabel('Email').fill('finance@sms.local');
    await login.getByLabel('Password').fill(`wrong-${i}`);
    await login.getByRole('button', { name: 'Sign in' }).click();
    // the answer has come back when the form is reset (the password cleared)
    await expect(login.getByLabel('Password')).toHaveValue('');
    await expect(login.locator('form').getByRole('alert')).toHaveText('Wrong email or password.');
  }
  await login.getByLabel('Password').fill(LOGINS.finance.password);
  await login.getByRole('button', { name: 'Sign in' }).click();
  await expect(login.locator('form').getByRole('alert')).toHaveText(/Too many attempts\. Try again in \d+ minutes?\./);
  await snap(login, 'security-throttled');
});

test('two-factor sign-in: enable with a QR code, sign in with a code, then with a recovery code', async ({
  browser,
}) => {
  const solo = await pageAs(browser, LOGINS.solo);
  await solo.getByRole('button', { name: /Account owner/ }).click();
  await solo.getByRole('menuitem', { name: 'Security and sessions' }).click();
  await solo.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(solo.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await solo.getByTestId('totp-secret').textContent())!.trim();
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  await solo.getByLabel(/Enter the 6-digit code/).fill('000000' === totp.generate() ? '111111' : '000000');
  await solo.getByRole('button', { name: 'Turn on' }).click();
  await expect(solo.getByText(/That code is not right/)).toBeVisible();
  await snap(solo, 'security-2fa-setup');
  await solo.getByLabel(/Enter the 6-digit code/).fill(totp.generate());
  await solo.getByRole('button', { name: 'Turn on' }).click();
  await expect(solo.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
  const codes = (await solo.getByTestId('recovery-codes').locator('li').allTextContents()).map((c) => c.trim());
  await snap(solo, 'security-2fa-recovery-codes');
  await solo.getByRole('button', { name: 'I have saved them' }).click();
  await expect(solo.getByText(/Recovery codes left: 10/)).toBeVisible();
  try {
    // Sign in again: the password, then a code.
    const next = await browser.newPage();
    await next.goto('/login');
    await next.getByLabel('Email').fill(LOGINS.solo.email);
    await next.getByLabel('Password').fill(LOGINS.solo.password);
    await next.getByRole('button', { name: 'Sign in' }).click();
    await expect(next.getByLabel('Authentication code')).toBeVisible();
    await snap(next, 'security-2fa-code-step');
    await next.getByLabel('Authentication code').fill(totp.generate());
    await next.getByRole('button', { name: 'Verify' }).click();
    await expect(next).toHaveURL(/\/overview$/);
    // And with a recovery code, once.
    const third = await browser.newPage();
    await third.goto('/login');
    await third.getByLabel('Email').fill(LOGINS.solo.email);
    await third.getByLabel('Password').fill(LOGINS.solo.password);
    await third.getByRole('button', { name: 'Sign in' }).click();
    await third.getByLabel('Authentication code').fill(codes[0]);
    await third.getByRole('button', { name: 'Verify' }).click();
    await expect(third).toHaveURL(/\/overview$/);
    await third.goto('/settings/security');
    await expect(third.getByText(/Recovery codes left: 9/)).toBeVisible();
  } finally {
    // Leave the demo user as it was, even when a step above failed: the first session still works.
    await solo.goto('/settings/security');
    await solo.getByLabel('Password').fill(LOGINS.solo.password);
    await solo.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
    await expect(solo.getByRole('button', { name: 'Set up two-factor sign-in' })).toBeVisible();
  }
});

test('the operation log shows a purchase, a template change and a failed sign-in with who and when', async ({
  browser,
}) => {
  const failed = await browser.newPage();
  await failed.goto('/login');
  await failed.getByLabel('Email').fill(LOGINS.owner.email);
  await failed.getByLabel('Password').fill('not-my-password-1');
  await failed.getByRole('button', { name: 'Sign in' }).click();
  await expect(failed.locator('form').getByRole('alert')).toHaveText('Wrong email or password.');

  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/packages/buy');
  await owner.getByLabel(/I have read and agree/).check();
  await owner.getByRole('button', { name: 'Buy Now' }).click();
  await expect(owner).toHaveURL(/\/packages$/);
  await owner.goto('/mainland/templates/new');
  await owner.getByLabel('Template Name').fill('Audit check');
  await owner.getByLabel('SMS Content').fill('Your code is {1}.');
  await owner.getByRole('button', { name: 'Confirm' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Body template Audit check' })).toBeVisible();

  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operation Log' }).click();
  const row = (action: string) => owner.getByRole('row').filter({ hasText: action }).first();
  await expect(row('CreatePackageOrder')).toContainText('owner@demo.local');
  await expect(row('AddSmsTemplate')).toContainText('OK');
  await expect(row('SignInFailed')).toContainText('owner@demo.local');
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await expect(row('SignInFailed')).toContainText(today);
  await owner.getByLabel('Action').fill('SignInFailed');
  await owner.getByRole('button', { name: 'Query' }).click();
  await expect(owner).toHaveURL(/action=SignInFailed/);
  await expect(owner.getByRole('row').filter({ hasText: 'CreatePackageOrder' })).toHaveCount(0);
  await snap(owner, 'security-operation-log');
  const csv = await owner.request.get('/api/operation-log/export?action=SignInFailed');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('SignInFailed');
  // another account sees none of it
  const solo = await pageAs(browser, LOGINS.solo);
  await solo.goto('/operation-log');
  await expect(solo.getByRole('row').filter({ hasText: 'owner@demo.local' })).toHaveCount(0);
  void signIn;
});
