/// <reference lib="dom" />
// DOM types for the one function that runs in the page (placing the caret).
import crypto from 'node:crypto';
import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { DraftEditorPage } from '../pages/DraftEditorPage';
import { LoginPage } from '../pages/LoginPage';
import { MeetingRoomPage } from '../pages/MeetingRoomPage';
import { NewDraftForm } from '../pages/NewDraftForm';
import { DEMO_BOARD, DEMO_PASSWORD } from '../support/api';
import { expect, test } from '../support/fixtures';

/**
 * A board's first week, as issue 11 walked it: a facilitator and a member at desks, an observer
 * and an official on phones (390×844). Screenshots of every stop are kept as test artifacts.
 */

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * Irreversible buttons (close a vote or meeting, publish, revoke, remove) may ask first; when a
 * confirmation dialog appears, confirm it with its primary (last) button.
 */
async function confirmIfAsked(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog'));
  try {
    await dialog.first().waitFor({ state: 'visible', timeout: 1_500 });
  } catch {
    return; // no confirmation asked
  }
  const confirm = dialog
    .first()
    .getByRole('button')
    .filter({ hasNotText: /cancel|go back|keep|no\b/i });
  await confirm.last().click();
  await expect(dialog).toHaveCount(0);
}

async function signIn(page: Page, email: string): Promise<void> {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/boards$/);
}

async function personIn(
  browser: Browser,
  baseURL: string,
  email: string,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext({ baseURL, ...options });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/**
 * Selects `words` in a clause's text with the keyboard: the caret goes right after them (as a
 * click there would put it), then Shift+← takes them in, as a keyboard user selects.
 */
async function selectWithKeyboard(page: Page, body: Locator, words: string): Promise<void> {
  await body.click();
  const placed = await body.evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + wanted.length);
      range.collapse(true);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return true;
    }
    return false;
  }, words);
  expect(placed, `“${words}” in the clause`).toBe(true);
  for (let i = 0; i < words.length; i++) await page.keyboard.press('Shift+ArrowLeft');
}

/** The same, retried until the page's selection is exactly those words (the editor reads a placed caret a moment later). */
async function selectWordsWithKeyboard(page: Page, body: Locator, words: string): Promise<void> {
  await expect
    .poll(async () => {
      await selectWithKeyboard(page, body, words);
      return page.evaluate(() => getSelection()?.toString());
    })
    .toBe(words);
}

test('a board’s first week: draft from the template, co-edit, comment from the editor, amend, vote, meet, publish, and an official answers on a phone', async ({
  page,
  browser,
  baseURL,
  capture,
}) => {
  test.setTimeout(240_000);
  const run = crypto.randomBytes(3).toString('hex');
  const title = `First week ${run}`;
  const facilitator = page;
  await facilitator.setViewportSize({ width: 1280, height: 800 });
  let draftUrl = '';

  await test.step('the facilitator signs in; the top bar stays in view and focus is on the heading', async () => {
    await signIn(facilitator, 'facilitator@riverside.example');
    await expect(facilitator.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await facilitator.evaluate(() => window.scrollY)).toBe(0);
    await expect(facilitator.getByRole('navigation', { name: 'Main' })).toBeInViewport();
    await capture(facilitator, 'journey-boards');
  });

  await test.step('the facilitator starts a draft from the toolkit template', async () => {
    await facilitator
      .getByRole('region', { name: 'Your boards' })
      .getByRole('link', { name: DEMO_BOARD })
      .click();
    const form = new NewDraftForm(facilitator);
    await expect(form.form).toBeVisible();
    await form.choose(title, 'Toolkit template');
    await form.create('Create draft from the template');
    draftUrl = new URL(facilitator.url()).pathname;
    await new DraftEditorPage(facilitator).expectConnected();
    await capture(facilitator, 'journey-draft-from-template');
  });

  const member = await personIn(browser, baseURL!, 'darnell@riverside.example', {
    viewport: { width: 1280, height: 800 },
  });
  const memberEditor = new DraftEditorPage(member);
  const facilitatorEditor = new DraftEditorPage(facilitator);
  const reportWords = `within ${run} hours`;

  await test.step('two browsers co-edit the same clause and see each other', async () => {
    await memberEditor.goto(draftUrl);
    await memberEditor.typeInClause(0, ` Officers report force ${reportWords}.`);
    await expect.poll(() => facilitatorEditor.clauseText(0)).toContain(reportWords);
    await expect(facilitatorEditor.caretOf('Darnell Hughes')).toBeVisible();
    await facilitatorEditor.typeInClause(1, ' Reviewed by the board.');
    await expect.poll(() => memberEditor.clauseText(1)).toContain('Reviewed by the board.');
    await capture(member, 'journey-co-editing');
  });

  const side = member.getByRole('complementary', { name: /^Discussing/ });
  await test.step('the member selects words with the keyboard and comments on them from the editor (Ctrl+Alt+M)', async () => {
    await selectWordsWithKeyboard(member, memberEditor.clauseBody(0), reportWords);
    await member.keyboard.press('Control+Alt+KeyM');
    const body = side
      .getByRole('combobox', { name: 'Start a thread' })
      .or(side.getByRole('textbox', { name: 'Start a thread' }));
    await expect(body).toBeFocused();
    await expect(side.getByRole('textbox', { name: 'About these words (optional)' })).toHaveValue(
      reportWords,
    );
    await member.keyboard.type('Is this window long enough for a written report?');
    await side.getByRole('button', { name: 'Post' }).click();
    // The thread is anchored on the selected words (<q> draws the quotation marks).
    await expect(side.getByRole('listitem').filter({ hasText: 'Is this window long enough' })).toContainText(
      `On ${reportWords}`,
    );
    await capture(member, 'journey-comment-from-editor', { fullPage: false });
  });

  await test.step('the member proposes new wording beside the editor', async () => {
    await side.getByRole('tab', { name: 'Amendments' }).click();
    await side.getByRole('button', { name: 'Propose new wording' }).click();
    const wording = side.getByRole('textbox', { name: 'New wording for the clause body' });
    await wording.fill(`Officers shall report every use of force in writing within 24 hours (${run}).`);
    await side.getByRole('textbox', { name: 'Why is this better?' }).fill('A firm deadline.');
    await side.getByRole('button', { name: 'Propose amendment' }).click();
    await expect(side.getByRole('heading', { name: /^Amendment 1/ })).toBeVisible();
    await capture(member, 'journey-amendment', { fullPage: false });
  });

  const prompt = `Adopt the first clause as written? (${run})`;
  await test.step('the facilitator puts the clause to a vote from the editor; the member votes there', async () => {
    await facilitatorEditor.clauseBody(0).click();
    const fside = facilitator.getByRole('complementary', { name: /^Discussing/ });
    await fside.getByRole('tab', { name: 'Votes' }).click();
    await fside.getByRole('button', { name: 'Put this clause to a vote…' }).click();
    await fside.getByRole('textbox', { name: 'Question' }).fill(prompt);
    await fside.getByRole('button', { name: 'Open the vote' }).click();
    await expect(fside.getByRole('article', { name: prompt })).toBeVisible();

    await side.getByRole('tab', { name: 'Votes' }).click();
    const card = side.getByRole('article', { name: prompt });
    await card.getByRole('radio', { name: /^Approve/ }).check();
    await card.getByRole('button', { name: 'Cast my ballot' }).click();
    await expect(card).toContainText('Ballot saved');
    await capture(member, 'journey-ballot-in-editor', { fullPage: false });

    await fside
      .getByRole('article', { name: prompt })
      .getByRole('button', { name: 'Close the vote' })
      .click();
    await confirmIfAsked(facilitator);
    await expect(fside.getByRole('figure', { name: `Result of “${prompt}”` })).toBeVisible();
  });

  await test.step('the facilitator runs a meeting; the member checks in; the meeting closes', async () => {
    await facilitator.getByRole('link', { name: 'Discussion, amendments and votes' }).click();
    await facilitator.getByRole('link', { name: 'Meetings' }).click();
    await facilitator.getByRole('button', { name: 'Schedule a meeting' }).click();
    const form = facilitator.getByRole('form', { name: 'Schedule a meeting' });
    await form.getByLabel('Title').fill(`Session ${run}`);
    await form.getByLabel('Starts').fill('2030-04-02T18:30');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await expect(facilitator).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    const meetingUrl = new URL(facilitator.url()).pathname;
    const room = new MeetingRoomPage(facilitator);
    await facilitator.getByRole('button', { name: 'Open the meeting' }).click();
    await room.checkIn();
    const memberRoom = new MeetingRoomPage(member);
    await memberRoom.goto(meetingUrl, `Session ${run}`);
    await memberRoom.checkIn();
    await capture(facilitator, 'journey-meeting-open');
    await facilitator.getByRole('button', { name: /^Close the meeting/ }).click();
    await confirmIfAsked(facilitator);
    await expect(facilitator.getByText('Closed', { exact: true }).first()).toBeVisible();
    await capture(facilitator, 'journey-meeting-closed');
  });

  await test.step('the facilitator reads the toolkit coverage', async () => {
    await facilitator.goto(`${draftUrl}/coverage`);
    await expect(facilitator.getByRole('heading', { level: 1 })).toBeVisible();
    await capture(facilitator, 'journey-coverage');
  });

  let shareUrl = '';
  await test.step('the facilitator publishes version 1 and shares it with the chief', async () => {
    await facilitator.goto(`${draftUrl}/packet`);
    const publish = facilitator.getByRole('region', { name: 'Publish version 1' });
    await publish.getByRole('textbox', { name: 'Title' }).fill(`Recommendations ${run}`);
    await publish.getByRole('textbox', { name: 'Cover letter' }).fill('Dear Chief,\nThe board recommends:');
    await publish.getByRole('button', { name: 'Publish version 1' }).click();
    await confirmIfAsked(facilitator);
    await expect(
      facilitator.getByRole('status').filter({ hasText: 'Version 1 is published.' }),
    ).toBeVisible();
    const version = facilitator
      .getByRole('region', { name: 'Published versions' })
      .getByRole('listitem')
      .filter({ has: facilitator.getByRole('heading', { name: /^Version 1:/ }) });
    const toggle = version.getByRole('button', { name: /^(Open|Hide) version 1$/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const share = version.getByRole('region', { name: 'Share version 1 with officials' });
    await share.getByRole('textbox', { name: 'Who is it for? (optional)' }).fill('Chief Bennett');
    await share.getByRole('button', { name: 'Create share link' }).click();
    const link = share.getByRole('textbox', { name: 'Share link' });
    await expect(link).toHaveValue(/\/p\/\S+$/);
    shareUrl = await link.inputValue();
    await capture(facilitator, 'journey-published');
  });

  await test.step('on Discuss at 1280 px the Checks tab fits its panel; a keyboard user skips the clauses to it', async () => {
    await facilitator.goto(`${draftUrl}/discuss`);
    const panel = facilitator.getByRole('complementary', { name: /^Discussing/ });
    await panel.getByRole('tab', { name: 'Checks' }).click();
    await expect(panel.getByRole('tabpanel')).toBeVisible();
    const sideways = await panel.evaluate((el) => ({
      scroll: el.scrollWidth,
      width: el.clientWidth,
      left: el.scrollLeft,
    }));
    expect(sideways.left).toBe(0);
    expect(sideways.scroll).toBeLessThanOrEqual(sideways.width);
    await capture(facilitator, 'journey-discuss-checks');

    // A click on the heading starts keyboard navigation there (the heading itself takes no focus).
    await facilitator.getByRole('heading', { level: 1 }).click();
    const selectedTab = panel.getByRole('tab', { selected: true });
    const onSkipLink = () =>
      facilitator.evaluate(
        () => document.activeElement?.textContent?.startsWith('Skip to the discussion') ?? false,
      );
    let presses = 0;
    while (presses < 8 && !(await selectedTab.evaluate((el) => el === document.activeElement))) {
      await facilitator.keyboard.press('Tab');
      presses += 1;
      // The skip link is followed, as a keyboard user would.
      if (await onSkipLink()) await facilitator.keyboard.press('Enter');
    }
    await expect(selectedTab).toBeFocused();
  });

  await test.step('the observer on a phone taps a clause on Discuss and finds its panel right under it', async () => {
    const chief = await personIn(browser, baseURL!, 'chief@riverside.example', PHONE);
    try {
      await chief.goto(`${draftUrl}/discuss`);
      const clauses = chief.getByRole('list', { name: 'Clauses' });
      const third = clauses.getByRole('listitem').nth(2);
      await third.getByRole('heading').getByRole('button').click();
      const panel = third.getByRole('complementary', { name: /^Discussing/ });
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('tab', { name: 'Comments' })).toBeInViewport();
      await capture(chief, 'journey-phone-discuss', { fullPage: false });
      await chief.goto(draftUrl);
      await new DraftEditorPage(chief).expectConnected();
      await expect(new DraftEditorPage(chief).readOnlyNote).toBeVisible();
      await capture(chief, 'journey-phone-editor-read-only', { fullPage: false });
    } finally {
      await chief.context().close();
    }
  });

  await test.step('an official opens the link on a phone and answers a recommendation', async () => {
    const official = await browser.newContext({ baseURL, ...PHONE });
    try {
      const phone = await official.newPage();
      await phone.goto(shareUrl);
      await expect(phone.getByRole('heading', { level: 1, name: `Recommendations ${run}` })).toBeVisible();
      await phone.getByRole('textbox', { name: 'Your name' }).fill('Laura Bennett');
      await phone.getByRole('textbox', { name: 'Your role or office' }).fill('Chief of Police');
      const form = phone.getByRole('group', { name: 'Your response to recommendation 1', exact: true });
      await form.getByRole('radio', { name: 'Accepted with changes' }).check();
      await form.getByRole('textbox', { name: 'Explanation' }).fill('We will adopt this with training.');
      await form.getByRole('button', { name: 'Send response to § 1' }).click();
      await expect(
        phone.getByRole('list', { name: 'Responses to recommendation 1', exact: true }),
      ).toContainText('Accepted with changes');
      // Nothing pushes the page sideways on a phone (a votes table once did).
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await capture(phone, 'journey-official-answered-phone', { fullPage: false });
    } finally {
      await official.close();
    }
  });

  await member.context().close();
});
