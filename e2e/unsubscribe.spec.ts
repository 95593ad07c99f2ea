// R-UNS-1/2: a handset replies TD over SMPP (npm run smsc); the owner queries the number per type,
// applies for removal, a reviewer approves it, and the number may receive messages again.
import { expect, test } from '@playwright/test';
import { LOGINS, addSmscChannel, pageAs, snap } from './fixtures';
import { SMSC_CONTROL_PORT, SMSC_PORT } from './ports';

test('unsubscribe removal: TD reply → query per type → apply for removal → reviewer approves → subscribed again', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await pageAs(browser, LOGINS.admin);
  // A channel of its own at the SMSC, and a route for one number prefix only.
  await admin.goto('/admin/channels');
  await addSmscChannel(admin, 'Reply SMSC', SMSC_PORT);
  await admin.goto('/admin/routes');
  await admin.getByLabel('Region', { exact: true }).selectOption('mainland');
  await admin.getByLabel('Country or prefix').fill('+8613799');
  await admin.getByRole('group', { name: 'Channels' }).getByLabel('Primary').selectOption({ label: 'Reply SMSC' });
  await admin.getByRole('button', { name: 'Add route' }).click();
  await expect(admin.getByText('Route added at the end of the order.')).toBeVisible();
  const route = admin.getByRole('row', { name: /\+8613799.*Reply SMSC/ });
  while (!(await admin.getByRole('row').nth(1).textContent())?.includes('Reply SMSC')) {
    await route.getByRole('button', { name: /Move route \d+ up/ }).click();
    await admin.waitForTimeout(300);
  }

  // The owner sends one notice to the number; the handset answers TD.
  const owner = await pageAs(browser, LOGINS.owner);
  await owner.goto('/mainland/tasks/new');
  await owner.getByLabel('Signature', { exact: true }).selectOption({ label: '演示科技' });
  const template = owner.getByLabel('Template', { exact: true });
  await template.selectOption((await template.locator('option', { hasText: 'Store notice' }).getAttribute('value'))!);
  await owner.getByLabel('Enter numbers').check();
  await owner.getByLabel('Numbers, one per line (at most 100)').fill('13799000001');
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByTestId('report-valid-numbers')).toHaveText('1');
  await owner.getByLabel(/sending costs are paid by my account/).check();
  await owner.getByRole('button', { name: 'Confirm Send' }).click();
  await expect(owner.getByTestId('stat-waiting')).toHaveText('0', { timeout: 30_000 });
  await expect(owner.getByTestId('stat-sent')).toHaveText('1');
  await expect(async () => {
    const answer = await (
      await fetch(`http://127.0.0.1:${SMSC_CONTROL_PORT}/command`, { method: 'POST', body: 'inbound 8613799000001 TD' })
    ).text();
    expect(answer.trim()).toBe('sent');
  }).toPass({ timeout: 10_000 });
  await expect(async () => {
    await owner.goto('/unsubscribed');
    await expect(owner.getByRole('row', { name: /137\*\*\*\*0001.*演示科技.*Notification/ })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });

  // Query by number, application and signature: unsubscribed from notifications only.
  const query = owner.getByRole('form', { name: 'Query unsubscription' });
  await query.getByLabel('Mobile number').fill('12');
  await query.getByRole('button', { name: 'Query' }).click();
  await expect(query.getByText('Not a valid mainland China mobile number', { exact: false })).toBeVisible();
  await query.getByLabel('Mobile number').fill('13799000001');
  await query.getByLabel('Signature').selectOption({ label: '演示科技' });
  await query.getByRole('button', { name: 'Query' }).click();
  const status = owner.getByRole('region', { name: 'Unsubscription status' });
  await expect(status.getByRole('row', { name: /Notification.*Unsubscribed.*reply “TD”/ })).toBeVisible();
  await expect(status.getByRole('row', { name: /Marketing.*Subscribed/ })).toBeVisible();
  const apply = owner.getByRole('form', { name: 'Apply for removal' });
  await apply.getByLabel('Reason for removal').fill('no');
  await apply.getByRole('button', { name: 'Apply for removal' }).click();
  await expect(apply.getByText('Say in 5 to 300 characters why the number may receive messages again.')).toBeVisible();
  await apply.getByLabel('Reason for removal').fill('The customer called and asked for order notices again.');
  await apply.getByRole('button', { name: 'Apply for removal' }).click();
  await expect(owner.getByText(/Removal request #\d+ was sent for review\./)).toBeVisible();
  await owner.reload();
  await expect(owner.getByRole('row', { name: /137\*\*\*\*0001.*order notices again.*Pending review/ })).toBeVisible();
  await snap(owner, 'unsubscribe-removal-requested');

  // The reviewer sees it as its own kind, with the reply that unsubscribed, and approves.
  const reviewer = await pageAs(browser, LOGINS.reviewer);
  await reviewer.goto('/review?kind=unsubscribe_removal');
  await reviewer
    .getByRole('row', { name: /Unsubscribe removal.*137\*\*\*\*0001/ })
    .getByRole('link', { name: 'Review' })
    .click();
  await expect(reviewer.getByText('notification: reply “TD”', { exact: false })).toBeVisible();
  await snap(reviewer, 'unsubscribe-removal-review');
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer).toHaveURL(/\/review\?decided=approved/);

  await owner.reload();
  await expect(owner.getByRole('row', { name: /137\*\*\*\*0001.*Approved: removed/ })).toBeVisible();
  await expect(owner.getByRole('row', { name: /137\*\*\*\*0001.*演示科技.*Notification/ })).toHaveCount(0);

  // Leave the platform as the other journeys expect it.
  await admin.goto('/admin/routes');
  await admin
    .getByRole('row', { name: /\+8613799.*Reply SMSC/ })
    .getByRole('button', { name: 'Delete' })
    .click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(admin.getByRole('row', { name: /Reply SMSC/ })).toHaveCount(0);
  await admin.goto('/admin/channels');
  await admin
    .getByRole('row', { name: /Reply SMSC/ })
    .getByRole('button', { name: 'Disable' })
    .click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Disable' }).click();
  await expect(admin.getByRole('row', { name: /Reply SMSC/ }).getByText('Disabled')).toBeVisible();
});
