import crypto from 'node:crypto';
import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { PacketPage } from '../pages/PacketPage';
import { expect, test } from '../support/fixtures';

const DEMO_FACILITATOR = { email: 'facilitator@riverside.example', password: 'riverside-demo' };

async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data as T;
}

test('a facilitator publishes two versions, compares them and downloads the PDF; an official responds through a share link', async ({
  page,
  browser,
  baseURL,
  capture,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  let draftId = '';
  const addClause = (heading: string, text: string, componentIds: string[] = []) =>
    gql(page.request, 'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }', {
      i: { draftId, heading, text, componentIds },
    });

  await test.step('the facilitator signs in and prepares a draft with clauses', async () => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(DEMO_FACILITATOR.email, DEMO_FACILITATOR.password);
    await expect(page).toHaveURL(/\/boards/);
    const board = await gql<{ createBoard: { id: string } }>(
      page.request,
      'mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }',
      {
        i: { name: `Packet Board ${run}`, jurisdiction: 'Riverside' },
      },
    );
    const draft = await gql<{ createDraft: { id: string } }>(
      page.request,
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      {
        i: { boardId: board.createBoard.id, title: 'Use of force policy' },
      },
    );
    draftId = draft.createDraft.id;
    await addClause('Sanctity of life', 'Officers shall protect human life and dignity.', [
      'use-of-force-standards',
    ]);
    await addClause(
      'De-escalation',
      'Officers shall attempt de-escalation before using force whenever it is safe to do so.',
      ['de-escalation'],
    );
  });

  const packet = new PacketPage(page);
  await test.step('the facilitator publishes version 1', async () => {
    await packet.goto(draftId);
    await capture(page, 'packet-empty');
    await packet.publish(1, {
      title: 'Recommendations v1',
      coverLetter: 'Dear Chief Bennett,\nThe board recommends the following changes.',
      recipients: ['Chief of Police', 'City Council'],
    });
    await expect(packet.version(1)).toBeVisible();
  });

  await test.step('the draft is edited and version 2 is published; no stale preview stays on any tab', async () => {
    await addClause(
      'Duty to intervene',
      'Officers shall intervene when another officer uses excessive force.',
      ['duty-to-intervene'],
    );
    // A second tab of the same facilitator previews version 2 and is left open.
    const other = new PacketPage(await page.context().newPage());
    await other.goto(draftId);
    await other.publishForm.getByRole('button', { name: 'Preview' }).click();
    await expect(other.page.getByText('Preview of version 2 (not published)')).toBeVisible();
    await packet.publishForm.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByText('Preview of version 2 (not published)')).toBeVisible();
    await packet.publish(2, {
      title: 'Recommendations v2',
      coverLetter: 'Dear Chief Bennett,\nVersion 2 adds a duty to intervene.',
      recipients: ['Chief of Police'],
    });
    await expect(packet.version(2)).toBeVisible();
    await expect(page.getByText(/Preview of version \d+ \(not published\)/)).toHaveCount(0);
    await expect(other.version(2)).toBeVisible();
    await expect(other.page.getByText(/Preview of version \d+ \(not published\)/)).toHaveCount(0);
    await other.page.close();
    await capture(page, 'packet-two-versions');
  });

  await test.step('the redline between the versions shows the added clause with non-colour markers', async () => {
    const redline = await packet.showChanges('Version 1', 'Version 2');
    await expect(redline).toContainText('1 added');
    const added = redline.getByRole('listitem').filter({ hasText: 'Duty to intervene' });
    await expect(added).toContainText('Added');
    await expect(added.locator('ins').first()).toContainText('[+');
    await capture(page, 'packet-redline');
  });

  await test.step('the facilitator downloads the PDF of version 2', async () => {
    const download = await packet.download(2, 'PDF');
    expect(download.suggestedFilename()).toMatch(/^roundtable-packet-board-[0-9a-f]{6}-v2\.pdf$/);
    const file = await download.path();
    expect(fs.readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  let shareUrl = '';
  await test.step('the facilitator creates a share link for version 2', async () => {
    shareUrl = await packet.createShareLink(2, 'Chief Bennett');
    expect(new URL(shareUrl).origin).toBe(new URL(baseURL!).origin);
    await capture(page, 'packet-share-link');
  });

  const official = await browser.newContext({ baseURL });
  try {
    const officialPage = await official.newPage();
    await test.step('an official without an account opens the link and responds to a recommendation', async () => {
      await officialPage.goto(shareUrl);
      await expect(officialPage.getByRole('heading', { level: 1, name: 'Recommendations v2' })).toBeVisible();
      await officialPage.getByRole('textbox', { name: 'Your name' }).fill('Laura Bennett');
      await officialPage.getByRole('textbox', { name: 'Your role or office' }).fill('Chief of Police');
      const form = officialPage.getByRole('group', { name: 'Your response to recommendation 2' });
      await form.getByRole('radio', { name: 'Accepted with changes' }).check();
      await form
        .getByRole('textbox', { name: 'Explanation' })
        .fill('We will adopt this after updating our training.');
      await form.getByRole('button', { name: 'Send response to § 2' }).click();
      await expect(officialPage.getByRole('list', { name: 'Responses to recommendation 2' })).toContainText(
        'Accepted with changes',
      );
      await capture(officialPage, 'official-responded');
    });
  } finally {
    await official.close();
  }

  await test.step('the board sees the response', async () => {
    await packet.goto(draftId);
    const version2 = await packet.openVersion(2);
    await expect(
      version2.getByRole('region', { name: 'Responses from officials', exact: true }),
    ).toContainText('We will adopt this after updating our training.');
    await capture(page, 'packet-response-seen');
  });
});
