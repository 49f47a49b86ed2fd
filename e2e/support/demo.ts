import { expect, type Browser, type Page } from '@playwright/test';
import { BoardsPage } from '../pages/BoardsPage';
import { LoginPage } from '../pages/LoginPage';

/** The seeded demo data every spec signs in to. */
export const DEMO_PASSWORD = 'riverside-demo';
export const DEMO_BOARD = 'Riverside Community Police Advisory Board';

/** A demo person signed in from a browser context of their own (own cookies, own IndexedDB). */
export async function signedIn(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, DEMO_PASSWORD);
  await new BoardsPage(page).expectLoaded();
  return page;
}

/** Opens the demo board's first draft from the board page; returns its path (/drafts/<id>). */
export async function openDemoDraft(page: Page): Promise<string> {
  await new BoardsPage(page).openBoard(DEMO_BOARD);
  await expect(page).toHaveURL(/\/boards\/[0-9a-f-]{36}$/);
  await page.getByRole('region', { name: 'Drafts' }).getByRole('listitem').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}
