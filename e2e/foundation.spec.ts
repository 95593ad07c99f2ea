import { expect, test } from '@playwright/test';
import { LOGINS, signIn, signOut, snap } from './fixtures';

test.describe('sign-in and areas', () => {
  test('each role lands in its own area', async ({ page }) => {
    const expectations: [keyof typeof LOGINS, RegExp, string][] = [
      ['owner', /\/overview$/, 'Overview'],
      ['solo', /\/overview$/, 'Overview'],
      ['admin', /\/admin\/accounts$/, 'Accounts'],
      ['reviewer', /\/review$/, 'Review Queue'],
      ['finance', /\/finance$/, 'Finance Overview'],
    ];
    for (const [who, url, heading] of expectations) {
      await signIn(page, LOGINS[who]);
      await expect(page).toHaveURL(url);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      if (who === 'owner') {
        await expect(page.getByTestId('account-switcher')).toContainText('Demo Tech Co., Ltd.');
        await snap(page, 'foundation-owner-overview');
      }
      if (who === 'admin') await snap(page, 'foundation-admin-accounts');
      await signOut(page);
    }
  });

  test('a wrong password is refused with a message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(LOGINS.owner.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await snap(page, 'foundation-login-wrong-password');
  });

  test('signed-out visitors are sent to the login page', async ({ page }) => {
    await page.goto('/applications');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a customer opening a platform page is refused', async ({ page }) => {
    await signIn(page, LOGINS.owner);
    await page.goto('/admin/accounts');
    await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
    await page.goto('/platform');
    await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
  });

  test("a customer cannot open another account's application by id", async ({ page }) => {
    await signIn(page, LOGINS.solo);
    const res = await page.goto('/applications/1400100001');
    expect(res?.status()).toBe(404);
    await expect(page.getByText('Demo App')).toHaveCount(0);
  });
});

test('application journey: create, reveal key, modify, disable, delete', async ({ page }) => {
  await signIn(page, LOGINS.owner);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Application List' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application List' })).toBeVisible();

  await page.getByRole('button', { name: 'Create Application' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Application' });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('Enter an application name.')).toBeVisible();
  await dialog.getByLabel('Application Name').fill('Order Notices');
  await dialog.getByLabel('Application Overview').fill('Shipping and order updates');
  await dialog.getByLabel('Application Tag').fill('orders, prod');
  await dialog.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Order Notices' })).toBeVisible();
  const sdkAppId = page.url().split('/').pop()!;
  expect(sdkAppId).toMatch(/^1400\d{6}$/);
  const key = page.getByTestId('app-key');
  await expect(key).toContainText('*');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(key).toHaveText(/^[0-9a-f]{32}$/);
  const firstKey = await key.textContent();
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(page.getByRole('dialog', { name: 'Regenerate the AppKey?' })).toContainText('cannot be undone');
  await page.getByRole('dialog').getByRole('button', { name: 'Regenerate' }).click();
  await expect(key).not.toHaveText(firstKey!);
  await expect(key).toHaveText(/^[0-9a-f]{32}$/);
  await snap(page, 'foundation-app-details');

  await page.getByRole('button', { name: 'Modify Application' }).click();
  await page.getByRole('dialog').getByLabel('Application Name').fill('Order Updates');
  await page.getByRole('dialog').getByRole('button', { name: 'Modify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Order Updates' })).toBeVisible();

  // Delete is offered only once the application is disabled.
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Disable' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Disabled', { exact: true })).toBeVisible();

  await page.goto('/applications');
  const card = page.getByRole('listitem', { name: 'Order Updates' });
  await expect(card).toContainText(sdkAppId);
  await snap(page, 'foundation-app-list');
  await card.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Order Updates?' });
  await expect(confirm).toContainText('This cannot be undone'); // R-UI-5
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('listitem', { name: 'Order Updates' })).toHaveCount(0);
  const gone = await page.goto(`/applications/${sdkAppId}`);
  expect(gone?.status()).toBe(404);
});

test('admin creates an account whose owner can sign in and change the password', async ({ page }) => {
  await signIn(page, LOGINS.admin);
  await page.getByLabel('Real-name (company or person)').fill('Harbor Logistics Ltd.');
  await page.getByLabel('Identity type', { exact: true }).selectOption('individual');
  await page.getByLabel('Owner name').fill('Chen Jie');
  await page.getByLabel('Owner email').fill('chen@harbor.local');
  await page.getByLabel('Owner initial password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('At least 8 characters.')).toBeVisible();
  await page.getByLabel('Owner initial password').fill('Harbor#2026');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText('created');
  const row = page.getByRole('row', { name: /Harbor Logistics Ltd\./ });
  await expect(row).toContainText('chen@harbor.local');
  await row.getByLabel('Identity type of Harbor Logistics Ltd.').selectOption('enterprise');
  // The change is confirmed first.
  await page.getByRole('dialog').getByRole('button', { name: 'Change to Enterprise' }).click();
  await page.reload();
  await expect(page.getByLabel('Identity type of Harbor Logistics Ltd.')).toHaveValue('enterprise');
  // R-INT-3: the admin sets the account's international daily quota; a bad value is refused in place.
  const quota = page.getByLabel('International daily quota of Harbor Logistics Ltd.');
  await quota.fill('lots');
  await page
    .getByRole('row', { name: /Harbor Logistics Ltd\./ })
    .getByRole('button', { name: 'Set' })
    .click();
  await expect(page.getByRole('row', { name: /Harbor Logistics Ltd\./ }).getByRole('alert')).toBeVisible();
  await quota.fill('2500');
  await page
    .getByRole('row', { name: /Harbor Logistics Ltd\./ })
    .getByRole('button', { name: 'Set' })
    .click();
  await expect(page.getByRole('row', { name: /Harbor Logistics Ltd\./ }).getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('International daily quota of Harbor Logistics Ltd.')).toHaveValue('2500');
  await signOut(page);

  await signIn(page, { email: 'chen@harbor.local', password: 'Harbor#2026' });
  await expect(page.getByText('Enterprise', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /Account owner/ }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  await page.getByLabel('Current password').fill('wrong-one1');
  await page.getByLabel('New password', { exact: true }).fill('Harbor#2027');
  await page.getByLabel('Confirm new password').fill('Harbor#2027');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Wrong password.')).toBeVisible();
  await page.getByLabel('Current password').fill('Harbor#2026');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Password changed.');
  await signOut(page);
  await signIn(page, { email: 'chen@harbor.local', password: 'Harbor#2027' });
  await expect(page).toHaveURL(/\/overview$/);
});
