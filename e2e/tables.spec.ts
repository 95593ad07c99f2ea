// The shared table (components/ui/data-table.tsx): a person sorts a list by a column and hides
// a column they do not need, by mouse and keyboard; the rows stay the same rows. The filter bar
// (components/ui/filter-bar.tsx) keeps its filter in the URL; ticked rows feed a batch action.
import { expect, test } from '@playwright/test';
import { LOGINS, pageAs, snap } from './fixtures';

// As the admin (who may read Finance → Orders too): e2e/security.spec.ts throttles finance's sign-in just before.
test('staff sort the orders by price and hide a column', async ({ browser }) => {
  const finance = await pageAs(browser, LOGINS.admin);
  await finance.goto('/finance/orders');
  const table = finance.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Order' })).toBeVisible();
  const rows = table.getByRole('row');
  // At least the demo's orders (other journeys may add theirs).
  await expect(rows.nth(2)).toBeVisible();
  const prices = async () =>
    (await table.locator('tbody tr td:nth-child(6)').allTextContents()).map((t) => Number(t.replace(/,/g, '')));

  const price = table.getByRole('columnheader', { name: /Price/ });
  await price.getByRole('button').click();
  await expect(price).toHaveAttribute('aria-sort', 'ascending');
  const up = await prices();
  expect(up).toEqual([...up].sort((a, b) => a - b));
  // The keyboard reaches the same button: Enter sorts the other way.
  await price.getByRole('button').focus();
  await finance.keyboard.press('Enter');
  await expect(price).toHaveAttribute('aria-sort', 'descending');
  const down = await prices();
  expect(down).toEqual([...up].sort((a, b) => b - a));

  await finance.getByText('Columns').click();
  await finance.getByRole('checkbox', { name: 'Show column Quantity' }).uncheck();
  await expect(table.getByRole('columnheader', { name: 'Quantity' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Messages' })).toBeVisible();
  await snap(finance, 'tables-orders-sorted');
});

test('a filter lives in the URL: it survives a reload and Clear drops it', async ({ browser }) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/mainland/tasks');
  const filters = owner.getByRole('search');
  await filters.getByLabel('Status').selectOption({ label: 'Sent' });
  await filters.getByRole('button', { name: 'Search' }).click();
  await expect(owner).toHaveURL(/status=sent/);
  await owner.reload();
  await expect(owner.getByRole('search').getByLabel('Status')).toHaveValue('sent');
  const statuses = owner.getByRole('table', { name: 'Bulk SMS' }).locator('tbody tr td:nth-child(5)');
  await expect(statuses.first()).toBeVisible();
  for (const s of await statuses.allTextContents()) expect(s).toContain('Sent');
  await snap(owner, 'tables-tasks-filtered');
  await owner.getByRole('search').getByRole('link', { name: 'Clear' }).click();
  await expect(owner).toHaveURL(/\/mainland\/tasks$/);
  await expect(owner.getByRole('search').getByLabel('Status')).toHaveValue('');
});

test('ticking every row offers the batch action for all of them', async ({ browser }) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/dnd');
  await owner.getByLabel(/Numbers, one per line/).fill('13500000091\n13500000092');
  await owner.getByLabel(/These users asked not to receive messages/).check();
  await owner.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(owner.getByTestId('dnd-added')).toHaveText('2');
  const table = owner.getByRole('table', { name: 'Do-not-disturb list' });
  await expect(table.getByRole('row', { name: /135\*\*\*\*0092/ })).toBeVisible();
  const rows = await table.locator('tbody tr').count();
  await table.getByRole('checkbox', { name: 'Select all' }).check();
  await expect(owner.getByRole('button', { name: `Delete selected (${rows})` })).toBeEnabled();
  await table.getByRole('checkbox', { name: 'Select 135****0091' }).uncheck();
  await expect(table.getByRole('checkbox', { name: 'Select all' })).not.toBeChecked();
  await expect(owner.getByRole('button', { name: `Delete selected (${rows - 1})` })).toBeEnabled();
  await snap(owner, 'tables-dnd-selected');
  await table.getByRole('checkbox', { name: 'Select 135****0091' }).check();
  await owner.getByRole('button', { name: `Delete selected (${rows})` }).click();
  await owner.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(owner.getByText('No numbers on the list.')).toBeVisible();
});
