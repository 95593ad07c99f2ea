// R-DND-1: a number on the do-not-disturb list receives nothing with that signature (1015, unbilled).
import { expect, test } from '@playwright/test';
import { LOGINS, pageAs, snap } from './fixtures';

test('owner puts a number on the do-not-disturb list; a task to it fails that number with 1015', async ({
  browser,
}) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Do Not Disturb' }).click();
  await owner.getByLabel(/Numbers, one per line/).fill('13500000077\n12345');
  await owner.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(owner.getByText('Tick the statement that these users asked not to be disturbed.')).toBeVisible();
  await owner.getByLabel(/These users asked not to receive messages/).check();
  await owner.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(owner.getByTestId('dnd-added')).toHaveText('1');
  await expect(owner.getByText('Line 2 (12345): Not a valid mainland China mobile number.')).toBeVisible();
  await expect(owner.getByRole('row', { name: /135\*\*\*\*0077/ })).toContainText('All messages');
  await snap(owner, 'dnd-list');

  await owner.goto('/mainland/tasks/new');
  const template = owner.getByLabel('Template', { exact: true });
  await template.selectOption((await template.locator('option', { hasText: 'Store notice' }).getAttribute('value'))!);
  await owner.getByLabel(/Enter numbers/).check();
  await owner.getByLabel(/Numbers, one per line/).fill('13500000077\n13500000078');
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByTestId('report-valid-numbers')).toHaveText('2');
  await owner.getByLabel(/sending costs are paid by my account/).check();
  await owner.getByRole('button', { name: 'Confirm Send' }).click();
  await expect(owner.getByTestId('stat-failed')).toHaveText('1');
  await expect(owner.getByTestId('stat-billed')).toHaveText('1');
  await expect(owner.getByText(/1015/).first()).toBeVisible();
  await snap(owner, 'dnd-task-1015');

  await owner.goto('/dnd');
  await owner.getByLabel('Select 135****0077').check();
  await owner.getByRole('button', { name: 'Delete selected (1)' }).click();
  await owner.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(owner.getByText('No numbers on the list.')).toBeVisible();
});
