// The console at a phone's width (390 px): no page scrolls sideways, and the
// navigation is a drawer behind a menu button.
import { expect, test, type Page } from '@playwright/test';
import { LOGINS, signIn, snap } from './fixtures';
import { PAGES } from './pages';

test.use({ viewport: { width: 390, height: 844 } });

/** The page's width problem at this viewport, or null; the widest element is named to fix it. */
async function sidewaysScroll(page: Page, path: string): Promise<string | null> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const w = await page.evaluate(() => {
    const view = window.innerWidth;
    let widest = '';
    let max = 0;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      if (clipped(el)) continue;
      const r = (el as HTMLElement).getBoundingClientRect();
      if (r.right > view + 1 && r.right > max && (el as HTMLElement).offsetParent !== null) {
        max = r.right;
        widest = `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className)
          .split(' ')
          .slice(0, 3)
          .join('.')}`;
      }
    }
    return { scroll: document.documentElement.scrollWidth, view, widest };
  });
  return w.scroll > w.view ? `${path} is ${w.scroll} px wide at ${w.view} px (${w.widest})` : null;
}

async function checkAll(page: Page, paths: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    const p = await sidewaysScroll(page, path);
    if (p) problems.push(p);
  }
  return problems;
}

test('customer pages at 390 px: no sideways scroll; the menu button opens the navigation drawer', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await checkAll(page, ['/login']);
  await signIn(page, LOGINS.owner);
  problems.push(...(await checkAll(page, PAGES.owner)));
  expect(problems).toEqual([]);

  // The sidebar is not in the way; the menu button opens it as a drawer, Escape closes it.
  await page.goto('/overview');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.getByRole('button', { name: 'Open navigation' }).click();
  const drawer = page.getByRole('dialog', { name: 'Navigation' });
  await expect(drawer.getByRole('link', { name: 'Packages' })).toBeVisible();
  await snap(page, 'responsive-drawer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  // Following a link closes the drawer.
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await drawer.getByRole('link', { name: 'Packages' }).click();
  await expect(page).toHaveURL(/\/packages$/);
  await expect(drawer).toBeHidden();
  await page.goto('/mainland/tasks');
  await snap(page, 'responsive-tasks');
});

test('platform pages at 390 px: no sideways scroll', async ({ browser }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const role of ['reviewer', 'finance', 'admin'] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, LOGINS[role]);
    problems.push(...(await checkAll(page, PAGES[role])));
    await context.close();
  }
  expect(problems).toEqual([]);
});

test('dark theme: follows the system setting, and the header switch overrides it', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await signIn(page, LOGINS.owner);
  await page.goto('/packages');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await snap(page, 'dark-packages');
  await page.getByLabel('Theme').selectOption('light');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByLabel('Theme').selectOption('system');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await context.close();
});
