// R-APP-10: an alarm contact gets e-mails in a real SMTP server on loopback (npm run smtp-sink)
// when a template is approved and when the application's daily alarm value is reached.
import { expect, test, type Page } from '@playwright/test';
import { LOGINS, pageAs, signIn, snap } from './fixtures';
import { expectMail, mailsTo } from './mail';

async function chooseTemplate(page: Page, name: string) {
  const select = page.getByLabel('Template', { exact: true });
  await select.selectOption((await select.locator('option', { hasText: name }).first().getAttribute('value'))!);
}

test('alarm contact: added on a new application, e-mailed on a template approval and on the daily alarm value', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const owner = await pageAs(browser, LOGINS.owner);
  const email = `alarms-${Date.now()}@example.com`;

  // A new application of its own, so that its alarm value touches no other journey.
  await owner.goto('/applications');
  await owner.getByRole('button', { name: 'Create Application' }).click();
  const create = owner.getByRole('dialog', { name: 'Create Application' });
  await create.getByLabel('Application Name').fill('Alarm App');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Alarm App' })).toBeVisible();
  const sdkAppId = owner.url().split('/').pop()!;

  // Add an alarm contact; a bad phone is refused next to the field.
  await owner.getByRole('button', { name: 'Add alarm contact' }).click();
  const dialog = owner.getByRole('dialog', { name: 'Add alarm contact' });
  await dialog.getByLabel('Name').fill('On-call');
  await dialog.getByLabel('Phone (with country code)').fill('12345');
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter a mobile number with its country code, e.g. +8613800138000.')).toBeVisible();
  await dialog.getByLabel('Phone (with country code)').fill('+8613900000777');
  await dialog.getByLabel('Package alarm').uncheck();
  await dialog.getByRole('button', { name: 'Save' }).click();
  const row = owner.getByRole('row', { name: /On-call/ });
  await expect(row).toContainText('139****0777');
  await expect(row).toContainText(email);

  // The daily alarm value of this application: 2 mainland messages.
  await owner.getByLabel('Mainland daily alarm value').fill('2');
  await owner.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(owner.getByText('Settings saved.', { exact: false })).toBeVisible();
  await snap(owner, 'alarms-contacts');

  // A template approval reaches the contact by e-mail.
  await owner.goto('/mainland/templates/new');
  await owner.getByLabel('Template Name').fill('Alarm notice');
  await owner.getByLabel('SMS Type').selectOption('notification');
  await owner.getByLabel('SMS Content').fill('Your appointment is confirmed for tomorrow.');
  await owner.getByRole('button', { name: 'Confirm' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Body template Alarm notice' })).toBeVisible();
  const reviewer = await pageAs(browser, LOGINS.reviewer);
  await reviewer.goto('/review');
  await reviewer
    .getByRole('row', { name: /Alarm notice/ })
    .getByRole('link', { name: 'Review' })
    .click();
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer).toHaveURL(/\/review\?decided=approved/);
  await expectMail(email, '[SMS Console] 正文模板 Alarm notice 已通过 | Body template Alarm notice approved');

  // Three messages from the application cross its alarm value of 2: one e-mail.
  await owner.goto('/mainland/tasks/new');
  await owner.getByLabel('Application').selectOption(sdkAppId);
  await chooseTemplate(owner, 'Alarm notice');
  await owner.getByLabel('Enter numbers').check();
  await owner.getByLabel('Numbers, one per line (at most 100)').fill('13700000701\n13700000702\n13700000703');
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByTestId('report-valid-numbers')).toHaveText('3');
  await owner.getByLabel(/sending costs are paid by my account/).check();
  await owner.getByRole('button', { name: 'Confirm Send' }).click();
  await expect(owner.getByText('Sent', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await expectMail(
    email,
    '[SMS Console] Alarm App：国内短信已达每日告警值 | Alarm App: daily mainland alarm value reached',
  );
  expect((await mailsTo(email)).length).toBe(2);

  // The admin sees the alarms, the SMS among them sent by the platform sender.
  const admin = await browser.newPage();
  await signIn(admin, LOGINS.admin);
  await admin.goto('/admin/alarms');
  await expect(
    admin.getByRole('row', {
      name: new RegExp(`${email.replace(/[.]/g, '\\.')}.*Alarm App: daily mainland alarm value reached.*Sent`),
    }),
  ).toBeVisible();
  // The alarm SMS to a mainland number reads in Chinese (R-UI-4).
  await expect(admin.getByRole('row', { name: /139\*\*\*\*0777.*Alarm App：国内短信已达每日告警值/ })).toBeVisible();
  await snap(admin, 'alarms-admin');
});
