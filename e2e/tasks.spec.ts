import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { LOGINS, pageAs, snap } from './fixtures';

/** Chooses the template whose option text contains `name`. */
async function chooseTemplate(page: Page, name: string) {
  const select = page.getByLabel('Template', { exact: true });
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  await select.selectOption(value!);
}

/**
 * The account's mainland messages on the Packages page: usable now plus pending effect (a
 * package bought by an earlier journey may take effect while this one runs).
 */
async function mainlandMessages(page: Page): Promise<number> {
  const digits = async (id: string) =>
    (await page.getByTestId(id).count()) ? Number((await page.getByTestId(id).textContent())!.replace(/\D/g, '')) : 0;
  return (await digits('available-balance')) + (await digits('pending-effect'));
}

/** Beijing wall-clock date and time `minutes` from now. */
function beijing(minutes: number) {
  const d = new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000);
  return { date: d.toISOString().slice(0, 10), time: d.toISOString().slice(11, 16) };
}

// R-SND-1..3 (file, report, acknowledgement), R-SND-6 (progress moves without reload), R-SND-5 (Details & Receipt Analysis).
test('bulk task journey: 1,000-row CSV with bad and duplicate rows → report → Confirm Send → progress → Sent', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/packages');
  const balanceBefore = await mainlandMessages(owner);

  // 960 good numbers, 20 repeats of them and 20 bad rows.
  const lines = ['phone,variable1,variable2'];
  for (let i = 0; i < 960; i++) lines.push(`1390000${String(i).padStart(4, '0')},A-${i},SF`);
  for (let i = 0; i < 20; i++) lines.push(`+86 139 0000 ${String(i).padStart(4, '0')},A-${i},SF`);
  for (let i = 0; i < 20; i++) lines.push(`1290000${String(i).padStart(4, '0')},B-${i},SF`);

  await owner.goto('/mainland/tasks');
  await owner.getByRole('link', { name: 'Create Bulk SMS Sending Task' }).click();
  await chooseTemplate(owner, 'Order shipped');
  await expect(owner.getByTestId('template-content')).toHaveText('Your order {1} has been shipped by {2}.');
  await expect(owner.getByLabel(/Enter numbers/)).toBeDisabled(); // the template has variables
  await owner
    .getByLabel(/Recipient file/)
    .setInputFiles({ name: 'recipients.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByTestId('report-valid-numbers')).toHaveText('960');
  await expect(owner.getByTestId('report-duplicates-removed')).toHaveText('20');
  await expect(owner.getByTestId('report-rejected-rows')).toHaveText('20');
  await expect(owner.getByTestId('report-billed-messages')).toHaveText('960');
  await expect(owner.getByText(/Row 982: Not a valid mainland China mobile number/)).toBeVisible();
  await snap(owner, 'tasks-report');

  await owner.getByRole('button', { name: 'Confirm Send' }).click();
  await expect(owner.getByText('Tick the acknowledgement that the sending costs are yours.')).toBeVisible();
  await owner.getByLabel(/sending costs are paid by my account/).check();
  await owner.getByRole('button', { name: 'Confirm Send' }).click();

  await expect(owner.getByRole('heading', { level: 1 })).toContainText('Details & Receipt Analysis');
  await expect(owner.getByText('Sent', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await expect(owner.getByTestId('stat-pending')).toHaveText('0');
  const sent = Number(await owner.getByTestId('stat-sent').textContent());
  const failed = Number(await owner.getByTestId('stat-failed').textContent());
  const billed = Number((await owner.getByTestId('stat-billed').textContent())!.replace(/\D/g, ''));
  expect(sent + failed).toBe(960);
  expect(billed).toBe(sent);
  // Receipts arrive within seconds; the counts move without a reload.
  await expect(async () => {
    const delivered = Number((await owner.getByTestId('stat-delivered').textContent())!.replace(/\D/g, ''));
    const undelivered = Number((await owner.getByTestId('stat-undelivered').textContent())!.replace(/\D/g, ''));
    expect(delivered + undelivered).toBeGreaterThan(sent * 0.9);
  }).toPass({ timeout: 20_000 });
  await expect(owner.getByRole('row', { name: /139\*\*\*\*0000/ })).toBeVisible();
  await snap(owner, 'tasks-details');

  await owner.goto('/packages');
  expect(await mainlandMessages(owner)).toBe(balanceBefore - billed);
});

test('scheduled task: cancelled in time, refused within 5 minutes', async ({ browser }) => {
  const owner = await pageAs(browser, LOGINS.owner);
  const schedule = async (minutes: number) => {
    await owner.goto('/mainland/tasks/new');
    await chooseTemplate(owner, 'Order shipped');
    await owner.getByLabel('Scheduled').check();
    const { date, time } = beijing(minutes);
    await owner.getByLabel('Date').fill(date);
    await owner.getByLabel('Time', { exact: true }).fill(time);
    await owner.getByLabel(/Recipient file/).setInputFiles({
      name: 'r.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`phone,variable1,variable2\n1370000${String(minutes).padStart(4, '0')},X-1,SF\n`),
    });
    await owner.getByRole('button', { name: 'Upload and check' }).click();
    await expect(owner.getByTestId('report-valid-numbers')).toHaveText('1');
    await owner.getByLabel(/sending costs are paid by my account/).check();
    await owner.getByRole('button', { name: 'Confirm Send' }).click();
    await expect(owner.getByText('Scheduled', { exact: true }).first()).toBeVisible();
  };
  await schedule(24 * 60);
  await owner.getByRole('button', { name: 'Cancel' }).click();
  await owner.getByRole('dialog').getByRole('button', { name: 'Cancel task' }).click();
  await expect(owner.getByText('Cancelled', { exact: true }).first()).toBeVisible();

  await schedule(3);
  await owner.getByRole('button', { name: 'Cancel' }).click();
  await owner.getByRole('dialog').getByRole('button', { name: 'Cancel task' }).click();
  await expect(owner.getByRole('dialog').getByRole('alert')).toContainText('Too late to cancel');
});

test('bad files get a clear message; another account cannot open a task', async ({ browser }) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/mainland/tasks/new');
  await owner
    .getByLabel(/Recipient file/)
    .setInputFiles({ name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from('name,city\nAnn,Paris\n') });
  // No column looks like a phone number: the mapping step asks for it, next to the field.
  await expect(owner.getByRole('group', { name: 'Column mapping' }).getByTestId('mapping-source')).toContainText(
    'Choose which column holds the phone number',
  );
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByText('Choose the phone number column.')).toBeVisible();
  await owner.getByLabel(/Recipient file/).setInputFiles({
    name: 'old.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  });
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByText(/Old Excel \(\.xls\) files are not supported/).first()).toBeVisible();
  await expect(owner.getByRole('button', { name: 'Confirm Send' })).toBeDisabled();
  await owner.goto('/mainland/tasks');
  const first = owner.getByRole('link', { name: 'Details & Receipt Analysis' }).first();
  const href = await first.getAttribute('href');
  const solo = await pageAs(browser, LOGINS.solo);
  expect((await solo.goto(href!))?.status()).toBe(404);
  expect((await solo.request.get(`/api/tasks/${href!.split('/').pop()}/progress`)).status()).toBe(404);
});

// R-STA-1 (overview), R-STA-4 (receipts), R-STA-2 (records, masked and full exports), R-STA-6 (click statistics).
test('statistics after the journey: overview, records, receipts and exports show what the messages imply', async ({
  browser,
}) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mainland', exact: true }).click();
  await owner.getByLabel('Period').selectOption('today');
  await owner.getByRole('button', { name: 'Query' }).click();
  const requests = Number((await owner.getByTestId('total-requests').textContent())!.replace(/\D/g, ''));
  expect(requests).toBeGreaterThanOrEqual(960);
  await expect(owner.getByRole('figure', { name: 'Request trend' })).toBeVisible();
  await snap(owner, 'statistics-overview');

  await owner.getByRole('link', { name: 'Receipt Analysis' }).click();
  const withR = Number((await owner.getByTestId('receipt-with').textContent())!.replace(/\D/g, ''));
  const withoutR = Number((await owner.getByTestId('receipt-without').textContent())!.replace(/\D/g, ''));
  expect(withR + withoutR).toBeGreaterThanOrEqual(960);
  await expect(owner.getByTestId('receipt-receipt-rate')).toHaveText(
    `${((withR / (withR + withoutR)) * 100).toFixed(1)}%`,
  );
  await snap(owner, 'statistics-receipts');

  await owner.getByRole('link', { name: 'SMS Records' }).click();
  await expect(owner.getByTestId('records-kept')).toContainText('Message records and replies are kept for 60 days');
  await owner.getByLabel('Phone number').fill('13900000005');
  await owner.getByRole('button', { name: 'Query' }).click();
  await expect(owner.getByRole('row', { name: /139\*\*\*\*0005/ })).toHaveCount(1);
  const download = owner.waitForEvent('download');
  await owner.getByRole('link', { name: 'Export Data (CSV)' }).click();
  const masked = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8');
  expect(masked).toContain('139****0005');
  expect(masked).not.toContain('13900000005');
  const full = await owner.request.get(
    owner.url().replace('/statistics/mainland', '/api/statistics/mainland/export') + '&full=1&format=csv',
  );
  // Full numbers start with + and are escaped so spreadsheets do not read them as formulas.
  expect(await full.text()).toContain("'+8613900000005");
  const xlsx = await owner.request.get(
    owner.url().replace('/statistics/mainland', '/api/statistics/mainland/export') + '&format=xlsx',
  );
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

  // The click statistics page says why there are no new clicks.
  await owner.goto('/statistics/mainland?tab=clicks');
  await expect(owner.getByText(/short-link service was retired/)).toBeVisible();

  const solo = await pageAs(browser, LOGINS.solo);
  await solo.goto('/statistics/mainland?period=today&tab=records&phone=13900000005');
  await expect(solo.getByText('No records.')).toBeVisible();
});
