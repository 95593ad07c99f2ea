import { expect, type Page } from '@playwright/test';

export const LOGINS = {
  admin: { email: 'admin@sms.local', password: 'Admin#2026' },
  reviewer: { email: 'reviewer@sms.local', password: 'Review#2026' },
  finance: { email: 'finance@sms.local', password: 'Finance#2026' },
  owner: { email: 'owner@demo.local', password: 'Owner#2026' },
  solo: { email: 'solo@demo.local', password: 'Solo#2026' },
} as const;

/** Signs in through the login form as a person would. */
export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /Account owner|Reviewer|Finance|Administrator|Sub-user/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Saves a screenshot under e2e/.artifacts for a person to look at. */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: `e2e/.artifacts/${name}.png`, fullPage: true });
}

/** A 1×1 PNG for upload fields. */
export const PNG_FILE = {
  name: 'scan.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
};

/** A signed-in page in its own browser context (its own cookies). */
export async function pageAs(browser: import('@playwright/test').Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

/** Valid registration numbers with their check characters (GB 32100-2015, ISO 7064). */
export function creditCode(body17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(body17[i]) * w[i];
  return body17 + chars[(31 - (sum % 31)) % 31];
}
export function idNumber(body17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * w[i];
  return body17 + '10X98765432'[sum % 11];
}

/** Admin → Channels → Add channel: an SMPP channel at the journeys' SMSC simulator, waited for until Bound. */
export async function addSmscChannel(
  admin: Page,
  name: string,
  smscPort: number,
  extra: { rate?: string; window?: string } = {},
) {
  await admin.getByLabel('Name', { exact: true }).fill(name);
  await admin.getByLabel('Type', { exact: true }).selectOption('smpp');
  await admin.getByLabel('Host', { exact: true }).fill('127.0.0.1');
  await admin.getByLabel('Port', { exact: true }).fill(String(smscPort));
  await admin.getByLabel('System ID', { exact: true }).fill('smsc_user');
  await admin.getByLabel('Password', { exact: true }).fill('smsc_pwd');
  await admin.getByLabel('System type', { exact: true }).fill('');
  if (extra.rate) await admin.getByLabel('Max messages per second', { exact: true }).fill(extra.rate);
  if (extra.window) await admin.getByLabel('Window', { exact: true }).fill(extra.window);
  await admin.getByRole('button', { name: 'Add channel' }).click();
  await expect(admin.getByText('Channel added.')).toBeVisible();
  await expect(admin.getByRole('row', { name: new RegExp(name) }).getByText('Bound', { exact: true })).toBeVisible({
    timeout: 20_000,
  });
}
