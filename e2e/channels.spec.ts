import { expect, test, type Page } from '@playwright/test';
import { E2E_METRICS_TOKEN, SMSC_CONTROL_PORT, SMSC_PORT } from './ports';
import { LOGINS, addSmscChannel, pageAs, snap } from './fixtures';

// An admin points an SMPP channel at `npm run smsc`, routes mainland to it; the owner
// sends 500 numbers and the receipts come back over SMPP; a disabled channel holds a second task,
// which drains when the channel is enabled again.

async function sendTask(owner: Page, first: number, count: number): Promise<void> {
  const lines = ['phone,variable1,variable2'];
  for (let i = 0; i < count; i++) lines.push(`${first + i},S-${i},SF`);
  await owner.goto('/mainland/tasks');
  await owner.getByRole('link', { name: 'Create Bulk SMS Sending Task' }).click();
  const select = owner.getByLabel('Template', { exact: true });
  await select.selectOption(
    (await select.locator('option', { hasText: 'Order shipped' }).first().getAttribute('value'))!,
  );
  await owner
    .getByLabel(/Recipient file/)
    .setInputFiles({ name: 'smpp.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByTestId('report-valid-numbers')).toHaveText(String(count));
  await owner.getByLabel(/sending costs are paid by my account/).check();
  await owner.getByRole('button', { name: 'Confirm Send' }).click();
  await expect(owner.getByRole('heading', { level: 1 })).toContainText('Details & Receipt Analysis');
}

const num = async (page: Page, id: string) => Number((await page.getByTestId(id).textContent())!.replace(/\D/g, ''));

test('SMPP channel journey: add a channel, route mainland to it, receipts arrive; disabled it holds a task that drains when enabled', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await pageAs(browser, LOGINS.admin);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Channels' }).click();
  await expect(admin.getByRole('row', { name: /Simulator/ })).toBeVisible();

  // Add channel: bad input first gets field errors and changes nothing.
  await admin.getByRole('button', { name: 'Add channel' }).click();
  await expect(admin.getByText('Enter a name.')).toBeVisible();
  await expect(admin.getByText('Enter the SMSC host.')).toBeVisible();
  await addSmscChannel(admin, 'Carrier SMSC', SMSC_PORT, { rate: '400', window: '50' });
  const row = admin.getByRole('row', { name: /Carrier SMSC/ });
  // The password is never shown again.
  expect(await admin.content()).not.toContain('smsc_pwd');
  await snap(admin, 'channels-bound');

  // Send test message through the link.
  await row.getByRole('button', { name: 'Send test message' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('Phone number').fill('13812340000');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText(/Accepted by the carrier: message id/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Route mainland China to it, first in the order.
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routes' }).click();
  await admin.getByLabel('Region', { exact: true }).selectOption('mainland');
  await admin.getByRole('group', { name: 'Channels' }).getByLabel('Primary').selectOption({ label: 'Carrier SMSC' });
  await admin.getByRole('button', { name: 'Add route' }).click();
  await expect(admin.getByText('Route added at the end of the order.')).toBeVisible();
  const ourRoute = admin.getByRole('row', { name: /Mainland China.*Carrier SMSC/ });
  await expect(ourRoute).toBeVisible();
  await ourRoute.getByRole('button', { name: /Move route \d+ up/ }).click();
  await expect(admin.getByRole('row').nth(1)).toContainText('Carrier SMSC');
  await snap(admin, 'routes');

  // The owner sends 500 numbers; receipts arrive over SMPP.
  const owner = await pageAs(browser, LOGINS.owner);
  const smscBefore = JSON.parse(await (await fetch(`http://127.0.0.1:${SMSC_CONTROL_PORT}/`)).text()) as {
    accepted: number;
  };
  await sendTask(owner, 13855500000, 500);
  await expect(async () => {
    expect(await num(owner, 'stat-delivered')).toBeGreaterThan(0);
    expect((await num(owner, 'stat-delivered')) + (await num(owner, 'stat-undelivered'))).toBe(500);
  }).toPass({ timeout: 60_000 });
  expect(await num(owner, 'stat-undelivered')).toBeGreaterThan(0);
  await expect(owner.getByRole('cell', { name: 'UNDELIV:001', exact: true })).toBeVisible();
  const smscAfter = JSON.parse(await (await fetch(`http://127.0.0.1:${SMSC_CONTROL_PORT}/`)).text()) as {
    accepted: number;
  };
  expect(smscAfter.accepted - smscBefore.accepted).toBe(500);
  await snap(owner, 'channels-task-receipts');

  // Receipt Analysis shows the carrier's codes.
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mainland', exact: true }).click();
  await owner.getByLabel('Period').selectOption('today');
  await owner.getByRole('button', { name: 'Query' }).click();
  await owner.getByRole('link', { name: 'Receipt Analysis' }).click();
  await expect(owner.getByText('UNDELIV:001').first()).toBeVisible();
  await snap(owner, 'channels-receipt-analysis');

  // Disable the channel: a second task waits for a carrier.
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Channels' }).click();
  await admin
    .getByRole('row', { name: /Carrier SMSC/ })
    .getByRole('button', { name: 'Disable' })
    .click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Disable' }).click();
  await expect(admin.getByRole('row', { name: /Carrier SMSC/ }).getByText('Disabled')).toBeVisible();
  await sendTask(owner, 13855600000, 500);
  await expect(owner.getByTestId('stat-waiting')).toHaveText('500', { timeout: 30_000 });
  await owner.waitForTimeout(3_000);
  expect(await num(owner, 'stat-delivered')).toBe(0);
  expect(await num(owner, 'stat-waiting')).toBe(500);
  await snap(owner, 'channels-task-waiting');

  // Enable it again: the queue drains and receipts arrive.
  await admin
    .getByRole('row', { name: /Carrier SMSC/ })
    .getByRole('button', { name: 'Enable' })
    .click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Enable' }).click();
  await expect(owner.getByTestId('stat-waiting')).toHaveText('0', { timeout: 60_000 });
  await expect(async () =>
    expect((await num(owner, 'stat-delivered')) + (await num(owner, 'stat-undelivered'))).toBe(500),
  ).toPass({ timeout: 60_000 });
  await snap(owner, 'channels-task-drained');

  // Metrics show the channel's messages (token required).
  expect((await admin.request.get('/api/metrics')).status()).toBe(401);
  const metrics = await (
    await admin.request.get('/api/metrics', { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } })
  ).text();
  expect(metrics).toMatch(/sms_messages_total\{status="delivered",channel="\d+"\} \d+/);
  expect(metrics).toMatch(/sms_channel_up\{channel="\d+",name="Carrier SMSC",kind="smpp"\} 1/);

  // Leave the platform as the other journeys expect it: mainland back on the simulator.
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routes' }).click();
  await admin
    .getByRole('row', { name: /Mainland China.*Carrier SMSC/ })
    .getByRole('button', { name: 'Delete' })
    .click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(admin.getByRole('row', { name: /Carrier SMSC/ })).toHaveCount(0);
});
