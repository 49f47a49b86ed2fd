import crypto from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { BoardsPage } from '../pages/BoardsPage';
import { DraftEditorPage } from '../pages/DraftEditorPage';
import { LoginPage } from '../pages/LoginPage';
import { MeetingRoomPage } from '../pages/MeetingRoomPage';
import { DEMO_BOARD, DEMO_PASSWORD, openDemoDraft, signedIn } from '../support/demo';
import { expect, test } from '../support/fixtures';

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

  const changedBefore = Date.parse((await priya.lastChanged.getAttribute('datetime'))!);

  await test.step('both type in the first clause and each sees the other’s words', async () => {
    await darnell.typeInClause(0, fromDarnell);
    await expect.poll(() => priya.clauseText(0)).toContain(fromDarnell.trim());
    await priya.typeInClause(0, fromPriya);
    await expect.poll(() => darnell.clauseText(0)).toContain(fromPriya.trim());
    // Converged: both show the same clause text.
    await expect.poll(async () => (await priya.clauseText(0)) === (await darnell.clauseText(0))).toBe(true);
  });

  await test.step('“last changed” in the header moves with the live edits, without a reload', async () => {
    for (const page of [darnell, priya])
      await expect
        .poll(async () => Date.parse((await page.lastChanged.getAttribute('datetime')) ?? ''))
        .toBeGreaterThan(changedBefore);
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

/** Puts the caret at the very start or end of an element's text, as a click there would. */
async function caretAt(body: Locator, where: 'start' | 'end'): Promise<void> {
  await body.scrollIntoViewIfNeeded();
  await body.evaluate((element, atStart) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(atStart);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    (element.closest('[contenteditable]') as HTMLElement).focus();
  }, where === 'start');
}

test('two members typing at once at the start and the end of one paragraph each keep their letters in order', async ({
  browser,
  baseURL,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  // As the outside tester typed it: one types a word at the end while the other types at the
  // start, slower, so several of the other's letters arrive between one person's keystrokes.
  const atStart = `S${run}-`;
  const atEnd = ` humanlike-${run}`;

  const darnellPage = await signedIn(browser, baseURL!, 'darnell@riverside.example');
  const priyaPage = await signedIn(browser, baseURL!, 'priya@riverside.example');
  try {
    const draftUrl = await openDemoDraft(darnellPage);
    const darnell = new DraftEditorPage(darnellPage);
    const priya = new DraftEditorPage(priyaPage);
    await darnell.expectConnected();
    await priya.goto(draftUrl);
    await expect(darnell.presence).toContainText('Priya Raman');
    await expect(priya.presence).toContainText('Darnell Hughes');

    await caretAt(priya.clauseBody(1), 'end');
    await caretAt(darnell.clauseBody(1), 'start');
    await Promise.all([
      priyaPage.keyboard.type(atEnd, { delay: 120 }),
      darnellPage.keyboard.type(atStart, { delay: 300 }),
    ]);

    // Both converge on one text, each person's letters intact and in the place they typed them.
    await expect.poll(async () => (await priya.clauseText(1)) === (await darnell.clauseText(1))).toBe(true);
    const text = await priya.clauseText(1);
    expect(text.startsWith(atStart), text).toBe(true);
    expect(text.endsWith(atEnd), text).toBe(true);
  } finally {
    await darnellPage.context().close();
    await priyaPage.context().close();
  }
});

test('members write the meeting minutes together; the observer reads them; closing the meeting makes them final', async ({
  page,
  browser,
  baseURL,
  capture,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  const title = `Minutes session ${run}`;
  let meetingUrl = '';
  const minutesOf = (p: Page) =>
    p.getByRole('region', { name: 'Minutes' }).getByRole('textbox', { name: 'Minutes' });

  await test.step('the facilitator schedules and opens a meeting', async () => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn('facilitator@riverside.example', DEMO_PASSWORD);
    await new BoardsPage(page).expectLoaded();
    await new BoardsPage(page).openBoard(DEMO_BOARD);
    await expect(page).toHaveURL(/\/boards\/[0-9a-f-]{36}$/);
    await page.goto(`${page.url()}/meetings`);
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    const form = page.getByRole('form', { name: 'Schedule a meeting' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Starts').fill('2030-05-07T18:30');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    meetingUrl = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Open the meeting' }).click();
    await expect(page.getByText('In session', { exact: true })).toBeVisible();
  });

  const darnell = await signedIn(browser, baseURL!, 'darnell@riverside.example');
  const priya = await signedIn(browser, baseURL!, 'priya@riverside.example');
  const chief = await signedIn(browser, baseURL!, 'chief@riverside.example');
  await Promise.all([darnell, priya, chief].map((p) => p.goto(meetingUrl)));

  await test.step('two members type and each sees the other’s words', async () => {
    await minutesOf(darnell).click();
    await darnell.keyboard.type(`Present: Darnell, Priya (${run}).`, { delay: 10 });
    await expect(minutesOf(priya)).toContainText(`Present: Darnell, Priya (${run}).`);
    await minutesOf(priya).click();
    await priya.keyboard.press('Control+End');
    await priya.keyboard.press('Enter');
    await priya.keyboard.type('Chair opened the session at 18:30.', { delay: 10 });
    await expect(minutesOf(darnell)).toContainText('Chair opened the session at 18:30.');
    await capture(darnell, 'minutes-two-members');
  });

  await test.step('the observer reads them live and cannot write', async () => {
    await expect(minutesOf(chief)).toContainText('Chair opened the session at 18:30.');
    await expect(minutesOf(chief)).toHaveAttribute('contenteditable', 'false');
    await minutesOf(chief).click();
    await chief.keyboard.type('OBSERVER-WAS-HERE');
    await expect(minutesOf(chief)).not.toContainText('OBSERVER-WAS-HERE');
    await expect(minutesOf(darnell)).not.toContainText('OBSERVER-WAS-HERE');
  });

  await test.step('closing the meeting makes the minutes final for everyone', async () => {
    await page.getByRole('button', { name: 'Close the meeting' }).click();
    await new MeetingRoomPage(page).confirm('Close this meeting?', 'Close the meeting');
    await expect(page.getByText('Closed', { exact: true })).toBeVisible();
    await expect(minutesOf(darnell)).toHaveAttribute('contenteditable', 'false');
    await expect(minutesOf(darnell)).toContainText('Chair opened the session at 18:30.');
    await capture(darnell, 'minutes-final');
  });

  await Promise.all([darnell, priya, chief].map((p) => p.context().close()));
});
