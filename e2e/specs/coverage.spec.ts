import crypto from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { ClauseChecksPanel, CoveragePage } from '../pages/CoveragePage';
import { LoginPage } from '../pages/LoginPage';
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

test('a member reads the toolkit coverage grid, sees weak wording marked in the editor, and dismisses a mark with a reason', async ({
  page,
  capture,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  let draftId = '';
  let aidId = '';
  const addClause = async (heading: string, text: string, componentIds: string[] = []) =>
    (
      await gql<{ addClause: { id: string } }>(
        page.request,
        'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
        {
          i: { draftId, heading, text, componentIds },
        },
      )
    ).addClause.id;

  // The sentence reader's model (3.8 MB, about 1 MB gzipped) is in a chunk of its own that only the
  // editor loads; the main chunk is about 1.5 MB (it was 5.3 MB with the model in it).
  const scripts: Promise<{ path: string; bytes: number }>[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (/^\/assets\/.*\.js$/.test(path)) scripts.push(r.body().then((b) => ({ path, bytes: b.length })));
  });
  const loaded = async () => Promise.all(scripts);
  const readerChunks = async () => (await loaded()).filter((s) => /\/engine-[^/]*\.js$/.test(s.path));

  await test.step('the facilitator signs in and writes a short draft', async () => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(DEMO_FACILITATOR.email, DEMO_FACILITATOR.password);
    await expect(page).toHaveURL(/\/boards/);
    const board = await gql<{ createBoard: { id: string } }>(
      page.request,
      'mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }',
      {
        i: { name: `Coverage Board ${run}`, jurisdiction: 'Riverside' },
      },
    );
    draftId = (
      await gql<{ createDraft: { id: string } }>(
        page.request,
        'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
        {
          i: { boardId: board.createBoard.id, title: 'Use of force policy' },
        },
      )
    ).createDraft.id;
    await addClause(
      'De-escalation',
      'Officers shall use de-escalation techniques before using force whenever it is safe to do so.',
      ['de-escalation'],
    );
    await addClause(
      'Neck restraints',
      'Chokeholds are prohibited unless the officer believes the subject is dangerous.',
      ['prohibited-force'],
    );
    aidId = await addClause(
      'Medical aid',
      'Officers shall render medical aid to injured persons if feasible.',
      ['medical-aid'],
    );
    await addClause(
      'Duty to intervene',
      'Officers must intervene to stop another officer from using excessive force.',
      ['duty-to-intervene'],
    );
    await addClause('Reporting', 'Any use of force shall be reported.', ['force-reporting']);
    await page.goto(`/boards/${board.createBoard.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Coverage Board ${run}`);
    expect(await readerChunks(), 'sign-in and board pages do not download the reader').toEqual([]);
    const largest = Math.max(...(await loaded()).map((s) => s.bytes));
    expect(largest, 'the largest script of the sign-in and board pages').toBeLessThan(2_500_000);
  });

  await test.step('the draft page links to the coverage grid, which says each status in words', async () => {
    await page.goto(`/drafts/${draftId}`);
    await page.getByRole('link', { name: 'Toolkit coverage' }).click();
    const coverage = new CoveragePage(page);
    await expect(coverage.heading).toBeVisible();
    await expect(coverage.card('Prohibited force')).toContainText('Contradicted');
    await expect(coverage.card('Duty to intervene')).toContainText(/Covered|Partly covered/);
    await capture(page, 'coverage-dashboard');
    // On a phone the grid folds into one column and stays readable.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(coverage.card('Prohibited force')).toBeVisible();
    await capture(page, 'coverage-dashboard-narrow');
    await page.setViewportSize({ width: 1280, height: 720 });
    const card = await coverage.openChecklist('Prohibited force');
    await expect(card).toContainText('Chokeholds are prohibited unless the officer believes');
    await card
      .getByRole('link', { name: /Neck restraints/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/discuss\?clause=/);
  });

  await test.step('the editor underlines weak wording and explains it at the caret', async () => {
    await page.goto(`/drafts/${draftId}`);
    const editor = page.getByRole('textbox', { name: 'Policy text' });
    await expect(editor).toContainText('if feasible');
    const mark = editor.locator('.check-mark[data-check-kind="vague-qualifier"]').first();
    await expect(mark).toBeVisible();
    expect((await readerChunks()).length, 'the editor loaded the reader').toBeGreaterThan(0);
    await mark.click();
    await expect(page.locator('.check-hint[aria-live="polite"]')).toContainText('Vague qualifier');
    await capture(page, 'editor-check-marks');
  });

  await test.step('a member dismisses the mark with a reason, and the board sees it as dismissed', async () => {
    const panel = new ClauseChecksPanel(page);
    await panel.open(draftId, aidId);
    await panel.dismiss(
      'Vague qualifier',
      'State law already sets this standard; the board keeps the wording.',
    );
    await expect(panel.finding('Vague qualifier')).toContainText('State law already sets this standard');
    await capture(page, 'clause-checks-dismissed');
    await page.goto(`/drafts/${draftId}`);
    const editor = page.getByRole('textbox', { name: 'Policy text' });
    await expect(editor).toContainText('if feasible');
    await expect(editor.locator('.check-mark[data-check-kind="vague-qualifier"]')).toHaveCount(0);
  });
});
