import { expect, test } from '@playwright/test';
import { LOGINS, pageAs, snap } from './fixtures';

const yuanText = (li: number) =>
  `¥${(li / 1000).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

test('finance credits, owner buys fixed and custom packages, requests a refund, finance approves', async ({
  browser,
}) => {
  const finance = await pageAs(browser, LOGINS.finance);
  const owner = await pageAs(browser, LOGINS.solo);

  await owner.goto('/packages');
  const startLi = Number((await owner.getByTestId('cash-balance').textContent())!.replace(/[¥,]/g, '')) * 1000;

  // Finance credits 50,000 yuan with a reason.
  await expect(finance.getByRole('heading', { level: 1, name: 'Finance Overview' })).toBeVisible();
  await finance.getByLabel('Account', { exact: true }).selectOption({ label: 'Li Wei (100000000002)' });
  await finance.getByLabel('Amount (yuan)').fill('50000');
  await finance.getByRole('button', { name: 'Apply' }).click();
  await expect(finance.getByText('Give the reason (kept in the ledger).')).toBeVisible();
  await finance.getByLabel('Reason').fill('Bank transfer 2026-11');
  await finance.getByRole('button', { name: 'Apply' }).click();
  await expect(finance.getByRole('status')).toHaveText('Balance updated.');
  await snap(finance, 'packages-finance-overview');

  await owner.reload();
  await expect(owner.getByTestId('cash-balance')).toHaveText(yuanText(startLi + 50_000_000));

  // Fixed 10,000 for 470 yuan.
  await owner.getByRole('link', { name: 'Buy Package' }).click();
  await expect(owner.getByTestId('quote')).toHaveText('¥470.00');
  await owner.getByRole('button', { name: 'Buy Now' }).click();
  await expect(owner.getByText('Read and accept the purchase agreement first.')).toBeVisible();
  await owner.getByLabel(/I have read and agree/).check();
  await owner.getByRole('button', { name: 'Buy Now' }).click();
  await expect(owner).toHaveURL(/\/packages$/);

  // Custom 1,500 for 75 yuan; 999 is refused before buying.
  await owner.getByRole('link', { name: 'Buy Package' }).click();
  await owner.getByLabel('Custom package').check();
  await owner.getByLabel('Number of messages').fill('999');
  await expect(owner.getByText('A custom package has at least 1,000 messages.')).toBeVisible();
  await expect(owner.getByRole('button', { name: 'Buy Now' })).toBeDisabled();
  await owner.getByLabel('Number of messages').fill('1500');
  await expect(owner.getByTestId('quote')).toHaveText('¥75.00');
  await owner.getByLabel(/I have read and agree/).check();
  await snap(owner, 'packages-buy-custom');
  await owner.getByRole('button', { name: 'Buy Now' }).click();
  await expect(owner).toHaveURL(/\/packages$/);

  await expect(owner.getByTestId('cash-balance')).toHaveText(yuanText(startLi + 50_000_000 - 470_000 - 75_000));
  const list = owner.locator('section').filter({ has: owner.getByRole('heading', { name: 'Mainland packages' }) });
  // .first(): the refund dialog (inside the same card) repeats the row while it is open.
  const fixedRow = list.getByRole('row', { name: /Package: 10,000 messages/ }).first();
  const customRow = list.getByRole('row', { name: /Package: 1,500 messages/ }).first();
  await expect(fixedRow).toContainText('Pending effect');
  await expect(customRow).toContainText('1,500');
  await snap(owner, 'packages-list');

  // Refund of the unused 10,000 package: the preview shows planRefund's amount.
  await fixedRow.getByRole('button', { name: 'Refund' }).click();
  await expect(owner.getByTestId('refund-total')).toHaveText('Refund: ¥470.00');
  await owner.getByRole('dialog').getByRole('button', { name: 'Request refund' }).click();
  await expect(owner.getByRole('dialog')).toHaveCount(0);
  await expect(fixedRow).toContainText('Refund pending');
  await expect(owner.getByText('Awaiting finance')).toBeVisible();

  await finance.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Refund Requests' }).click();
  const request = finance.getByRole('row', { name: /Li Wei/ });
  await expect(request).toContainText('470.00');
  await request.getByRole('button', { name: 'Approve' }).click();
  await finance.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await expect(finance.getByRole('row', { name: /Li Wei/ })).toHaveCount(0);

  await owner.reload();
  await expect(owner.getByTestId('cash-balance')).toHaveText(yuanText(startLi + 50_000_000 - 75_000));
  await expect(fixedRow).toContainText('Refunded');
  await owner.goto('/billing');
  await expect(owner.getByRole('row', { name: /Refund.*\+470\.00/ }).first()).toBeVisible();
  await snap(owner, 'packages-billing');

  await owner.goto('/packages');
  await customRow.getByRole('link', { name: 'Consumption Trend' }).click();
  await expect(owner.getByRole('heading', { level: 1 })).toContainText('Consumption Trend');
});

test('finance sees every account’s packages and exports them; customers cannot reach finance pages', async ({
  browser,
}) => {
  const finance = await pageAs(browser, LOGINS.finance);
  await finance.goto('/finance/packages');
  await expect(finance.getByRole('row', { name: /Demo Tech Co\., Ltd\./ }).first()).toBeVisible();
  const download = finance.waitForEvent('download');
  await finance.getByRole('link', { name: 'Export Data' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  expect(text).toContain('Package ID,Account ID,Account');
  expect(text).toContain('Demo Tech Co.');

  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/finance');
  await expect(owner.getByRole('heading', { name: 'No access' })).toBeVisible();
  const res = await owner.request.get('/api/finance/packages');
  expect(res.status()).toBe(403);
});
