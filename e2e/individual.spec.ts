import { expect, test } from '@playwright/test';
import { LOGINS, PNG_FILE, idNumber, pageAs, snap } from './fixtures';

/** R-QUA-1a: an individual account follows the whole path to its first mainland message. */
test('individual: ID-card qualification → app signature → template → send to typed numbers', async ({ browser }) => {
  test.setTimeout(120_000);
  const solo = await pageAs(browser, LOGINS.solo);
  const reviewer = await pageAs(browser, LOGINS.reviewer);

  await solo.goto('/mainland/qualifications');
  await solo.getByRole('link', { name: 'Add Qualification' }).click();
  await expect(solo.getByLabel('Name', { exact: true })).toHaveValue('Li Wei');
  await expect(solo.getByLabel('Unified social credit code')).toHaveCount(0);
  await solo.getByLabel('ID number').fill('12345');
  await solo.getByRole('button', { name: 'Submit for review' }).click();
  await expect(solo.getByText('Enter a valid 18-character ID number.')).toBeVisible();
  await solo.getByLabel('ID number').fill(idNumber('44030419900101001'));
  await solo.getByLabel('ID card (front)').setInputFiles(PNG_FILE);
  await solo.getByRole('button', { name: 'Submit for review' }).click();
  await expect(solo.getByText('Upload this image (JPG or PNG, at most 5 MB).')).toBeVisible();
  await solo.getByLabel('ID card (front)').setInputFiles(PNG_FILE);
  await solo.getByLabel('ID card (back)').setInputFiles(PNG_FILE);
  await solo.getByRole('button', { name: 'Submit for review' }).click();
  await expect(solo.getByRole('heading', { level: 1, name: 'Li Wei' })).toBeVisible();
  await expect(solo.getByText('Self-use (individual)')).toBeVisible();
  await expect(solo.getByRole('img', { name: 'ID card (front)' })).toBeVisible();
  await snap(solo, 'individual-qualification');

  // The reviewer sees the ID card and approves it like an enterprise qualification.
  await reviewer.goto('/review?kind=qualification');
  await reviewer
    .getByRole('row', { name: /Qualification.*Li Wei/ })
    .getByRole('link', { name: 'Review' })
    .click();
  await expect(reviewer.getByRole('img', { name: 'ID card (back)' })).toBeVisible();
  await expect(reviewer.getByText('Self-use (individual)')).toBeVisible();
  await snap(reviewer, 'individual-review');
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer).toHaveURL(/\/review\?decided=approved/);

  // An app signature bound to it.
  await solo.goto('/mainland/signatures/new');
  await expect(solo.getByLabel('Signature Type').locator('option')).toHaveText([
    'App',
    'Website',
    'WeChat official account or mini program',
  ]);
  await solo.getByLabel('Qualification').selectOption({ index: 1 });
  await expect(solo.getByLabel('Qualification')).toContainText('Li Wei (#');
  await solo.getByLabel('Signature Content').fill('小李商店');
  await solo.getByLabel('Application notes').fill('The shop app of Li Wei');
  await solo.getByRole('button', { name: 'Submit for review' }).click();
  await expect(solo.getByRole('heading', { level: 1, name: 'Signature 小李商店' })).toBeVisible();
  await reviewer.goto('/review');
  await reviewer
    .getByRole('row', { name: /小李商店/ })
    .getByRole('link', { name: 'Review' })
    .click();
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer).toHaveURL(/\/review\?decided=approved/);

  // A notification template without variables.
  await solo.goto('/mainland/templates/new');
  await solo.getByLabel('Template Name').fill('Opening hours');
  await solo.getByLabel('SMS Type').selectOption('notification');
  await solo.getByLabel('SMS Content').fill('本店今日营业至21点，欢迎光临。');
  await solo.getByRole('button', { name: 'Confirm' }).click();
  await expect(solo.getByRole('heading', { level: 1, name: 'Body template Opening hours' })).toBeVisible();
  await reviewer.goto('/review');
  await reviewer
    .getByRole('row', { name: /Opening hours/ })
    .getByRole('link', { name: 'Review' })
    .click();
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer).toHaveURL(/\/review\?decided=approved/);

  // Send it from the individual's own application to two typed numbers.
  await solo.goto('/mainland/tasks/new');
  await expect(solo.getByLabel('Application')).toContainText('Li Wei App');
  const template = solo.getByLabel('Template', { exact: true });
  await template.selectOption((await template.locator('option', { hasText: 'Opening hours' }).getAttribute('value'))!);
  await solo.getByLabel('Enter numbers').check();
  await solo.getByLabel('Numbers, one per line (at most 100)').fill('13700000101\n13700000102');
  await solo.getByRole('button', { name: 'Upload and check' }).click();
  await expect(solo.getByTestId('report-valid-numbers')).toHaveText('2');
  await solo.getByLabel(/sending costs are paid by my account/).check();
  await solo.getByRole('button', { name: 'Confirm Send' }).click();
  await expect(solo.getByRole('heading', { level: 1 })).toContainText('Details & Receipt Analysis');
  await expect(solo.getByText('Sent', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await expect(solo.getByTestId('stat-billed')).toContainText('2');
  await snap(solo, 'individual-task-sent');
});
