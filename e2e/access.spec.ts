// R-CAM-1..4: the owner creates a policy (JSON checked line by line, or built) and a read-only
// sub-user, who signs in, sees the applications and is refused changes with a clear message.
import { expect, test } from '@playwright/test';
import { LOGINS, pageAs, signIn, snap } from './fixtures';

test('owner creates a custom policy and a read-only sub-user; the sub-user can look but not change', async ({
  browser,
}) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Policies' }).click();
  await owner.getByLabel('Policy name').fill('DemoAppOnly');
  await owner
    .getByLabel('Policy document (JSON)')
    .fill(
      '{\n  "version": "2.0",\n  "statement": [{\n    "effect": "allow",\n    "action": ["name/sms:Launch"],\n    "resource": ["*"]\n  }]\n}',
    );
  await owner.getByRole('button', { name: 'Create Policy' }).click();
  await expect(owner.getByText('Line 5: Statement 1: unknown action "name/sms:Launch"')).toBeVisible();
  await snap(owner, 'access-policy-error');

  await owner.getByLabel('Policy document (JSON)').fill('{\n  "version": "2.0",\n  "statement": []\n}');
  await owner.getByLabel('Action').selectOption('DescribeAppList');
  await owner.getByRole('button', { name: 'Add statement' }).click();
  await owner.getByLabel('Action').selectOption('*');
  await owner.getByLabel('Resource').selectOption({ label: 'Application 1400100001' });
  await owner.getByRole('button', { name: 'Add statement' }).click();
  await expect(owner.getByLabel('Policy document (JSON)')).toHaveValue(/qcs::sms::uin\/100000000001:app\/1400100001/);
  await owner.getByRole('button', { name: 'Create Policy' }).click();
  await expect(owner.getByText('Policy created.')).toBeVisible();
  await expect(owner.getByRole('row').filter({ hasText: 'DemoAppOnly' })).toContainText('Custom');

  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users', exact: true }).click();
  await owner.getByRole('button', { name: 'Create User' }).click();
  const dialog = owner.getByRole('dialog', { name: 'Create Sub-user' });
  await dialog.getByLabel('Name').fill('Auditor');
  await dialog.getByLabel('Login email').fill('audit@demo.local');
  await dialog.getByLabel('Password').fill('short');
  await dialog.getByLabel(/QcloudSMSReadOnlyAccess/).check();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('At least 8 characters.')).toBeVisible();
  await dialog.getByLabel('Password').fill('Audit#2026');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(owner.getByRole('row', { name: /audit@demo\.local/ })).toContainText('QcloudSMSReadOnlyAccess');
  await snap(owner, 'access-users');

  const audit = await browser.newPage();
  await signIn(audit, { email: 'audit@demo.local', password: 'Audit#2026' });
  await audit.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Application List' }).click();
  await expect(audit.getByRole('list', { name: 'Applications' })).toContainText('1400100001');
  await audit.getByRole('button', { name: 'Create Application' }).click();
  const create = audit.getByRole('dialog', { name: 'Create Application' });
  await create.getByLabel('Application Name').fill('Not allowed');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create.getByText('No permission for CreateAppInfo on *.')).toBeVisible();
  await snap(audit, 'access-subuser-refused');
  // Users and policies are the owner's.
  await audit.goto('/access/users');
  await expect(audit.getByText('Only the account owner manages users and policies.')).toBeVisible();

  // The owner deletes the sub-user: they cannot sign in any more.
  await owner
    .getByRole('row', { name: /audit@demo\.local/ })
    .getByRole('button', { name: 'Delete' })
    .click();
  await owner.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(owner.getByRole('row', { name: /audit@demo\.local/ })).toHaveCount(0);
  const again = await browser.newPage();
  await again.goto('/login');
  await again.getByLabel('Email').fill('audit@demo.local');
  await again.getByLabel('Password').fill('Audit#2026');
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect(again).toHaveURL(/\/login/);
});
