import { expect, test, type Page } from '@playwright/test';
import { LOGINS, PNG_FILE, creditCode, idNumber, pageAs, signIn, snap } from './fixtures';

async function reviewFirst(
  reviewer: Page,
  title: string,
  decision: { reject?: { reason: string; suggestion: string } } = {},
) {
  await reviewer.goto('/review');
  const row = reviewer.getByRole('row', { name: new RegExp(title) });
  await row.getByRole('link', { name: 'Review' }).click();
  await expect(reviewer.getByRole('heading', { level: 1 })).toBeVisible();
  if (decision.reject) {
    await reviewer.getByLabel('Rejection reason').fill(decision.reject.reason);
    await reviewer.getByLabel('Suggestion').fill(decision.reject.suggestion);
    await reviewer.getByRole('button', { name: 'Reject' }).click();
  } else {
    await reviewer.getByRole('button', { name: 'Approve' }).click();
  }
  await expect(reviewer).toHaveURL(/\/review\?decided=/);
  // The reviewer sees that the decision was recorded.
  await expect(reviewer.getByRole('status')).toContainText(`Decision recorded:`);
  await expect(reviewer.getByRole('status')).toContainText(decision.reject ? 'rejected' : 'approved');
}

test('qualification → signature → rejection → resubmission → effective; Quick Start step 1 done', async ({
  browser,
}) => {
  const owner = await pageAs(browser, LOGINS.owner);
  const reviewer = await pageAs(browser, LOGINS.reviewer);

  await owner.goto('/notifications');
  await owner.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(owner.getByTestId('unread-count')).toHaveCount(0);
  // Add Qualification (self-use: the real-name is filled in)
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Qualifications' }).click();
  await owner.getByRole('link', { name: 'Add Qualification' }).click();
  await expect(owner.getByLabel('Enterprise name')).toHaveValue('Demo Tech Co., Ltd.');
  await owner.getByLabel('Unified social credit code').fill('123');
  await owner.getByRole('button', { name: 'Submit for review' }).click();
  await expect(owner.getByText('Enter a valid 18-character unified social credit code.')).toBeVisible();
  await owner.getByLabel('Unified social credit code').fill(creditCode('91110000MA01ABCD1'));
  await owner.getByLabel('Legal representative name').fill('Zhang San');
  await owner.getByLabel('Legal representative ID number').fill(idNumber('11010519491231002'));
  await owner.getByLabel('Administrator name').fill('Li Si');
  await owner.getByLabel('Administrator ID number').fill(idNumber('44030419900101001'));
  await owner.getByLabel('Administrator phone').fill('138 1234 5678');
  await owner.getByLabel('Business licence').setInputFiles({ ...PNG_FILE, name: 'licence.png' });
  await owner.getByLabel('Legal representative ID (front)').setInputFiles(PNG_FILE);
  await owner.getByLabel('Legal representative ID (back)').setInputFiles(PNG_FILE);
  await owner.getByLabel('Administrator ID (front)').setInputFiles(PNG_FILE);
  // A text file renamed .png is refused by its content.
  await owner
    .getByLabel('Administrator ID (back)')
    .setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('hello') });
  await owner.getByRole('button', { name: 'Submit for review' }).click();
  await expect(owner.getByText('Upload a JPG or PNG image (the file content is neither).')).toBeVisible();
  await owner.getByLabel('Administrator ID (back)').setInputFiles(PNG_FILE);
  await owner.getByRole('button', { name: 'Submit for review' }).click();
  await expect(owner.getByText('Pending review').first()).toBeVisible();
  await expect(owner.getByRole('img', { name: 'Business licence' })).toBeVisible();

  // The reviewer sees it in the queue with its images and approves.
  await reviewer.goto('/review');
  await expect(reviewer.getByRole('row', { name: /Qualification.*Demo Tech Co\., Ltd\./ })).toBeVisible();
  await snap(reviewer, 'content-review-queue');
  await reviewer
    .getByRole('row', { name: /Qualification.*Demo Tech/ })
    .getByRole('link', { name: 'Review' })
    .click();
  await expect(reviewer.getByRole('img', { name: 'Business licence' })).toBeVisible();
  await snap(reviewer, 'content-review-qualification');
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer).toHaveURL(/\/review\?decided=approved/);
  await expect(reviewer.getByRole('status')).toHaveText(/Decision recorded: qualification \d+ approved\./);

  // Create Signature bound to it.
  await owner.goto('/mainland/signatures');
  await owner.getByRole('link', { name: 'Create Signature' }).click();
  await owner.getByLabel('Qualification').selectOption({ index: 1 });
  await owner.getByLabel('Signature Content').fill('test');
  await expect(owner.getByText(/does not identify the sender/)).toBeVisible();
  await owner.getByLabel('Signature Content').fill('【DemoTech】');
  await expect(owner.getByText(/Error: Enter the signature without brackets/)).toBeVisible();
  await owner.getByLabel('Signature Content').fill('DemoShop');
  await owner.getByRole('button', { name: 'Submit for review' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Signature DemoShop' })).toBeVisible();

  await reviewFirst(reviewer, 'DemoShop', {
    reject: {
      reason: 'The signature does not match the qualification name',
      suggestion: 'Use your company short name',
    },
  });

  // The owner sees the reason on hover in the list and in the details, modifies and resubmits.
  await owner.goto('/mainland/signatures');
  const row = owner.getByRole('row', { name: /DemoShop/ });
  await row.getByText('Rejected').hover();
  await expect(owner.getByRole('tooltip')).toContainText('does not match the qualification name');
  await snap(owner, 'content-signature-rejected-hover');
  await row.getByRole('link', { name: 'Modify' }).click();
  await expect(
    owner.getByText(
      'Rejected: The signature does not match the qualification name — Suggestion: Use your company short name',
    ),
  ).toBeVisible();
  await owner.getByLabel('Signature Content').fill('演示商城');
  await owner.getByRole('button', { name: 'Resubmit for review' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Signature 演示商城' })).toBeVisible();

  await reviewFirst(reviewer, '演示商城');
  await owner.reload();
  await expect(owner.getByText('Effective', { exact: true })).toBeVisible();
  await expect(owner.getByRole('list', { name: 'History' })).toContainText('Rejected');
  await expect(owner.getByRole('list', { name: 'History' })).toContainText('Took effect');

  // The decisions reached the notification centre.
  await expect(owner.getByTestId('unread-count')).toHaveText('3');
  await owner.getByRole('link', { name: /Notifications/ }).click();
  await expect(owner.getByText('Signature 【演示商城】 approved')).toBeVisible();

  await owner.goto('/quick-start');
  await expect(owner.getByRole('listitem', { name: 'Step 1: Create Signature' })).toContainText('Done');
  await snap(owner, 'content-quick-start');
  await owner.goto('/overview');
  // The demo's two seeded signatures and this one.
  await expect(owner.getByLabel('Signatures by status')).toContainText('Effective3');
});

test('body template with variables and marketing type: linter and billed count while typing', async ({ page }) => {
  await signIn(page, LOGINS.owner);
  await page.goto('/mainland/templates/new');
  await page.getByLabel('Template Name').fill('Double 11 sale');
  await page.getByLabel('SMS Type').selectOption('marketing');
  const content = page.getByLabel('SMS Content');
  await content.fill('Dear {1}, 双十一全场五折，优惠码{3}');
  await expect(page.getByText(/numbered consecutively/).first()).toBeVisible();
  await expect(page.getByText(/must tell how to unsubscribe/)).toBeVisible();
  await content.fill('Dear {1}, 双十一全场五折，优惠码{2}，拒收请回复R');
  await expect(page.getByText(/numbered consecutively/).first()).toBeVisible(); // the hint stays
  await expect(page.getByRole('alert').filter({ hasText: /unsubscribe|consecutively/ })).toHaveCount(0);
  await expect(page.getByTestId('template-variables')).toHaveText('{1} {2}');
  const body = 'Dear {1}, 双十一全场五折，优惠码{2}，拒收请回复R';
  // R-TPL-7: the length counts the chosen signature with its 【】.
  await page.getByLabel('Preview with signature').selectOption({ index: 0 });
  const signature = await page.getByLabel('Preview with signature').inputValue();
  const expected = body.length + (signature ? signature.length + 2 : 0);
  await expect(page.getByTestId('template-length')).toHaveText(`${expected} characters`);
  await expect(page.getByTestId('template-preview')).toHaveText(signature ? `【${signature}】${body}` : body);
  await expect(page.getByTestId('template-billable')).toHaveText('1 message');
  await content.fill(`${body}${'好'.repeat(71 - expected)}`);
  await expect(page.getByTestId('template-billable')).toHaveText('2 messages');
  await snap(page, 'content-template-typing');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Body template Double 11 sale' })).toBeVisible();
  await expect(page.getByText('Pending review')).toBeVisible();
});

test('international signature and template; a template without a signature', async ({ page }) => {
  await signIn(page, LOGINS.owner);
  await page.goto('/international/signatures/new');
  await expect(page.getByLabel('Qualification')).toHaveCount(0);
  await page.getByLabel('Signature Type').selectOption('app');
  await page.getByLabel('Signature Content').fill('DemoGlobal');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Describe the app, website or WeChat account (name, link, what it does).')).toBeVisible();
  await page.getByLabel(/Application notes/).fill('DemoGlobal shopping app, https://demo.example');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Signature DemoGlobal' })).toBeVisible();

  await page.goto('/international/templates/new');
  await page.getByLabel('Template Name').fill('Global code');
  await page.getByLabel('SMS Content').fill('Your code is {1}. Valid for 5 minutes.');
  await page.getByLabel('Preview with signature').selectOption('');
  await expect(page.getByTestId('template-preview')).toHaveText('Your code is {1}. Valid for 5 minutes.');
  await expect(page.getByTestId('template-billable')).toHaveText('1 message');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Body template Global code' })).toBeVisible();
  await page.goto('/international/templates');
  await expect(page.getByRole('row', { name: /Global code/ })).toBeVisible();
  await snap(page, 'content-international-templates');
});

test('individual owner is not offered marketing or company/trademark signatures', async ({ page }) => {
  await signIn(page, LOGINS.solo);
  await page.goto('/international/templates/new');
  await expect(page.getByLabel('SMS Type').locator('option')).toHaveText(['Verification code', 'Notification']);
  await page.goto('/international/signatures/new');
  await expect(page.getByLabel('Signature Type').locator('option')).toHaveText([
    'App',
    'Website',
    'WeChat official account or mini program',
  ]);
});

test('delete by status, another account by id, and the review queue closed to customers', async ({ browser }) => {
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/international/templates/new');
  await owner.getByLabel('Template Name').fill('To delete');
  await owner.getByLabel('SMS Content').fill('Order {1} has shipped.');
  await owner.getByRole('button', { name: 'Confirm' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Body template To delete' })).toBeVisible();
  const templateUrl = owner.url();
  await owner.goto('/mainland/qualifications');
  await owner.getByRole('link', { name: 'View', exact: true }).first().click();
  const imageSrc = await owner.getByRole('img', { name: 'Business licence' }).getAttribute('src');

  const solo = await pageAs(browser, LOGINS.solo);
  expect((await solo.goto(templateUrl))?.status()).toBe(404);
  expect((await solo.goto(imageSrc!))?.status()).toBe(404);
  await solo.goto('/review');
  await expect(solo.getByRole('heading', { name: 'No access' })).toBeVisible();

  await owner.goto(templateUrl);
  await owner.getByRole('button', { name: 'Delete' }).click();
  await expect(owner.getByRole('dialog')).toContainText('This cannot be undone.');
  await owner.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(owner).toHaveURL(/\/international\/templates$/);
  await expect(owner.getByRole('row', { name: /To delete/ })).toHaveCount(0);
});
