// R-REV-3: the customer sees when a decision is expected; an admin's holiday postpones it.
import { expect, test } from '@playwright/test';
import { LOGINS, pageAs, snap } from './fixtures';

test('a holiday postpones the expected decision time the customer sees', async ({ browser }) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/international/templates/new');
  await owner.getByLabel('Template Name').fill('Holiday check');
  await owner.getByLabel('SMS Content').fill('Our office is closed on public holidays.');
  await owner.getByRole('button', { name: 'Confirm' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Body template Holiday check' })).toBeVisible();
  const expected = owner.getByText(/^Decision expected by \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  const before = (await expected.textContent())!.match(/\d{4}-\d{2}-\d{2}/)![0];
  await owner.goto('/international/templates');
  await expect(owner.getByRole('row', { name: /Holiday check/ })).toContainText(`Decision expected by ${before}`);

  // The admin declares that day a holiday.
  const admin = await pageAs(browser, LOGINS.admin);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review Calendar' }).click();
  await expect(admin.getByRole('row', { name: /国庆节/ }).first()).toBeVisible();
  await admin.getByRole('button', { name: 'Add day' }).click();
  await expect(admin.getByText('Choose a date.')).toBeVisible();
  await admin.getByLabel('Date', { exact: true }).fill(before);
  await admin.getByLabel('Note').fill('Company holiday');
  await admin.getByRole('button', { name: 'Add day' }).click();
  await expect(admin.getByRole('row', { name: new RegExp(`${before}.*Holiday.*Company holiday`) })).toBeVisible();
  await snap(admin, 'review-calendar');

  await owner.reload();
  const after = (await owner
    .getByRole('row', { name: /Holiday check/ })
    .getByText(/Decision expected by/)
    .textContent())!.match(/\d{4}-\d{2}-\d{2}/)![0];
  expect(after > before).toBe(true);
  await snap(owner, 'review-calendar-postponed');

  // Back as it was for the other journeys.
  await admin
    .getByRole('row', { name: new RegExp(before) })
    .getByRole('button', { name: 'Delete' })
    .click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(admin.getByText('No extra days.')).toBeVisible();
});
