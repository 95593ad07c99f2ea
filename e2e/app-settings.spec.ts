// R-APP-4/5/7/8: Basic Configuration of an application as the owner sets it.
import { expect, test } from '@playwright/test';
import { LOGINS, pageAs, snap } from './fixtures';

test('owner sets frequency limits and thresholds (bad values refused next to the field) and an allowlist', async ({
  browser,
}) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/applications/1400100001');
  const perDay = owner.getByLabel('Per number, per natural day');
  await expect(perDay).toHaveValue('2');
  await perDay.fill('0');
  await owner.getByLabel('Mainland daily alarm value').fill('500');
  await owner.getByLabel('Mainland daily limit').fill('100');
  await owner.getByRole('button', { name: 'Save frequency limits' }).click();
  await expect(owner.getByText('Enter a whole number of at least 1, or leave it empty.')).toBeVisible();
  await owner.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(owner.getByText('The alarm value cannot be above the limit.')).toBeVisible();
  await perDay.fill('3');
  await owner.getByRole('button', { name: 'Save frequency limits' }).click();
  await expect(owner.getByText('Settings saved. They apply to the next messages sent.')).toBeVisible();
  await owner.getByLabel('Mainland daily alarm value').fill('80000');
  await owner.getByLabel('Mainland daily limit').fill('100000');
  await owner.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(owner.getByText('Settings saved. They apply to the next messages sent.')).toHaveCount(2);
  await owner.reload();
  await expect(owner.getByLabel('Per number, per natural day')).toHaveValue('3');
  await expect(owner.getByLabel('Mainland daily limit')).toHaveValue('100000');

  await owner.getByLabel(/Allowlist numbers, one per line/).fill('13700000099\n85261234567');
  await owner.getByRole('button', { name: 'Add to allowlist' }).click();
  await expect(owner.getByText('Line 2: Write numbers outside mainland China as +CC…')).toBeVisible();
  await expect(owner.getByRole('list', { name: 'Allowlist' })).toContainText('137****0099');
  await snap(owner, 'app-basic-configuration');
  await owner.getByRole('list', { name: 'Allowlist' }).getByRole('button', { name: 'Remove' }).click();
  await expect(owner.getByRole('list', { name: 'Allowlist' })).toContainText('No allowlisted numbers.');
  // Back to the defaults for the journeys that follow.
  await owner.getByLabel('Per number, per natural day').fill('2');
  await owner.getByRole('button', { name: 'Save frequency limits' }).click();
  await expect(owner.getByText('Settings saved.', { exact: false })).toBeVisible();
  await owner.getByLabel('Mainland daily alarm value').fill('');
  await owner.getByLabel('Mainland daily limit').fill('');
  await owner.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(owner.getByText('Settings saved.', { exact: false })).toHaveCount(2);
});
