import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { BoardRole } from '../gql/graphql';
import { CastBallotMutation, CloseQuestionMutation } from './operations';
import { VoteCard, type VoteQuestion } from './VoteCard';

const tally = (provisional: boolean) => ({
  __typename: 'Tally' as const,
  provisional,
  ballots: 3,
  abstentions: 0,
  eligible: 5,
  quorumBase: 5,
  quorumRequired: 0,
  quorumMet: true,
  outcome: 'PASSED' as const,
  winner: null,
  tied: [],
  summary: 'Approved (3 ballots cast).',
  counts: [
    { __typename: 'OptionCount' as const, option: 'APPROVE', label: 'Approve', count: 2 },
    { __typename: 'OptionCount' as const, option: 'OBJECT', label: 'Object', count: 1 },
    { __typename: 'OptionCount' as const, option: 'ABSTAIN', label: 'Abstain', count: 0 },
  ],
  rounds: [],
});

function question(overrides: Partial<VoteQuestion> = {}): VoteQuestion {
  return {
    __typename: 'Question',
    id: 'q1',
    boardId: 'b1',
    draftId: null,
    clauseId: null,
    meetingId: null,
    subject: 'MOTION',
    prompt: 'Adopt clause 3?',
    kind: 'APPROVAL',
    threshold: 'SIMPLE_MAJORITY',
    secret: false,
    liveResults: false,
    deadline: null,
    state: 'OPEN',
    round: 1,
    openedAt: '2025-03-01T18:00:00.000Z',
    closedAt: null,
    textHashAtOpen: 'a'.repeat(64),
    quorumCount: null,
    quorumPercent: null,
    quorumBase: 'ELIGIBLE',
    ballotCount: 2,
    eligibleCount: 5,
    options: [],
    tally: null,
    votes: null,
    results: [],
    canVote: true,
    myBallot: null,
    ...overrides,
  } as VoteQuestion;
}

function renderCard(q: VoteQuestion, role: BoardRole, mocks: MockLink.MockedResponse[] = []) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <VoteCard question={q} role={role} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('a vote card', () => {
  it('lets a member object with a reason, and says the ballot was saved', async () => {
    const user = userEvent.setup();
    const cast = {
      request: {
        query: CastBallotMutation,
        variables: { input: { questionId: 'q1', choice: 'OBJECT', reason: 'Too vague' } },
      },
      result: {
        data: {
          castBallot: {
            __typename: 'MyBallot',
            questionId: 'q1',
            round: 1,
            choice: 'OBJECT',
            ranking: null,
            reason: 'Too vague',
          },
        },
      },
    };
    renderCard(question(), 'MEMBER', [cast]);
    expect(screen.getByText('2 of 5 members have voted.', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('The count is shown when the vote closes.')).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /Block/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Object/ }));
    await user.type(screen.getByLabelText('Why? (recorded as a dissent)'), 'Too vague');
    await user.click(screen.getByRole('button', { name: 'Cast my ballot' }));
    expect(
      await screen.findByText('Ballot saved. You can change it until the vote closes.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close the vote' })).toBeNull();
  });

  it('asks the facilitator before closing, saying the result cannot be changed; observers get no ballot', async () => {
    const user = userEvent.setup();
    const close = {
      request: { query: CloseQuestionMutation, variables: { questionId: 'q1' } },
      result: { data: { closeQuestion: { ...question({ state: 'CLOSED' }), canVote: false } } },
    };
    const { unmount } = renderCard(question({ canVote: false }), 'FACILITATOR', [close]);
    await user.click(screen.getByRole('button', { name: 'Close the vote' }));
    const dialog = screen.getByRole('dialog', { name: 'Close this vote?' });
    expect(dialog).toHaveTextContent('cannot be changed');
    await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close the vote' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Close this vote?' })).getByRole('button', {
        name: 'Close the vote',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    unmount();
    renderCard(question({ canVote: false }), 'OBSERVER');
    expect(screen.getByText(/Observers follow votes/)).toBeInTheDocument();
  });

  it('takes the ballot form away the moment the vote closes live, and shows the member’s recorded ballot', () => {
    const myBallot = { choice: 'APPROVE', ranking: null, reason: null, round: 1 };
    const { rerender } = renderCard(question({ myBallot }), 'MEMBER');
    expect(screen.getByRole('button', { name: 'Change my ballot' })).toBeInTheDocument();
    // What a `questionUpdated` push leaves in the cache: the new state, the `canVote` read at load.
    rerender(
      <MockedProvider mocks={[]}>
        <MemoryRouter>
          <VoteCard
            question={question({ state: 'CLOSED', canVote: true, myBallot, tally: tally(false) })}
            role="MEMBER"
          />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: /my ballot/ })).toBeNull();
    expect(screen.queryByText(/until the vote closes/)).toBeNull();
    expect(screen.getByText(/Your ballot:/)).toHaveTextContent('Your ballot: Approve');
    expect(screen.getByRole('figure', { name: 'Result of “Adopt clause 3?”' })).toBeInTheDocument();
  });

  it('shows the frozen result, dissents and the hash of the wording, but never voters on a secret ballot', () => {
    const result = {
      __typename: 'QuestionResult' as const,
      round: 1,
      outcome: 'PASSED' as const,
      winner: null,
      textHashAtOpen: 'b'.repeat(64),
      textHashAtClose: 'b'.repeat(64),
      textChanged: false,
      closeReason: 'FACILITATOR' as const,
      closedAt: '2025-03-01T19:00:00.000Z',
      tally: tally(false),
      dissents: [{ __typename: 'Dissent' as const, choice: 'OBJECT', reason: 'Too vague', voterName: null }],
    };
    renderCard(
      question({ state: 'CLOSED', secret: true, canVote: false, tally: tally(false), results: [result] }),
      'MEMBER',
    );
    const chart = screen.getByRole('figure', { name: 'Result of “Adopt clause 3?”' });
    expect(within(chart).getByText('Approved (3 ballots cast).')).toBeInTheDocument();
    expect(within(chart).getByText('(carried)')).toBeInTheDocument();
    expect(screen.getByText('Too vague')).toBeInTheDocument();
    expect(screen.queryByText(/How each member voted/)).toBeNull();
    expect(screen.getByText('bbbbbbbbbbbbbbbb…')).toBeInTheDocument();
  });
});
