import { expect, test } from '@playwright/test';
import { LOGINS, pageAs, snap } from './fixtures';

test('client management: import 1,000 numbers into a new group, add 3 by hand, Send SMS to the group', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const owner = await pageAs(browser, LOGINS.owner);
  const lines = ['name,phone'];
  for (let i = 0; i < 950; i++) lines.push(`c${i},1370000${String(i).padStart(4, '0')}`);
  for (let i = 0; i < 30; i++) lines.push(`dup${i},+86 137 0000 ${String(i).padStart(4, '0')}`);
  for (let i = 0; i < 20; i++) lines.push(`bad${i},12${i}`);

  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Client Management' }).click();
  await owner.getByLabel('Into group').selectOption('new');
  await owner.getByLabel('New group name').fill('Spring VIP');
  await owner
    .getByLabel(/File \(CSV or XLSX/)
    .setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await owner.getByRole('button', { name: 'Import' }).click();
  await expect(owner.getByTestId('group-added')).toHaveText('950');
  await expect(owner.getByTestId('group-duplicates')).toHaveText('30');
  await expect(owner.getByTestId('group-rejected')).toHaveText('20');
  await expect(owner.getByTestId('count-Spring VIP')).toHaveText('950');
  await snap(owner, 'clients-groups');

  await owner
    .getByRole('row', { name: /Spring VIP/ })
    .getByRole('link', { name: 'View Numbers' })
    .click();
  // The group page, fully loaded (a late refresh of the list page must not replace it mid-typing).
  await expect(owner.getByRole('heading', { name: 'Numbers (950)' })).toBeVisible();
  await owner.waitForLoadState('networkidle');
  await owner.getByLabel('Manual Input').check();
  await owner.getByLabel(/Numbers, one per line/).fill('13600000001\n13600000002\n13600000003\n13700000000');
  await owner.getByRole('button', { name: 'Import' }).click();
  await expect(owner.getByTestId('group-added')).toHaveText('3');
  await expect(owner.getByRole('heading', { name: 'Numbers (953)' })).toBeVisible();
  await expect(owner.getByRole('row', { name: /136\*\*\*\*0003/ })).toBeVisible();

  await owner.getByRole('link', { name: 'Send SMS' }).click();
  await expect(owner.getByLabel('Select customer group')).toBeChecked();
  // The form opens on a template that can use a group (one without variables).
  await expect(owner.getByTestId('template-content')).not.toContainText('{');
  await expect(owner.getByLabel('Select customer group')).toBeEnabled();
  const select = owner.getByLabel('Template', { exact: true });
  await select.selectOption((await select.locator('option', { hasText: 'Store notice' }).getAttribute('value'))!);
  await owner.getByRole('button', { name: 'Upload and check' }).click();
  await expect(owner.getByTestId('report-valid-numbers')).toHaveText('953');
  await owner.getByLabel(/sending costs are paid by my account/).check();
  await owner.getByRole('button', { name: 'Confirm Send' }).click();
  await expect(owner.getByRole('heading', { level: 1 })).toContainText('Details & Receipt Analysis');
  await expect(owner.getByTestId('stat-total')).toHaveText('953');
  await snap(owner, 'clients-task');

  // A template with variables cannot go to a group.
  await owner.goto('/mainland/tasks/new');
  const tpl = owner.getByLabel('Template', { exact: true });
  await tpl.selectOption((await tpl.locator('option', { hasText: 'Order shipped' }).getAttribute('value'))!);
  await expect(owner.getByLabel('Select customer group')).toBeDisabled();

  // An international group while every effective international template has variables: the form says why it cannot send.
  await owner.goto('/clients');
  const create = owner.locator('form').filter({ has: owner.locator('#create-group-name') });
  await create.getByLabel('Group name').fill('Overseas VIP');
  await create.getByLabel('Message type').selectOption('international');
  await create.getByRole('button', { name: 'Create' }).click();
  await owner
    .getByRole('row', { name: /Overseas VIP/ })
    .getByRole('link', { name: 'Send SMS' })
    .click();
  await expect(owner.getByRole('status').filter({ hasText: 'can send to a customer group' })).toContainText(
    'None of your effective international templates can send to a customer group. A group holds numbers only, so the template must have no variables.',
  );
  await expect(owner.getByRole('link', { name: 'Create Body Template' })).toBeVisible();
  await snap(owner, 'clients-group-no-template');

  // Another account cannot open the group.
  const href = await (async () => {
    await owner.goto('/clients');
    return owner
      .getByRole('row', { name: /Spring VIP/ })
      .getByRole('link', { name: 'View Numbers' })
      .getAttribute('href');
  })();
  const solo = await pageAs(browser, LOGINS.solo);
  expect((await solo.goto(href!))?.status()).toBe(404);
});
