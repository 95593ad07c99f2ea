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
