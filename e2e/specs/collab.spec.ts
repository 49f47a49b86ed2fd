import crypto from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { BoardsPage } from '../pages/BoardsPage';
import { DraftEditorPage } from '../pages/DraftEditorPage';
import { LoginPage } from '../pages/LoginPage';
import { expect, test } from '../support/fixtures';

const PASSWORD = 'riverside-demo';
const DEMO_BOARD = 'Riverside Community Police Advisory Board';

async function signedIn(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, PASSWORD);
  await new BoardsPage(page).expectLoaded();
  return page;
}

async function openDemoDraft(page: Page): Promise<string> {
  await new BoardsPage(page).openBoard(DEMO_BOARD);
  await expect(page).toHaveURL(/\/boards\/[0-9a-f-]{36}$/);
  await page.getByRole('region', { name: 'Drafts' }).getByRole('listitem').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

test('two members type in the same clause and see each other’s text and named carets; an observer’s editor is read-only', async ({
  browser,
  baseURL,
  capture,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  const fromDarnell = ` Darnell-${run}`;
  const fromPriya = ` Priya-${run}`;

  const darnellPage = await signedIn(browser, baseURL!, 'darnell@riverside.example');
  const priyaPage = await signedIn(browser, baseURL!, 'priya@riverside.example');
  const draftUrl = await openDemoDraft(darnellPage);
  const darnell = new DraftEditorPage(darnellPage);
  const priya = new DraftEditorPage(priyaPage);
  await darnell.expectConnected();
  await priya.goto(draftUrl);

  await test.step('each sees the other arrive', async () => {
    await expect(darnell.presence).toContainText('Priya Raman');
    await expect(priya.presence).toContainText('Darnell Hughes');
  });

  await test.step('both type in the first clause and each sees the other’s words', async () => {
    await darnell.typeInClause(0, fromDarnell);
    await expect.poll(() => priya.clauseText(0)).toContain(fromDarnell.trim());
    await priya.typeInClause(0, fromPriya);
    await expect.poll(() => darnell.clauseText(0)).toContain(fromPriya.trim());
    // Converged: both show the same clause text.
    await expect.poll(async () => (await priya.clauseText(0)) === (await darnell.clauseText(0))).toBe(true);
  });

  await test.step('each sees the other’s caret, labelled with their name', async () => {
    await expect(darnell.caretOf('Priya Raman')).toBeVisible();
    await expect(priya.caretOf('Darnell Hughes')).toBeVisible();
    // The label is the server's name for that person, in their colour, not colour alone.
    await expect(darnell.caretOf('Priya Raman')).toHaveText('Priya Raman');
    await capture(darnellPage, 'collab-two-carets-darnell');
    await capture(priyaPage, 'collab-two-carets-priya');
  });

  await test.step('the observer’s editor is read-only and nothing they type reaches the server', async () => {
    const chiefPage = await signedIn(browser, baseURL!, 'chief@riverside.example');
    const chief = new DraftEditorPage(chiefPage);
    await chief.goto(draftUrl);
    await expect.poll(() => chief.clauseText(0)).toContain(fromPriya.trim());
    await expect(chief.readOnlyNote).toBeVisible();
    expect(await chief.contentEditable()).toBe('false');
    await expect(chief.editor).toHaveAttribute('aria-readonly', 'true');

    const before = await chief.clauseText(0);
    await chief.clauseBody(0).click();
    await chiefPage.keyboard.press('End');
    await chiefPage.keyboard.type(' OBSERVER-WAS-HERE', { delay: 10 });
    await chiefPage.keyboard.press('Enter');
    await chiefPage.keyboard.press('Backspace');
    expect(await chief.clauseText(0)).toBe(before);

    // Members still type; the observer sees it live, and never sent a change of their own.
    await darnell.typeInClause(0, ` after-${run}`);
    await expect.poll(() => chief.clauseText(0)).toContain(`after-${run}`);
    expect(await darnell.clauseText(0)).not.toContain('OBSERVER-WAS-HERE');
    expect(chief.documentChangesSent).toBe(0);
    // The members see the observer as reading, not editing.
    await expect(darnell.presence).toContainText('Laura Bennett (Police Chief) (reading)');
    await capture(chiefPage, 'collab-observer-read-only');
    await chiefPage.context().close();
  });

  await darnellPage.context().close();
  await priyaPage.context().close();
});
