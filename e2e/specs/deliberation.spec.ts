import crypto from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { BoardsPage } from '../pages/BoardsPage';
import { LoginPage } from '../pages/LoginPage';
import { MeetingRoomPage } from '../pages/MeetingRoomPage';
import { expect, test } from '../support/fixtures';

const PASSWORD = 'riverside-demo';
const DEMO_BOARD = 'Riverside Community Police Advisory Board';
const MEMBERS = [
  { email: 'darnell@riverside.example', name: 'Darnell Hughes', choice: 'Approve' as const },
  { email: 'priya@riverside.example', name: 'Priya Raman', choice: 'Approve' as const },
  {
    email: 'tom@riverside.example',
    name: 'Tom Whitaker',
    choice: 'Object' as const,
    reason: 'The reporting window is too long.',
  },
];

/** Signs a demo person in on `page` and waits for their boards. */
async function signIn(page: Page, email: string): Promise<BoardsPage> {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, PASSWORD);
  const boards = new BoardsPage(page);
  await boards.expectLoaded();
  return boards;
}

/** A demo person signed in from a browser of their own. */
async function signedIn(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, email);
  return page;
}

/** Signs in on `page` and opens the discussion of the demo board's first draft. */
async function openDemoDiscussion(page: Page, email: string): Promise<void> {
  const boards = await signIn(page, email);
  await boards.boardLink(DEMO_BOARD).click();
  await page.getByRole('region', { name: 'Drafts' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
  await page.goto(`${new URL(page.url()).pathname}/discuss`);
}

test('a facilitator opens a meeting and a vote, three members vote from their own browsers, and the tally appears on close', async ({
  page,
  browser,
  baseURL,
  capture,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  const title = `April session ${run}`;
  const prompt = `Adopt the reporting clause as written? (${run})`;
  let meetingUrl = '';

  await test.step('the facilitator schedules and opens a meeting', async () => {
    const boards = await signIn(page, 'facilitator@riverside.example');
    await boards.boardLink(DEMO_BOARD).click();
    await expect(page).toHaveURL(/\/boards\/[0-9a-f-]{36}$/);
    await page.goto(`${page.url()}/meetings`);
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    const form = page.getByRole('form', { name: 'Schedule a meeting' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Starts').fill('2030-04-02T18:30');
    await form.getByLabel('Place (optional)').fill('Riverside Library, Room B');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    meetingUrl = new URL(page.url()).pathname;
    const room = new MeetingRoomPage(page);
    await expect(room.heading).toHaveText(title);
    await page.getByRole('button', { name: 'Open the meeting' }).click();
    await expect(page.getByText('In session', { exact: true })).toBeVisible();
    await room.checkIn();
  });

  const members = await Promise.all(MEMBERS.map((m) => signedIn(browser, baseURL!, m.email)));
  const rooms = members.map((p) => new MeetingRoomPage(p));

  await test.step('three members enter the room and check in; the quorum updates live', async () => {
    for (const room of rooms) {
      await room.goto(meetingUrl, title);
      await room.checkIn();
    }
    await expect(new MeetingRoomPage(page).quorum).toContainText('4 of');
    await capture(page, 'meeting-room-quorum');
  });

  const facilitatorRoom = new MeetingRoomPage(page);
  await test.step('the facilitator opens a vote in one click; members see it appear', async () => {
    await facilitatorRoom.votes.getByRole('button', { name: 'New vote…' }).click();
    await facilitatorRoom.votes.getByLabel('Question').fill(prompt);
    await facilitatorRoom.votes.getByRole('button', { name: 'Open the vote' }).click();
    await expect(facilitatorRoom.vote(prompt)).toContainText('Open');
    for (const room of rooms)
      await expect(room.vote(prompt).getByRole('button', { name: 'Cast my ballot' })).toBeVisible();
  });

  await test.step('each member votes; the count of ballots moves, the tally stays hidden', async () => {
    await Promise.all(rooms.map((room, i) => room.castBallot(prompt, MEMBERS[i].choice, MEMBERS[i].reason)));
    await expect(facilitatorRoom.vote(prompt)).toContainText('3 of');
    await expect(facilitatorRoom.vote(prompt)).toContainText('The count is shown when the vote closes.');
    await capture(members[2], 'member-ballot-cast');
  });

  await test.step('the facilitator closes the vote; everyone sees the tally and the dissent', async () => {
    await facilitatorRoom.vote(prompt).getByRole('button', { name: 'Close the vote' }).click();
    await expect(facilitatorRoom.result(prompt)).toContainText('Approved (3 ballots cast).');
    for (const room of rooms) {
      const result = room.result(prompt);
      await expect(result).toContainText('Approved (3 ballots cast).');
      await expect(result.getByRole('listitem').filter({ hasText: 'Approve' })).toContainText('2');
    }
    await expect(rooms[0].vote(prompt)).toContainText('The reporting window is too long.');
    await capture(page, 'meeting-vote-closed');
  });

  await test.step('closing the meeting writes the decision into the minutes', async () => {
    await page.getByRole('button', { name: 'Close the meeting' }).click();
    await expect(page.getByRole('region', { name: 'Minutes' })).toContainText(
      `${prompt}: Approved (3 ballots cast).`,
    );
    await expect(rooms[1].page.getByRole('region', { name: 'Minutes' })).toContainText('Decisions');
  });

  await Promise.all(members.map((p) => p.context().close()));
});

test('a member starts a thread on a passage of a clause and proposes new wording, shown as a redline', async ({
  page,
  capture,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  await openDemoDiscussion(page, 'darnell@riverside.example');

  const clauses = page.getByRole('list', { name: 'Clauses' });
  const firstClause = clauses.getByRole('listitem').first();
  await expect(firstClause).toBeVisible();
  const text = (await firstClause.locator('.clause-text').textContent())!.trim();
  const passage = text.split(/\s+/).slice(0, 3).join(' ');
  const panel = page.getByRole('complementary');

  await test.step('a thread on a passage, highlighted in the clause', async () => {
    await panel.getByLabel('Start a thread').fill(`Who decides this? (${run})`);
    await panel.getByLabel('About these words (optional)').fill(passage);
    await panel.getByRole('button', { name: 'Post' }).click();
    const thread = panel.getByRole('listitem').filter({ hasText: `Who decides this? (${run})` });
    await expect(thread.locator('q')).toHaveText(passage);
    await expect(firstClause.locator('mark')).toHaveText(passage);
  });

  await test.step('an amendment, proposed and shown as a redline', async () => {
    await panel.getByRole('tab', { name: 'Amendments' }).click();
    await panel.getByRole('button', { name: 'Propose new wording' }).click();
    await panel
      .getByLabel('New wording for the clause body')
      .fill(`${text} Officers must report within ${run} hours.`);
    await panel.getByLabel('Why is this better?').fill('A clear reporting deadline.');
    await panel.getByRole('button', { name: 'Propose amendment' }).click();
    const amendment = panel.getByRole('listitem').filter({ hasText: 'A clear reporting deadline.' });
    await expect(amendment.locator('ins').first()).toContainText(run);
    await expect(amendment).toContainText('Proposed');
    await capture(page, 'discuss-clause-amendment');
  });
});

test('a mention lights up the mentioned member’s notifications bell live, without a reload', async ({
  page,
  browser,
  baseURL,
  capture,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  const priya = await signedIn(browser, baseURL!, 'priya@riverside.example');
  const bell = priya.getByRole('button', { name: /^Notifications, / });
  // Start from nothing unread, so the count below can only come from the push.
  if ((await bell.getAttribute('aria-label')) !== 'Notifications, none unread') {
    await bell.click();
    await priya.getByRole('button', { name: 'Mark all as read' }).click();
    await priya.keyboard.press('Escape');
  }
  await expect(bell).toHaveAccessibleName('Notifications, none unread');

  await test.step('another member mentions Priya in a thread, picking her from the list', async () => {
    await openDemoDiscussion(page, 'tom@riverside.example');
    const panel = page.getByRole('complementary');
    const box = panel.getByLabel('Start a thread');
    await box.fill(`Could you check the wording here (${run})? `);
    await box.pressSequentially('@Pri');
    await panel.getByRole('option', { name: '@Priya Raman' }).click();
    await panel.getByRole('button', { name: 'Post' }).click();
    await expect(panel.getByRole('listitem').filter({ hasText: run })).toBeVisible();
  });

  await test.step('Priya’s bell shows it at once; the panel links to the clause', async () => {
    // The page polls only every five minutes: within seconds, this can only be the push.
    await expect(bell).toHaveAccessibleName('Notifications, 1 unread', { timeout: 10_000 });
    await bell.click();
    const item = priya
      .getByRole('region', { name: 'Notifications' })
      .getByRole('listitem')
      .filter({ hasText: run });
    await expect(item.getByRole('link', { name: /Tom Whitaker mentioned you/ })).toBeVisible();
    await capture(priya, 'notifications-live-mention');
  });
  await priya.context().close();
});
