import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { BoardRole } from '../gql/graphql';
import { MinorityReportsPanel } from './MinorityReportsPanel';
import { ClauseQuestionsForReportQuery, MinorityReportsQuery } from './operations';

const BOARD = 'b0a7d000-0000-4000-8000-000000000001';
const DRAFT = 'd0a7d000-0000-4000-8000-000000000001';
const CLAUSE = 'c0a7d000-0000-4000-8000-000000000001';

function report(id: string, title: string, authorId: string, locked: boolean, signers: string[] = []) {
  return {
    __typename: 'MinorityReport',
    id,
    draftId: DRAFT,
    clauseId: CLAUSE,
    questionId: null,
    title,
    body: 'The exception swallows the ban.',
    authorId,
    authorName: authorId === 'u-mina' ? 'Mina Member' : 'Milo Member',
    locked,
    createdAt: '2025-01-01T12:00:00.000Z',
    updatedAt: '2025-01-01T12:00:00.000Z',
    signatories: signers.map((name, i) => ({
      __typename: 'MinorityReportSignatory',
      userId: `u-s${i}`,
      name,
      signedAt: '2025-01-02T12:00:00.000Z',
    })),
  };
}

function mocks(): MockLink.MockedResponse[] {
  return [
    {
      request: { query: MinorityReportsQuery, variables: { draftId: DRAFT, clauseId: CLAUSE } },
      result: {
        data: {
          minorityReports: [
            report('r1', 'Mine, still open', 'u-mina', false),
            report('r2', 'Theirs, still open', 'u-milo', false, ['Ana Signer']),
            report('r3', 'Already published', 'u-milo', true),
          ],
        },
      },
      maxUsageCount: Infinity,
    },
    {
      request: {
        query: ClauseQuestionsForReportQuery,
        variables: { boardId: BOARD, draftId: DRAFT, clauseId: CLAUSE },
      },
      result: { data: { questions: [] } },
      maxUsageCount: Infinity,
    },
  ];
}

function renderPanel(role: BoardRole) {
  render(
    <MockedProvider mocks={mocks()}>
      <MemoryRouter>
        <MinorityReportsPanel
          boardId={BOARD}
          draftId={DRAFT}
          clauseId={CLAUSE}
          role={role}
          myUserId="u-mina"
        />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('MinorityReportsPanel', () => {
  it('lets a member edit their own open report and co-sign someone else’s; a published one is frozen', async () => {
    renderPanel('MEMBER');
    const mine = (await screen.findByRole('heading', { name: 'Mine, still open' })).closest('li')!;
    expect(within(mine as HTMLElement).getByRole('button', { name: /Edit/ })).toBeInTheDocument();
    expect(within(mine as HTMLElement).queryByRole('button', { name: /Co-sign/ })).not.toBeInTheDocument();
    const theirs = screen.getByRole('heading', { name: 'Theirs, still open' }).closest('li')! as HTMLElement;
    expect(within(theirs).getByRole('button', { name: /Co-sign/ })).toBeInTheDocument();
    expect(within(theirs).getByText('Co-signed by Ana Signer.')).toBeInTheDocument();
    const published = screen
      .getByRole('heading', { name: 'Already published' })
      .closest('li')! as HTMLElement;
    expect(within(published).getByText(/Published, can no longer change/)).toBeInTheDocument();
    expect(within(published).queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Write a minority report' })).toBeInTheDocument();
  });

  it('shows observers every report but no way to write, sign or change one', async () => {
    renderPanel('OBSERVER');
    await screen.findByRole('heading', { name: 'Mine, still open' });
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
