// The shared table (components/ui/data-table.tsx): a person sorts a list by a column and hides
// a column they do not need, by mouse and keyboard; the rows stay the same rows.
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
  await finance.getByRole('checkbox', { name: 'Quantity' }).uncheck();
  await expect(table.getByRole('columnheader', { name: 'Quantity' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Messages' })).toBeVisible();
  await snap(finance, 'tables-orders-sorted');
});
