import crypto from 'node:crypto';
import type { Page, TestInfo } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { BLOCKING, describeScans, scanPage, type PageScan } from '../support/a11y';
import { Api, DEMO_PASSWORD } from '../support/api';
import { expect, test } from '../support/fixtures';
import { baseUrl } from '../support/state';

/**
 * Every main page, as each kind of person sees it, scanned by axe. The suite fails on any
 * critical or serious finding and lists the rule ids per page; lesser findings are attached.
 */

interface Scene {
  boardId: string;
  draftId: string;
  clauseId: string;
  openMeetingId: string;
  closedMeetingId: string;
  shareUrl: string;
  inviteUrl: string;
}

let scene: Scene;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const run = crypto.randomBytes(3).toString('hex');
  const facilitator = await Api.signIn(baseUrl(), 'facilitator@riverside.example');
  const member = await Api.signIn(baseUrl(), 'darnell@riverside.example');
  try {
    const boardId = await facilitator.demoBoardId();
    const { createDraft } = await facilitator.gql<{ createDraft: { id: string } }>(
      `mutation($input: CreateDraftInput!) { createDraft(input: $input) { id } }`,
      { input: { boardId, title: `Accessibility scan ${run}`, start: 'TEMPLATE' } },
    );
    const draftId = createDraft.id;
    const { draft } = await facilitator.gql<{ draft: { clauses: { id: string }[] } }>(
      `query($id: ID!) { draft(id: $id) { clauses { id } } }`,
      { id: draftId },
    );
    const clauseId = draft.clauses[0].id;
    // Unread notifications for each signed-in role, so the header's bell shows its count.
    const { draft: withMembers } = await facilitator.gql<{
      draft: { board: { members: { userId: string; email: string }[] } };
    }>(`query($id: ID!) { draft(id: $id) { board { members { userId email } } } }`, { id: draftId });
    const mentions = withMembers.board.members
      .filter((m) => m.email === 'facilitator@riverside.example' || m.email === 'chief@riverside.example')
      .map((m) => m.userId);
    const { addComment } = await member.gql<{ addComment: { id: string } }>(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      {
        input: { draftId, clauseId, body: 'Should this name who decides what counts as a weapon?', mentions },
      },
    );
    await facilitator.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
      input: { draftId, clauseId, parentId: addComment.id, body: 'Good question; let us take it up.' },
    });
    await member.gql(`mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`, {
      input: {
        draftId,
        clauseId,
        text: 'Officers shall use force only when no other option is available.',
        rationale: 'Plainer words.',
      },
    });
    const question = (prompt: string, extra: Record<string, unknown> = {}) =>
      facilitator.gql<{ createQuestion: { id: string } }>(
        `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`,
        {
          input: { boardId, draftId, clauseId, kind: 'APPROVAL', subject: 'CLAUSE', prompt, ...extra },
        },
      );
    await question(`Adopt this clause as written? (${run})`);
    const closed = await question(`Adopt the first wording? (${run})`);
    await member.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) { __typename } }`, {
      input: { questionId: closed.createQuestion.id, choice: 'APPROVE' },
    });
    await facilitator.gql(`mutation($id: ID!) { closeQuestion(questionId: $id) { id } }`, {
      id: closed.createQuestion.id,
    });

    const meeting = async (title: string) => {
      const { scheduleMeeting } = await facilitator.gql<{ scheduleMeeting: { id: string } }>(
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        { input: { boardId, draftId, title, startsAt: '2030-05-06T18:30:00Z' } },
      );
      await facilitator.gql(`mutation($id: ID!) { openMeeting(meetingId: $id) { id } }`, {
        id: scheduleMeeting.id,
      });
      await facilitator.gql(`mutation($id: ID!) { checkIn(meetingId: $id) { id } }`, {
        id: scheduleMeeting.id,
      });
      return scheduleMeeting.id;
    };
    const openMeetingId = await meeting(`Scan session, open (${run})`);
    const closedMeetingId = await meeting(`Scan session, closed (${run})`);
    await facilitator.gql(`mutation($id: ID!) { closeMeeting(meetingId: $id) { id } }`, {
      id: closedMeetingId,
    });

    const { publishPacket } = await facilitator.gql<{ publishPacket: { id: string } }>(
      `mutation($input: PublishPacketInput!) { publishPacket(input: $input) { id } }`,
      { input: { draftId, title: `Recommendations ${run}`, coverLetter: 'For the chief and council.' } },
    );
    const { createShareLink } = await facilitator.gql<{ createShareLink: { url: string } }>(
      `mutation($input: CreateShareLinkInput!) { createShareLink(input: $input) { url } }`,
      { input: { packetVersionId: publishPacket.id, label: 'Chief of police' } },
    );
    const { createInvitation } = await facilitator.gql<{ createInvitation: { url: string } }>(
      `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { url } }`,
      { input: { boardId, role: 'MEMBER' } },
    );
    scene = {
      boardId,
      draftId,
      clauseId,
      openMeetingId,
      closedMeetingId,
      shareUrl: new URL(createShareLink.url).pathname,
      inviteUrl: new URL(createInvitation.url).pathname,
    };
  } finally {
    await facilitator.dispose();
    await member.dispose();
  }
});

/** Waits until the page has stopped fetching and shows no loading line. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.loading')).toHaveCount(0);
}

function expectNoBlockingFindings(scans: PageScan[], testInfo: TestInfo): void {
  const all = describeScans(scans, () => true);
  // Printed on success too, so the report of a run says what lesser findings remain.
  if (all.length) console.log(`axe findings (${testInfo.title}):\n  ${all.join('\n  ')}`);
  expect(
    describeScans(scans, (impact) => BLOCKING.has(impact)),
    'critical or serious axe findings',
  ).toEqual([]);
}

test('signed-out pages (sign-in, sign-up, an invitation, the official share view) have no serious accessibility problem', async ({
  page,
}, testInfo) => {
  const scans: PageScan[] = [];
  for (const [name, url] of [
    ['sign-in', '/signin'],
    ['sign-up', '/signup'],
    ['invitation', scene.inviteUrl],
    ['official share view', scene.shareUrl],
  ] as const) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await settle(page);
    scans.push(await scanPage(page, name, testInfo));
  }
  expectNoBlockingFindings(scans, testInfo);
});

for (const person of [
  { role: 'facilitator', email: 'facilitator@riverside.example' },
  { role: 'member', email: 'darnell@riverside.example' },
  { role: 'observer', email: 'chief@riverside.example' },
]) {
  test(`every main page has no serious accessibility problem for a ${person.role}`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(150_000);
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(person.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/boards$/);

    const scans: PageScan[] = [];
    const visit = async (name: string, url: string, ready?: () => Promise<void>) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (ready) await ready();
      await settle(page);
      scans.push(await scanPage(page, `${person.role} · ${name}`, testInfo));
    };

    await visit('boards', '/boards');
    await visit('board', `/boards/${scene.boardId}`);
    await visit('draft editor', `/drafts/${scene.draftId}`, () =>
      expect(page.locator('.connection-status')).toHaveText('Connected'),
    );
    await visit('discuss', `/drafts/${scene.draftId}/discuss?clause=${scene.clauseId}`);
    for (const tab of ['Comments', 'Amendments', 'Votes', 'Minority reports', 'Checks']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await settle(page);
      scans.push(await scanPage(page, `${person.role} · discuss, ${tab} tab`, testInfo));
    }
    await visit('coverage', `/drafts/${scene.draftId}/coverage`);
    await visit('packet', `/drafts/${scene.draftId}/packet`);
    await visit('meetings', `/boards/${scene.boardId}/meetings`);
    await visit('meeting open', `/meetings/${scene.openMeetingId}`);
    await visit('meeting closed', `/meetings/${scene.closedMeetingId}`);
    if (person.role === 'facilitator') await visit('activity', `/boards/${scene.boardId}/activity`);

    expectNoBlockingFindings(scans, testInfo);
  });
}
