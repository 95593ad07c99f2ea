// R-APP-6: sendable countries/regions of an enterprise application, as the owner manages them.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { LOGINS, pageAs, snap } from './fixtures';

test('sendable countries: add from the list, import (bad file refused, good file taken), export, and a 1045 failure', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/applications/1400100001');
  const card = owner.getByRole('form', { name: 'Add country or region' });
  await card.getByLabel('Country/region').fill('Atlantis');
  await card.getByRole('button', { name: 'Add' }).click();
  await expect(card.getByText('Choose a country or region from the list.')).toBeVisible();
  await card.getByLabel('Country/region').fill('Hong Kong (China) (HK)');
  await card.getByLabel('Daily alarm value').fill('900');
  await card.getByLabel('Daily limit').fill('800');
  await card.getByRole('button', { name: 'Add' }).click();
  await expect(card.getByText('The alarm value cannot be above the limit.')).toBeVisible();
  await card.getByLabel('Daily alarm value').fill('800');
  await card.getByLabel('Daily limit').fill('1000');
  await card.getByRole('button', { name: 'Add' }).click();
  await expect(owner.getByRole('row', { name: /Hong Kong \(China\).*HK \(\+852\).*800.*1000/ })).toBeVisible();

  // Import: a file with a bad row changes nothing and names the row; then a good file.
  const importer = owner.getByLabel('Import file (CSV or XLSX)');
  await importer.setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('country_or_region,daily_alarm,daily_limit\nSG,,\nAtlantis,,\n'),
  });
  await expect(owner.getByText('Nothing was imported: 1 row(s) need correcting.')).toBeVisible();
  await expect(owner.getByRole('list', { name: 'Import problems' })).toContainText(
    'Row 3: "Atlantis" is not a country or region code',
  );
  await expect(owner.getByRole('row', { name: /Singapore/ })).toHaveCount(0);
  await importer.setInputFiles({
    name: 'good.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('country_or_region,daily_alarm,daily_limit\nSingapore,,\nUS,5,10\n'),
  });
  await expect(owner.getByText('Imported: 2 added, 0 updated.')).toBeVisible();
  await expect(owner.getByRole('row', { name: /Singapore/ })).toBeVisible();
  await expect(owner.getByRole('row', { name: /United States.*US \(\+1\)/ })).toBeVisible();

  // Edit in a dialog.
  await owner
    .getByRole('row', { name: /United States/ })
    .getByRole('button', { name: 'Edit' })
    .click();
  const dialog = owner.getByRole('dialog', { name: 'Edit United States' });
  await dialog.getByLabel('Daily limit').fill('20');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(owner.getByRole('row', { name: /United States.*5.*20/ })).toBeVisible();
  await snap(owner, 'app-sendable-countries');

  // Export: the list as CSV, importable as it is.
  const [download] = await Promise.all([
    owner.waitForEvent('download'),
    owner.getByRole('link', { name: 'CSV' }).first().click(),
  ]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toContain('country_or_region,daily_alarm,daily_limit,name');
  expect(text).toContain('HK,800,1000,Hong Kong (China)');

  // A task to a country outside the list: the message fails with 1045, unbilled.
  await owner.goto('/international/tasks/new');
  const template = owner.getByLabel('Template', { exact: true });
  await template.selectOption((await template.locator('option', { hasText: 'Global notice' }).getAttribute('value'))!);
  await owner.getByLabel('Task name').fill('Country list test');
  await owner.getByLabel('Sender ID').fill('DemoTech');
  await owner.getByLabel(/Recipient file/).setInputFiles({
    name: 'r.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('phone,variable1\n+447400123456,A-1\n+85261234567,A-2\n'),
  });
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByTestId('report-valid-numbers')).toHaveText('2');
  await owner.getByLabel(/sending costs are paid by my account/).check();
  await owner.getByRole('button', { name: 'Confirm Send' }).click();
  await expect(owner.getByRole('heading', { level: 1 })).toContainText('Details & Receipt Analysis');
  await expect(owner.getByTestId('stat-pending')).toHaveText('0', { timeout: 30_000 });
  await expect(owner.getByTestId('stat-failed')).toHaveText('1');
  await expect(owner.getByText(/1045/).first()).toBeVisible();
  await expect(owner.getByText('country/region not allowed for this application').first()).toBeVisible();
  await snap(owner, 'app-countries-1045');

  // Delete every entry so that later journeys send anywhere again.
  await owner.goto('/applications/1400100001');
  for (const name of ['Hong Kong (China)', 'Singapore', 'United States']) {
    await owner
      .getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) })
      .getByRole('button', { name: 'Delete' })
      .click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(owner.getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) })).toHaveCount(0);
  }
  await expect(owner.getByText('No countries/regions listed.')).toBeVisible();
});
