// R-UI-4: a customer, a reviewer and finance work through the console in Chinese —
// a template reviewed and sent, a package bought, invoiced and issued — and then no page the
// journeys visit shows an English interface text, and axe finds no serious or critical
// violation there either. Data (names, content, ids the user typed) is marked translate="no"
// and left alone; product terms and codes are allowed.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { LOGINS, creditCode, snap } from './fixtures';
import { PAGES } from './pages';

/**
 * Latin text a Chinese page keeps: product and protocol names, codes and units, identifiers
 * written in CamelCase (API actions, policy names such as QcloudSMSFullAccess), host names.
 */
const KEEP =
  /\b([A-Z][a-z]+[A-Z]\w*|[\w-]+(\.[\w-]+)+\.(com|cn|local|net|org)|POST|App Key|SMS Console|SMS|SMPP|API|SDK|SdkAppId|AppKey|SecretId|SecretKey|RequestId|SignName|TemplateId|Sender ID|System ID|System type|ID|CSV|XLSX|JSON|URL|HTTP|HTTPS|TC3-HMAC-SHA256|HMAC-SHA256|SHA256|X-SMS-Timestamp|X-SMS-Signature|JPG|PNG|MB|KB|GB|ISO|CN|UTC|GSM-7|UCS-2|App|WeChat|QR|IP|ms|TD|QX|Unsubscribe|English|AuthFailure\.SecretIdNotFound|SMTP_URL|MAIL_FROM|date-holidays|Google Authenticator|Microsoft Authenticator|1Password|sms:\*|platform|captcha|code|phone|extend|mobile|nationcode|sign|text|time|result|timestamp\.body|sha256|Auto|Dark|Light|[A-Z]{1,3})\b/g;

/** The visible interface texts of the page that still read as English. */
async function englishLeft(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Code-like text (identifiers, credit codes, SecretIds) is set in font-mono; a textarea holds what the user typed.
      if (!el || el.closest('[translate="no"], code, pre, .font-mono, textarea, script, style, noscript')) continue;
      if (!el.checkVisibility?.()) continue;
      const t = (n.textContent ?? '').trim();
      if (t) out.push(t);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [aria-label], [title]')) {
      if (el.closest('[translate="no"]')) continue;
      for (const a of ['placeholder', 'aria-label', 'title']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
  // A text with Chinese in it is translated (names and codes inside it are data); one without
  // any that still reads as English words is not. Recharts names its legend icons itself.
  return [...new Set(texts)].filter(
    (t) =>
      !/[\u4e00-\u9fff]/.test(t) &&
      /[A-Za-z]{3,}/.test(
        t
          .replace(KEEP, '')
          .replace(/\S+@\S+/g, '')
          .replace(/https?:\/\/\S+/g, '')
          .replace(/ legend icon$/, ''),
      ),
  );
}

/** Forms beside the list pages every journey visits. */
const DETAIL_PAGES: Partial<Record<keyof typeof PAGES, string[]>> = {
  owner: ['/mainland/signatures/new', '/mainland/qualifications/new', '/settings/password'],
};
/** Lists whose first item's page is scanned too: [list, link to an item]. */
const ITEM_PAGES: Partial<Record<keyof typeof PAGES, [string, RegExp][]>> = {
  owner: [
    ['/mainland/qualifications', /^\/mainland\/qualifications\/\d+$/],
    ['/mainland/signatures', /^\/mainland\/signatures\/\d+$/],
    ['/mainland/templates', /^\/mainland\/templates\/\d+$/],
    ['/mainland/tasks', /^\/mainland\/tasks\/\d+$/],
    ['/packages', /^\/packages\/\d+$/],
  ],
  reviewer: [['/review', /^\/review\/[a-z_]+\/\d+$/]],
};

/** The first link of a list page to one of its items, if the list has any. */
async function firstItem(page: Page, list: string, pattern: RegExp): Promise<string | null> {
  await page.goto(list);
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.find((h) => pattern.test(h)) ?? null;
}

async function zhPage(browser: Browser, role: keyof typeof LOGINS) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(LOGINS[role].email);
  await page.getByLabel('密码').fill(LOGINS[role].password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  // A user who chose English before (another journey) gets it at sign-in: choose Chinese, remembered for them.
  const nav = page.getByRole('navigation', { name: /^(Main|主导航)$/ });
  await expect(nav).toBeVisible();
  if ((await nav.getAttribute('aria-label')) !== '主导航') {
    await page.getByLabel('Language').selectOption('zh-CN');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  }
  return { context, page };
}

// The journeys first (they leave a pending template for the reviewer's pages), one after the other.
test.describe.serial('zh-CN journeys', () => {
  test('zh-CN customer and reviewer: a template with a field error in Chinese, reviewed, then sent to typed numbers', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { context, page: owner } = await zhPage(browser, 'owner');
    const name = `zh-${Date.now() % 100000}`;
    await owner.goto('/mainland/templates/new');
    await expect(owner.getByRole('heading', { level: 1, name: '创建正文模板' })).toBeVisible();
    await owner.getByLabel('短信类型').selectOption('notification');
    await owner.getByLabel('短信内容').fill('您好，门店今天营业至21点，欢迎光临。');
    await owner.getByRole('button', { name: '确认' }).click();
    // The server's field error arrives in Chinese, next to the field.
    await expect(owner.getByText('请输入模板名称。')).toBeVisible();
    await owner.getByLabel('模板名称').fill(name);
    await owner.getByRole('button', { name: '确认' }).click();
    await expect(owner.getByRole('heading', { level: 1, name: `正文模板 ${name}` })).toBeVisible();
    await expect(owner.getByText('待审核').first()).toBeVisible();
    await snap(owner, 'zh-template-pending');

    const { context: rc, page: reviewer } = await zhPage(browser, 'reviewer');
    await reviewer.goto('/review');
    await reviewer
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('link', { name: '审核' })
      .click();
    await reviewer.getByRole('button', { name: '通过' }).click();
    await expect(reviewer.getByRole('status')).toContainText('已记录审核结果');
    await expect(reviewer.getByRole('status')).toContainText('已通过');
    await snap(reviewer, 'zh-review-decided');
    await rc.close();

    // The approval notice reads in Chinese; then the bulk task to two typed numbers.
    await owner.goto('/notifications');
    await expect(owner.getByText(`正文模板 ${name} 已通过`).first()).toBeVisible();
    await owner.goto('/mainland/tasks/new');
    const template = owner.getByLabel('模板', { exact: true });
    await template.selectOption((await template.locator('option', { hasText: name }).getAttribute('value'))!);
    await owner.getByLabel('输入号码').check();
    await owner.getByLabel('号码，每行一个（最多 100 个）').fill('13700000201\n13700000202');
    await owner.getByRole('button', { name: '上传并检查' }).click();
    await expect(owner.getByTestId('report-valid-numbers')).toHaveText('2');
    await owner.getByRole('button', { name: '确认发送' }).click();
    await expect(owner.getByText('请勾选确认由您承担发送费用。')).toBeVisible();
    await owner.getByLabel(/发送费用由我的账号支付/).check();
    await owner.getByRole('button', { name: '确认发送' }).click();
    await expect(owner.getByRole('heading', { level: 1 })).toContainText('详情与回执分析');
    await expect(owner.getByText('已发送', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
    await snap(owner, 'zh-task-sent');
    // One more template stays pending, for the reviewer's pages below.
    await owner.goto('/mainland/templates/new');
    await owner.getByLabel('模板名称').fill(`${name}-p`);
    await owner.getByLabel('短信类型').selectOption('notification');
    await owner.getByLabel('短信内容').fill('您的订单已发货，请注意查收。');
    await owner.getByRole('button', { name: '确认' }).click();
    await expect(owner.getByRole('heading', { level: 1, name: `正文模板 ${name}-p` })).toBeVisible();
    await context.close();
  });

  test('zh-CN customer and finance: a package bought, an invoice requested and issued', async ({ browser }) => {
    test.setTimeout(120_000);
    const { context, page: owner } = await zhPage(browser, 'owner');
    await owner.goto('/packages/buy');
    await owner.getByLabel('自定义套餐包').check();
    await owner.getByLabel('短信条数').fill('3000');
    await expect(owner.getByTestId('quote')).toHaveText('¥150.00');
    await owner.getByRole('button', { name: '立即购买' }).click();
    await expect(owner.getByText('请先阅读并同意购买协议。')).toBeVisible();
    await owner.getByLabel(/我已阅读并同意/).check();
    await owner.getByRole('button', { name: '立即购买' }).click();
    await expect(owner).toHaveURL(/\/packages$/);

    await owner.goto('/billing');
    // The monthly bill's export speaks the reader's language too.
    const [csv] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('link', { name: 'CSV', exact: true }).click(),
    ]);
    expect(fs.readFileSync(await csv.path(), 'utf8')).toContain(
      '类别,日期,SdkAppId,应用,国家/地区,计费条数,金额（元）',
    );
    // Newest order first; the address and invoice number are this run's own, so a rerun finds its rows.
    const run = String(Date.now() % 100_000).padStart(5, '0');
    const email = `zh-billing-${run}@demo.example`;
    const invoice = `044002600111-000${run}`;
    const newest = owner.getByRole('row', { name: /3,000 条 × 1.*150\.00.*申请发票/ }).first();
    const orderId = (await newest.getByRole('cell').first().textContent())!.trim();
    // An order row names its package (“3,000 条 × 1”); other tables on the page have numeric cells too.
    const order = owner
      .getByRole('row')
      .filter({ has: owner.getByRole('cell', { name: orderId, exact: true }) })
      .filter({ hasText: '条 ×' });
    await order.getByRole('button', { name: '申请发票' }).click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByLabel('税号（统一社会信用代码）').fill('12345');
    await dialog.getByLabel('发送至邮箱').fill(email);
    await dialog.getByRole('button', { name: '申请' }).click();
    await expect(dialog.getByText('请输入 18 位统一社会信用代码。')).toBeVisible();
    await dialog.getByLabel('税号（统一社会信用代码）').fill(creditCode('91110000MA01DKP12'));
    await dialog.getByRole('button', { name: '申请' }).click();
    await expect(order).toContainText('已申请');
    await snap(owner, 'zh-billing-invoice-requested');

    const { context: fc, page: finance } = await zhPage(browser, 'finance');
    await finance.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '发票' }).click();
    const request = finance.getByRole('row', {
      name: new RegExp(`Demo Tech.*150\\.00.*${email.replace(/\./g, '\\.')}`),
    });
    await request.getByRole('button', { name: '标记为已开具' }).click();
    await finance.getByRole('dialog').getByLabel('发票号码').fill(invoice);
    await finance.getByRole('dialog').getByRole('button', { name: '标记为已开具' }).click();
    await expect(finance.getByRole('row', { name: new RegExp(`Demo Tech.*已开具 ${invoice}`) })).toBeVisible();
    await snap(finance, 'zh-finance-invoice-issued');
    await fc.close();
    await owner.reload();
    await expect(owner.getByRole('row', { name: new RegExp(`已开具：${invoice}`) })).toBeVisible();
    await context.close();
  });
});

for (const role of ['owner', 'reviewer', 'finance', 'admin'] as const) {
  test(`zh-CN: every ${role} page is Chinese and passes axe`, async ({ browser }) => {
    test.setTimeout(240_000);
    const { context, page } = await zhPage(browser, role);
    const english: string[] = [];
    const violations: string[] = [];
    const items: string[] = [];
    for (const [list, pattern] of ITEM_PAGES[role] ?? []) {
      const item = await firstItem(page, list, pattern);
      if (item) items.push(item);
    }
    expect(items.length).toBe((ITEM_PAGES[role] ?? []).length);
    for (const path of [...PAGES[role], ...(DETAIL_PAGES[role] ?? []), ...items]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      for (const t of await englishLeft(page)) english.push(`${path}: ${t}`);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of axe.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
        violations.push(`${path}: ${v.id} ${v.help}`);
    }
    await context.close();
    expect({ english, violations }).toEqual({ english: [], violations: [] });
  });
}
