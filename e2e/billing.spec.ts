// Package Management → Billing: the monthly bill and its exports; an invoice requested by the
// owner for a paid order and issued by finance with its number.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { LOGINS, creditCode, pageAs, snap } from './fixtures';

test('monthly bill export (CSV and XLSX) and an invoice from request to issued', async ({ browser }) => {
  const owner = await pageAs(browser, LOGINS.owner);
  // A paid order of its own: a custom 2,000-message package for ¥100.
  await owner.goto('/packages/buy');
  await owner.getByLabel('Custom package').check();
  await owner.getByLabel('Number of messages').fill('2000');
  await expect(owner.getByTestId('quote')).toHaveText('¥100.00');
  await owner.getByLabel(/I have read and agree/).check();
  await owner.getByRole('button', { name: 'Buy Now' }).click();
  await expect(owner).toHaveURL(/\/packages$/);
  // The headline counts usable packages only; the new one is shown apart until it takes effect.
  await expect(owner.getByTestId('pending-effect')).toContainText('+ 2,000 messages pending effect');

  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
  const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
  await expect(owner.getByText(`Monthly bill ${month}`)).toBeVisible();
  await expect(owner.getByText(/package purchases ¥\d/)).toBeVisible();
  const [csv] = await Promise.all([
    owner.waitForEvent('download'),
    owner.getByRole('link', { name: 'CSV', exact: true }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`bill-${month}.csv`);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  expect(text).toContain('Section,Day,SdkAppId,Application,Country/region,Billed messages,Amount (yuan)');
  const [xlsx] = await Promise.all([
    owner.waitForEvent('download'),
    owner.getByRole('link', { name: 'XLSX', exact: true }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`bill-${month}.xlsx`);
  expect(
    fs
      .readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // Request an invoice for the order: a bad tax ID is refused next to the field.
  const order = owner.getByRole('row', { name: /2,000 messages × 1.*100\.00/ });
  await order.getByRole('button', { name: 'Request invoice' }).click();
  const dialog = owner.getByRole('dialog');
  await expect(dialog.getByLabel('Invoice title')).toHaveValue('Demo Tech Co., Ltd.');
  await dialog.getByLabel('Tax ID (unified social credit code)').fill('12345');
  await dialog.getByLabel('Send to e-mail').fill('billing@demo.example');
  await dialog.getByRole('button', { name: 'Request' }).click();
  await expect(dialog.getByText('Enter the 18-character unified social credit code.')).toBeVisible();
  await dialog.getByLabel('Tax ID (unified social credit code)').fill(creditCode('91110000MA01DKP12'));
  await dialog.getByRole('button', { name: 'Request' }).click();
  await expect(order).toContainText('Requested');
  await snap(owner, 'billing-monthly-and-invoices');

  // Finance issues it with the invoice number.
  const finance = await pageAs(browser, LOGINS.finance);
  await finance.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click();
  const request = finance.getByRole('row', { name: /Demo Tech.*100\.00.*billing@demo\.example.*Requested/ });
  await request.getByRole('button', { name: 'Mark issued' }).click();
  await finance.getByRole('dialog').getByLabel('Invoice number').fill('x');
  await finance.getByRole('dialog').getByRole('button', { name: 'Mark issued' }).click();
  await expect(finance.getByText('Enter the invoice number (8–30 letters, digits or dashes).')).toBeVisible();
  await finance.getByRole('dialog').getByLabel('Invoice number').fill('044002600111-00012345');
  await finance.getByRole('dialog').getByRole('button', { name: 'Mark issued' }).click();
  await expect(finance.getByRole('row', { name: /Demo Tech.*Issued 044002600111-00012345/ })).toBeVisible();
  await snap(finance, 'billing-finance-invoices');

  await owner.reload();
  await expect(owner.getByRole('row', { name: /2,000 messages × 1/ })).toContainText('Issued: 044002600111-00012345');
});
