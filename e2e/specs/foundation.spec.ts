import crypto from 'node:crypto';
import { BoardPage } from '../pages/BoardPage';
import { BoardsPage } from '../pages/BoardsPage';
import { InvitePage } from '../pages/InvitePage';
import { LoginPage } from '../pages/LoginPage';
import { expect, test } from '../support/fixtures';

const DEMO_FACILITATOR = {
  email: 'facilitator@riverside.example',
  password: 'riverside-demo',
  name: 'Maya Ortiz',
};
const DEMO_BOARD = 'Riverside Community Police Advisory Board';

test('a facilitator starts a board and invites someone who signs up through the link and joins as a member', async ({
  page,
  browser,
  baseURL,
  capture,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  const board = {
    name: `Eastside Use-of-Force Review ${run}`,
    jurisdiction: 'Eastside County Sheriff’s Office',
    description: 'Residents reviewing when and how deputies may use force.',
  };
  const newcomer = {
    name: `Jordan Lee ${run}`,
    email: `jordan.${run}@eastside.example`,
    password: 'tenants union meets on thursdays',
  };

  await test.step('the demo facilitator signs in and sees the demo board', async () => {
    const login = new LoginPage(page);
    await login.goto();
    await capture(page, 'sign-in');
    await login.signIn(DEMO_FACILITATOR.email, DEMO_FACILITATOR.password);
    const boards = new BoardsPage(page);
    await boards.expectLoaded();
    await expect(boards.heading).toHaveText('Hello, Maya');
    await expect(boards.boardLink(DEMO_BOARD)).toBeVisible();
    await expect(boards.boardCard(DEMO_BOARD)).toContainText('Your role: Facilitator');
    await capture(page, 'my-boards-facilitator');
  });

  await test.step('the demo board shows its members and a draft', async () => {
    await new BoardsPage(page).openBoard(DEMO_BOARD);
    const demo = new BoardPage(page);
    await demo.expectBoard(DEMO_BOARD);
    await expect(demo.myRole('Facilitator')).toBeVisible();
    await expect(demo.member('Priya Raman')).toBeVisible();
    await expect(demo.memberRolePicker('Laura Bennett (Police Chief)')).toHaveValue('OBSERVER');
    await expect(demo.draftLinks().first()).toBeVisible();
    await capture(page, 'board-demo');

    const draftTitle = (await demo.draftLinks().first().textContent())!.trim();
    await demo.draftLinks().first().click();
    await expect(page).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftTitle);
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: DEMO_BOARD }),
    ).toBeVisible();
    await capture(page, 'draft');
  });

  let boardPage: BoardPage;
  await test.step('the facilitator creates a board and becomes its facilitator', async () => {
    const boards = new BoardsPage(page);
    await boards.openFromNavigation();
    await boards.createBoard(board);
    boardPage = new BoardPage(page);
    await boardPage.expectBoard(board.name);
    await expect(boardPage.myRole('Facilitator')).toBeVisible();
    await expect(boardPage.member(DEMO_FACILITATOR.name)).toContainText('(you)');
    await expect(page.getByText(board.description)).toBeVisible();
    await capture(page, 'board-new');
  });

  let invitationUrl = '';
  await test.step('the facilitator creates an invitation link for a member', async () => {
    invitationUrl = await boardPage.createInvitation('Member', `${newcomer.name} from the tenants’ union`);
    expect(new URL(invitationUrl).origin).toBe(new URL(baseURL!).origin);
    await capture(page, 'board-invitation-created');
  });

  // A second person on another computer: nothing shared with the facilitator's session.
  const memberContext = await browser.newContext({ baseURL });
  try {
    const memberPage = await memberContext.newPage();

    await test.step('the invited person opens the link, creates an account and joins', async () => {
      const invite = new InvitePage(memberPage);
      await invite.goto(invitationUrl);
      await invite.expectInvitation(board.name, 'Member');
      await expect(invite.signUpForm).toBeVisible();
      await capture(memberPage, 'invitation-signed-out');

      await invite.signUp(newcomer);
      await expect(invite.joinButton).toBeVisible();
      await expect(memberPage.getByText(`You are signed in as ${newcomer.name}.`)).toBeVisible();
      await capture(memberPage, 'invitation-signed-in');

      await invite.join();
      await new BoardPage(memberPage).expectBoard(board.name);
    });

    await test.step('the new member sees themselves as a Member on the board', async () => {
      const memberBoard = new BoardPage(memberPage);
      await expect(memberBoard.myRole('Member')).toBeVisible();
      await expect(memberBoard.member(newcomer.name)).toContainText('(you)');
      await expect(memberBoard.memberRole(newcomer.name, 'Member')).toBeVisible();
      await expect(memberBoard.memberRole(DEMO_FACILITATOR.name, 'Facilitator')).toBeVisible();
      // Members do not manage invitations.
      await expect(memberBoard.invitations).toHaveCount(0);
      await capture(memberPage, 'board-as-member');
    });

    await test.step('the new member finds the board among their boards', async () => {
      const boards = new BoardsPage(memberPage);
      await boards.openFromNavigation();
      await expect(boards.boardLink(board.name)).toBeVisible();
      await expect(boards.boardCard(board.name)).toContainText('Your role: Member');
      await expect(boards.boardLink(DEMO_BOARD)).toHaveCount(0);
      await capture(memberPage, 'my-boards-member');
    });

    await test.step('the facilitator sees the new member and the link marked as used', async () => {
      await page.reload();
      await boardPage.expectBoard(board.name);
      await expect(boardPage.memberRolePicker(newcomer.name)).toHaveValue('MEMBER');
      await expect(boardPage.invitations.getByText(`Joined as ${newcomer.name}`)).toBeVisible();
    });

    await test.step('the used link cannot be used again', async () => {
      const strangerContext = await browser.newContext({ baseURL });
      try {
        const stranger = await strangerContext.newPage();
        await stranger.goto(invitationUrl);
        await expect(stranger.getByRole('alert')).toContainText('already been used');
        await expect(stranger.getByRole('form', { name: 'Create an account' })).toHaveCount(0);
      } finally {
        await strangerContext.close();
      }
    });
  } finally {
    await memberContext.close();
  }
});

test('the sign-up page welcomes a person who has no invitation yet', async ({ page, capture }) => {
  await page.goto('/signup');
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Create an account' })).toBeVisible();
  await capture(page, 'sign-up');
});
