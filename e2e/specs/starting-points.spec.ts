import crypto from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { NewDraftForm } from '../pages/NewDraftForm';
import { PacketPage } from '../pages/PacketPage';
import { expect, test } from '../support/fixtures';

const DEMO_FACILITATOR = { email: 'facilitator@riverside.example', password: 'riverside-demo' };

const POLICY = [
  'GENERAL ORDER 300 - USE OF FORCE',
  '',
  '1. Purpose',
  'This order sets out when officers may use force.',
  '',
  '2. Definitions',
  '"Force" means any physical effort to make a person comply.',
  '"Deadly force" means force likely to cause death.',
  '"De-escalation" means acting to lower the tension of an encounter.',
  '',
  '3. Prohibited techniques',
  'Officers shall not use chokeholds unless the officer believes deadly force is authorized.',
  '',
  '4. Duty to intervene',
  'Officers should intervene when another officer uses excessive force.',
].join('\n');

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

test('a facilitator starts drafts from the toolkit template and from the pasted department policy, then compares the draft with it', async ({
  page,
  capture,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  let boardId = '';
  const form = new NewDraftForm(page);

  await test.step('the facilitator signs in and opens a new board', async () => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(DEMO_FACILITATOR.email, DEMO_FACILITATOR.password);
    await expect(page).toHaveURL(/\/boards/);
    boardId = (
      await gql<{ createBoard: { id: string } }>(
        page.request,
        'mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }',
        {
          i: { name: `Starting Points ${run}`, jurisdiction: 'Riverside' },
        },
      )
    ).createBoard.id;
    await form.gotoBoard(boardId);
  });

  await test.step('a draft from the toolkit template has one scaffold clause per component and drafting notes', async () => {
    await form.choose('From the toolkit', 'Toolkit template');
    await capture(page, 'new-draft-form');
    await form.create('Create draft from the template');
    await expect(page.getByText('Drafting notes for the template clauses')).toBeVisible();
    await expect(page.getByText('Minimum force necessary').first()).toBeVisible();
    await capture(page, 'template-draft');
  });

  await test.step('later, the facilitator attaches the department policy to the template draft to compare with', async () => {
    const aside = page.getByRole('complementary').filter({ hasText: 'Drafting notes' });
    await aside.getByText('Compare with the department’s current policy').click();
    await aside.getByRole('textbox', { name: 'Policy text' }).fill(POLICY);
    await aside.getByRole('textbox', { name: 'Name of the source (optional)' }).fill('General Order 300');
    await aside.getByRole('button', { name: 'Read and split into clauses' }).click();
    await expect(aside.getByRole('heading', { name: /4 clauses from “General Order 300”/ })).toBeVisible();
    // A clause that holds two topics can be split at a line, which becomes the new heading.
    await aside.getByText('Split clause 2').click();
    await aside.getByRole('combobox', { name: /New clause starts at/ }).selectOption({ index: 0 });
    await capture(page, 'attach-baseline-split');
    await aside.getByRole('button', { name: 'Split here' }).click();
    await expect(aside.getByRole('heading', { name: /5 clauses from “General Order 300”/ })).toBeVisible();
    await expect(aside.getByRole('textbox', { name: 'Heading of clause 3' })).toHaveValue(
      '"Deadly force" means force likely to cause death.',
    );
    await capture(page, 'attach-baseline-review');
    await aside.getByRole('button', { name: 'Attach as the department baseline' }).click();
    await expect(page.getByRole('heading', { name: 'Department baseline' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Compare this draft with the department’s policy' }),
    ).toBeVisible();
    await capture(page, 'attach-baseline-done');
  });

  await test.step('a pasted policy is split for review, one component is changed, and the draft is created', async () => {
    await form.gotoBoard(boardId);
    await form.choose('GO 300 revision', "The department's current policy");
    await form.pastePolicy(POLICY, 'General Order 300');
    await expect(
      form.review.getByRole('heading', { name: /4 clauses from “General Order 300”/ }),
    ).toBeVisible();
    await expect(form.review.getByRole('textbox', { name: 'Heading of clause 3' })).toHaveValue(
      'Prohibited techniques',
    );
    await expect(form.componentOf(4)).toHaveValue('duty-to-intervene');
    await form.componentOf(1).selectOption('use-of-force-standards');
    await capture(page, 'import-review');
    await form.create('Create draft from 4 clauses');
    await expect(page.getByRole('heading', { name: 'Department baseline' })).toBeVisible();
    await expect(page.getByText('General Order 300', { exact: true })).toBeVisible();
  });

  await test.step('after an edit, the comparison with the department policy shows the change word by word', async () => {
    const draftId = page.url().split('/drafts/')[1];
    const clauses = (
      await gql<{ draft: { clauses: { id: string; heading: string }[] } }>(
        page.request,
        'query($id: ID!) { draft(id: $id) { clauses { id heading } } }',
        { id: draftId },
      )
    ).draft.clauses;
    const intervene = clauses.find((c) => c.heading === 'Duty to intervene')!;
    await gql(page.request, 'mutation($i: RemoveClauseInput!) { removeClause(input: $i) }', {
      i: { draftId, clauseId: intervene.id },
    });
    await gql(page.request, 'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }', {
      i: {
        draftId,
        heading: 'Duty to intervene',
        text: 'Officers shall intervene when another officer uses excessive force.',
        componentIds: ['duty-to-intervene'],
      },
    });
    await page.getByRole('link', { name: 'Compare this draft with the department’s policy' }).click();
    const packet = new PacketPage(page);
    await expect(packet.heading).toBeVisible();
    const redline = packet.compare.getByRole('region', {
      name: 'Changes from Department policy (General Order 300) to Live draft',
    });
    await expect(redline).toBeVisible();
    await expect(redline.getByText('1 changed')).toBeVisible();
    const changed = redline.getByRole('listitem').filter({ hasText: 'Changed from the department policy' });
    await expect(changed.locator('del')).toContainText('should');
    await expect(changed.locator('ins')).toContainText('shall');
    await packet.compare.scrollIntoViewIfNeeded();
    await capture(page, 'baseline-redline');
  });

  await test.step('a minority report on a clause is written in the clause panel and published beside the clause', async () => {
    const draftPath = new URL(page.url()).pathname.replace(/\/packet$/, '');
    await page.goto(`${draftPath}/discuss`);
    await page.getByRole('button', { name: 'Prohibited techniques' }).click();
    const panel = page.getByRole('complementary').filter({ has: page.getByRole('tablist') });
    await panel.getByRole('tab', { name: 'Minority reports' }).click();
    await panel.getByRole('button', { name: 'Write a minority report' }).click();
    await panel.getByRole('textbox', { name: 'Title' }).fill(`Close the chokehold exception (${run})`);
    await panel
      .getByRole('textbox', { name: 'Why you disagree' })
      .fill('The exception lets an officer’s belief override the ban.');
    await panel.getByRole('button', { name: 'Add minority report' }).click();
    const report = panel.getByRole('listitem').filter({ hasText: `Close the chokehold exception (${run})` });
    await expect(report).toContainText('No co-signers yet.');
    await capture(page, 'minority-report-panel');

    const packet = new PacketPage(page);
    await page.goto(`${draftPath}/packet`);
    await packet.publish(1, {
      title: 'Recommendations v1',
      coverLetter: 'Dear Chief,',
      recipients: ['Chief of Police'],
    });
    await expect(
      page.getByRole('heading', { name: "Compared with the department's current policy" }),
    ).toBeVisible();
    await expect(page.getByText(`Close the chokehold exception (${run})`)).toBeVisible();
    await page
      .getByRole('heading', { name: "Compared with the department's current policy" })
      .scrollIntoViewIfNeeded();
    await capture(page, 'packet-baseline-section');
  });
});
