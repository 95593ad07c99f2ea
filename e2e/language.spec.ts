// R-UI-4: the language follows the browser before sign-in, the switch changes it,
// and the choice is remembered for the user in any browser.
import { expect, test } from '@playwright/test';
import { LOGINS, signIn, snap } from './fixtures';

test('Chinese from the browser’s language, the header switch, and the choice remembered per user', async ({
  browser,
}) => {
  // A browser asking for Chinese gets the Chinese login page.
  const zhContext = await browser.newContext({ locale: 'zh-CN' });
  const zh = await zhContext.newPage();
  await zh.goto('/login');
  await expect(zh.getByRole('heading', { level: 1 })).toHaveText('短信控制台');
  await expect(zh.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await zh.getByLabel('邮箱').fill(LOGINS.reviewer.email);
  await zh.getByLabel('密码').fill(LOGINS.reviewer.password);
  await zh.getByRole('button', { name: '登录' }).click();
  const nav = zh.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '审核队列' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '平台概览' })).toBeVisible();
  await snap(zh, 'language-zh-review');

  // The header switch: English now, and remembered for this reviewer.
  await zh.getByLabel('语言').selectOption('en-US');
  await expect(zh.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review Queue' })).toBeVisible();
  await zhContext.close();

  // Another browser (English) and the switch to Chinese: remembered on the user…
  const other = await browser.newContext({ locale: 'en-US' });
  const page = await other.newPage();
  await signIn(page, LOGINS.reviewer);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review Queue' }),
  ).toBeVisible();
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审核队列' })).toBeVisible();
  await other.close();

  // …so a third, English browser shows Chinese once the reviewer signs in.
  const third = await browser.newContext({ locale: 'en-US' });
  const p3 = await third.newPage();
  await signIn(p3, LOGINS.reviewer);
  await expect(p3.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审核队列' })).toBeVisible();
  // Back to English for the journeys that follow.
  await p3.getByLabel('语言').selectOption('en-US');
  await expect(p3.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review Queue' })).toBeVisible();
  await third.close();
});

test('a Chinese browser gets the translated pages: sign-in form, overview, notifications', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(LOGINS.owner.email);
  await page.getByLabel('密码').fill(LOGINS.owner.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
  await expect(page.getByText('套餐包余量（国内短信条数）')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '签名管理' }).first(),
  ).toBeVisible();
  await snap(page, 'language-zh-overview');
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 1, name: '消息通知' })).toBeVisible();
  await page.goto('/quick-start');
  await expect(page.getByRole('listitem', { name: '第 1 步：创建签名' })).toContainText('已完成');
  await expect(page.getByText('编写短信正文；变量 {1}、{2}… 在发送时填入。')).toBeVisible();
  await page.goto('/packages');
  await expect(page.getByRole('heading', { level: 1, name: '套餐包管理' })).toBeVisible();
  await expect(page.getByText('国内短信可用余量')).toBeVisible();
  await page.goto('/mainland/templates');
  await expect(page.getByRole('heading', { level: 1, name: '正文模板管理' })).toBeVisible();
  await expect(page.getByRole('table').getByText('已生效').first()).toBeVisible();
  await page.goto('/mainland/tasks');
  await expect(page.getByRole('heading', { level: 1, name: '群发短信' })).toBeVisible();
  await page.goto('/applications');
  await expect(page.getByRole('heading', { level: 1, name: '应用列表' })).toBeVisible();
  await expect(page.getByText(/已使用 \d+ \/ 500 个应用/)).toBeVisible();
  await page.goto('/statistics/mainland');
  await expect(page.getByRole('heading', { level: 1, name: '统计分析' })).toBeVisible();
  await expect(page.getByRole('link', { name: '回执分析' })).toBeVisible();
  await context.close();
});
