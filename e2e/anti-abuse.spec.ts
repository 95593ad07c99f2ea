// R-APP-11: a spike of failing verification-code requests raises one anti-abuse alarm, seen on
// Security Settings and received by the alarm contact in the SMTP sink.
import { expect, test, type Page } from '@playwright/test';
import { LOGINS, pageAs, snap } from './fixtures';
import { expectMail, mailsTo, subjectOf } from './mail';

async function sendFile(owner: Page, sdkAppId: string, csv: string) {
  await owner.goto('/mainland/tasks/new');
  await owner.getByLabel('Application').selectOption(sdkAppId);
  const select = owner.getByLabel('Template', { exact: true });
  await select.selectOption(
    (await select.locator('option', { hasText: 'Login verification' }).first().getAttribute('value'))!,
  );
  await owner
    .getByLabel(/Recipient file/)
    .setInputFiles({ name: 'codes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByTestId('report-valid-numbers')).toHaveText('60');
  await owner.getByLabel(/sending costs are paid by my account/).check();
  await owner.getByRole('button', { name: 'Confirm Send' }).click();
  await expect(owner.getByTestId('stat-pending')).toHaveText('0', { timeout: 30_000 });
}

test('captcha spike: 120 verification-code requests, half refused, raise one anti-abuse alarm', async ({ browser }) => {
  test.setTimeout(180_000);
  const owner = await pageAs(browser, LOGINS.owner);
  const email = `security-${Date.now()}@example.com`;
  await owner.goto('/applications');
  await owner.getByRole('button', { name: 'Create Application' }).click();
  const create = owner.getByRole('dialog', { name: 'Create Application' });
  await create.getByLabel('Application Name').fill('Captcha App');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Captcha App' })).toBeVisible();
  const sdkAppId = owner.url().split('/').pop()!;
  // One message per number a day, so that a second send of the same file is refused (1025).
  await owner.getByLabel('Per number, per natural day').fill('1');
  await owner.getByRole('button', { name: 'Save frequency limits' }).click();
  await expect(owner.getByText('Settings saved.', { exact: false })).toBeVisible();
  await owner.getByRole('button', { name: 'Add alarm contact' }).click();
  const dialog = owner.getByRole('dialog', { name: 'Add alarm contact' });
  await dialog.getByLabel('Name').fill('Security');
  await dialog.getByLabel('Phone (with country code)').fill('+8613900000888');
  await dialog.getByLabel('E-mail').fill(email);
  for (const other of [
    'Frequency-limit reminder',
    'Over-limit reminder',
    'Template and signature review notice',
    'Package alarm',
  ])
    await dialog.getByLabel(other).uncheck();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(owner.getByRole('row', { name: /Security/ })).toBeVisible();

  // The rule as the page shows it: the defaults 50 / 80 % / 90 %.
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Security Settings' }).click();
  const chooser = owner.getByRole('search', { name: 'Choose application and day' });
  await chooser.getByLabel('Application').selectOption(sdkAppId);
  await chooser.getByRole('button', { name: 'Show' }).click();
  await expect(owner.getByLabel('X: requests per hour above')).toHaveValue('50');
  await expect(owner.getByLabel('Y: success rate below (%)')).toHaveValue('80');
  await expect(owner.getByLabel('Z: growth above (%)')).toHaveValue('90');
  await owner.getByLabel('Y: success rate below (%)').fill('120');
  await owner.getByRole('button', { name: 'Save rule' }).click();
  await expect(owner.getByText('Enter a whole percent from 1 to 100.')).toBeVisible();

  const rows = [
    'phone,variable1,variable2',
    ...Array.from({ length: 60 }, (_, i) => `1360000${String(i).padStart(4, '0')},${100000 + i},5`),
  ].join('\n');
  await sendFile(owner, sdkAppId, rows);
  await sendFile(owner, sdkAppId, rows);
  await expect(owner.getByTestId('stat-failed')).toHaveText('60');

  await expectMail(
    email,
    '[SMS Console] Captcha App：验证码流量异常 | Captcha App: unusual verification-code traffic',
    60_000,
  );
  await owner.goto(`/applications/security?app=${sdkAppId}`);
  await expect(owner.getByRole('row', { name: /120 .*Alarm/ })).toBeVisible();
  await expect(owner.getByRole('figure', { name: 'Verification-code requests per hour' })).toBeVisible();
  await snap(owner, 'anti-abuse-security-settings');
  // Once per application and hour: a later check adds no second e-mail.
  await owner.waitForTimeout(7_000);
  expect(
    (await mailsTo(email)).map(subjectOf).filter((s) => s.includes('unusual verification-code traffic')),
  ).toHaveLength(1);
});
