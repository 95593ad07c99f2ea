// Import preview with column mapping, saved and reused.
import { expect, test } from '@playwright/test';
import { LOGINS, pageAs, snap } from './fixtures';

const HEADER = 'Customer,Order No,Mobile No.,Carrier';
const csv = (rows: string[]) => ({
  name: 'shop-export.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...rows].join('\n')),
});

test('a file with the phone in the third column is mapped by hand, saved, and the next file maps itself', async ({
  browser,
}) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/mainland/tasks/new');
  const template = owner.getByLabel('Template', { exact: true });
  await template.selectOption((await template.locator('option', { hasText: 'Order shipped' }).getAttribute('value'))!);

  await owner
    .getByLabel(/Recipient file/)
    .setInputFiles(
      csv([
        'Li Lei,A1001,13712340001,SF Express',
        'Han Mei,A1002,13712340002,JD Logistics',
        'Bad Row,A1003,999,SF Express',
      ]),
    );
  const mapper = owner.getByRole('group', { name: 'Column mapping' });
  await expect(mapper.getByTestId('mapping-source')).toContainText('Choose which column holds the phone number');
  await expect(mapper.getByRole('table', { name: 'File preview' })).toContainText('13712340002');
  // Checking without a phone column is refused next to the field.
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(mapper.getByText('Choose the phone number column.')).toBeVisible();

  await mapper.getByLabel('First row is a header').check();
  await mapper.getByLabel('Phone number column').selectOption({ label: 'C — Mobile No.' });
  await mapper.getByLabel('Column for {1}').selectOption({ label: 'B — Order No' });
  await mapper.getByLabel('Column for {2}').selectOption({ label: 'D — Carrier' });
  await mapper.getByLabel('Save this mapping as (optional)').fill('Shop export');
  await snap(owner, 'mapping-by-hand');
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByTestId('report-valid-numbers')).toHaveText('2');
  await expect(owner.getByText('Column mapping saved as "Shop export".')).toBeVisible();

  // The next export with the same header: the saved mapping applies by itself.
  await owner.reload();
  await template.selectOption((await template.locator('option', { hasText: 'Order shipped' }).getAttribute('value'))!);
  await owner
    .getByLabel(/Recipient file/)
    .setInputFiles(
      csv(['Wu Yi,B2001,13712340011,SF Express', 'Zhao Qi,B2002,13712340012,EMS', 'Qian Er,B2003,13712340013,EMS']),
    );
  await expect(mapper.getByTestId('mapping-source')).toContainText('Saved mapping "Shop export" applied');
  await expect(mapper.getByLabel('Phone number column')).toHaveValue('2');
  await snap(owner, 'mapping-saved-applied');
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByTestId('report-valid-numbers')).toHaveText('3');
  await owner.getByLabel(/sending costs are paid by my account/).check();
  await owner.getByRole('button', { name: 'Confirm Send' }).click();
  await expect(owner.getByRole('heading', { level: 1 })).toContainText('Details & Receipt Analysis');
  await expect(owner.getByTestId('stat-total')).toHaveText('3');
});

test('customer import: the same mapping step picks the phone column of a CRM export', async ({ browser }) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Client Management' }).click();
  await owner.getByLabel('Into group').selectOption('new');
  await owner.getByLabel('New group name').fill('CRM export');
  await owner
    .getByLabel(/File \(CSV or XLSX/)
    .setInputFiles(csv(['Li Lei,A1001,13712350001,SF', 'Han Mei,A1002,13712350002,JD', 'Wu Yi,A1003,13712350002,EMS']));
  const mapper = owner.getByRole('group', { name: 'Column mapping' });
  await expect(mapper.getByTestId('mapping-source')).toContainText('Saved mapping "Shop export" applied');
  await mapper.getByLabel('Phone number column').selectOption({ label: 'A — Customer' });
  await owner.getByRole('button', { name: 'Import' }).click();
  await expect(owner.getByTestId('group-rejected')).toHaveText('3');
  await mapper.getByLabel('Phone number column').selectOption({ label: 'C — Mobile No.' });
  await owner.getByRole('button', { name: 'Import' }).click();
  await expect(owner.getByTestId('group-added')).toHaveText('2');
  await expect(owner.getByTestId('group-duplicates')).toHaveText('1');
  await snap(owner, 'mapping-customer-import');
});

test('a saved mapping is deleted from the import step; the next file of that header is not mapped by it', async ({
  browser,
}) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Client Management' }).click();
  await owner.getByLabel('Into group').selectOption('new');
  await owner.getByLabel('New group name').fill('CRM export 2');
  const file = csv(['Li Lei,A1001,13712350001,SF']);
  await owner.getByLabel(/File \(CSV or XLSX/).setInputFiles(file);
  const mapper = owner.getByRole('group', { name: 'Column mapping' });
  await expect(mapper.getByTestId('mapping-source')).toContainText('Saved mapping "Shop export" applied');
  await mapper.getByText(/Saved mappings: \d+ of 50/).click();
  const saved = mapper.getByRole('list', { name: 'Saved mappings' });
  await saved.getByRole('listitem').filter({ hasText: 'Shop export' }).getByRole('button', { name: 'Delete' }).click();
  const dialog = owner.getByRole('dialog');
  await expect(dialog).toContainText('Delete the saved mapping "Shop export"?');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(saved.getByRole('listitem').filter({ hasText: 'Shop export' })).toHaveCount(0);
  await snap(owner, 'mapping-saved-deleted');
  // Checked again, the same header row finds no saved mapping any more.
  await owner.reload();
  await owner.getByLabel('Into group').selectOption('new');
  await owner.getByLabel(/File \(CSV or XLSX/).setInputFiles(file);
  await expect(mapper.getByTestId('mapping-source')).not.toContainText('Shop export');
});
