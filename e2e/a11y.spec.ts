// Axe (WCAG 2 A/AA rules) on every page the journeys visit: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LOGINS, signIn } from './fixtures';
import { PAGES } from './pages';

/** The serious and critical violations of one page, as lines a person can act on. */
async function audit(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return bad.map(
    (v) =>
      `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

test('accessibility: the sign-in page and every customer page', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await audit(page, '/login');
  await signIn(page, LOGINS.owner);
  for (const path of PAGES.owner) problems.push(...(await audit(page, path)));
  expect(problems).toEqual([]);
});

test('accessibility: reviewer, finance and admin pages', async ({ browser }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  for (const role of ['reviewer', 'finance', 'admin'] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, LOGINS[role]);
    for (const path of PAGES[role]) problems.push(...(await audit(page, path)));
    await context.close();
  }
  expect(problems).toEqual([]);
});
