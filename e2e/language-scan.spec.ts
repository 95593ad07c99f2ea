// Issue 15 (R-UI-4): in Chinese, no page the journeys visit shows an English interface text,
// and axe finds no serious or critical violation there either. Data (names, content, ids the
// user typed) is marked translate="no" and left alone; product terms and codes are allowed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { LOGINS } from './fixtures';
import { PAGES } from './pages';

/** Words a Chinese page keeps in Latin letters: product and protocol names, codes, units. */
const KEEP = /\b(SMS|SMPP|API|SDK|SdkAppId|AppKey|SecretId|SecretKey|RequestId|SignName|TemplateId|Sender ID|System ID|System type|ID|CSV|XLSX|JSON|URL|HTTP|HTTPS|TC3-HMAC-SHA256|HMAC-SHA256|SHA256|X-SMS-Timestamp|X-SMS-Signature|JPG|PNG|MB|KB|GB|ISO|CN|UTC|GSM-7|UCS-2|App|WeChat|QR|IP|ms|TD|QX|Unsubscribe|English|AuthFailure\.SecretIdNotFound|SMTP_URL|MAIL_FROM|date-holidays|Google Authenticator|Microsoft Authenticator|1Password|sms:\*|platform|captcha|code|phone|extend|mobile|nationcode|sign|text|time|result|timestamp\.body|sha256|Auto|Dark|Light|[A-Z]{1,3})\b/g;

/** The visible interface texts of the page that still read as English. */
async function englishLeft(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[translate="no"], code, pre, script, style, noscript, option[value=""] ~ option[data-data]')) continue;
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
  return [...new Set(texts)].filter((t) => /[A-Za-z]{3,}/.test(t.replace(KEEP, '').replace(/\S+@\S+/g, '').replace(/https?:\/\/\S+/g, '')));
}

async function zhPage(browser: Browser, role: keyof typeof LOGINS) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(LOGINS[role].email);
  await page.getByLabel('密码').fill(LOGINS[role].password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return { context, page };
}

for (const role of ['owner', 'reviewer', 'finance', 'admin'] as const) {
  test(`zh-CN: every ${role} page is Chinese and passes axe`, async ({ browser }) => {
    test.setTimeout(240_000);
    const { context, page } = await zhPage(browser, role);
    const english: string[] = [];
    const violations: string[] = [];
    for (const path of PAGES[role]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      for (const t of await englishLeft(page)) english.push(`${path}: ${t}`);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of axe.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) violations.push(`${path}: ${v.id} ${v.help}`);
    }
    await context.close();
    expect(english).toEqual([]);
    expect(violations).toEqual([]);
  });
}
