import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { ChecksPanel } from './ChecksPanel';
import { CheckDismissalsQuery, ClauseChecksQuery, DismissCheckMarkMutation } from './operations';

const DRAFT_ID = 'd0000000-0000-4000-8000-000000000001';
const CLAUSE_ID = 'c0000000-0000-4000-8000-000000000001';

function finding(dismissed: boolean) {
  return {
    __typename: 'CheckFinding',
    id: 'f1',
    clauseId: CLAUSE_ID,
    ruleId: 'vague-qualifier',
    severity: 'problem',
    from: 35,
    to: 46,
    excerpt: 'if feasible',
    explanation: '"if feasible" lets an officer decide the duty does not apply.',
    suggestion: 'Say exactly when the duty applies.',
    fingerprint: 'abc123',
    dismissed,
    dismissal: dismissed
      ? {
          __typename: 'CheckDismissal',
          id: 'x1',
          reason: 'State law sets this.',
          dismissedByName: 'Mo Member',
          createdAt: '2026-11-22T07:00:00.000Z',
        }
      : null,
  };
}

const checks = (dismissed: boolean) => ({
  request: { query: ClauseChecksQuery, variables: { id: DRAFT_ID } },
  result: {
    data: {
      draft: {
        __typename: 'Draft',
        id: DRAFT_ID,
        clauses: [{ __typename: 'Clause', id: CLAUSE_ID, checks: [finding(dismissed)] }],
      },
    },
  },
});

function renderPanel(canWrite: boolean, extra: MockLink.MockedResponse[] = []) {
  return render(
    <MockedProvider mocks={[checks(false), ...extra]}>
      <MemoryRouter>
        <ChecksPanel
          draftId={DRAFT_ID}
          clauseId={CLAUSE_ID}
          clauseText="Officers shall render medical aid if feasible."
          canWrite={canWrite}
        />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('ChecksPanel', () => {
  it('explains each finding with a suggested wording, and offers observers no dismiss button', async () => {
    renderPanel(false);
    const list = await screen.findByRole('list', { name: 'Language checks on this clause' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('Problem: Vague qualifier');
    expect(item).toHaveTextContent('“if feasible”');
    expect(item).toHaveTextContent('Suggested wording: Say exactly when the duty applies.');
    // The severity shape is drawn; a typed ⚠/ⓘ showed as an empty box where the font lacks it.
    expect(item).not.toHaveTextContent(/[ⓘ⚠△]/);
    expect(item.querySelector('svg.check-hint-icon')).not.toBeNull();
    expect(within(item).queryByRole('button', { name: /Dismiss/ })).not.toBeInTheDocument();
  });

  it('lets a member dismiss a finding with a reason, after which it shows as dismissed with who and why', async () => {
    const user = userEvent.setup();
    renderPanel(true, [
      {
        request: {
          query: DismissCheckMarkMutation,
          variables: {
            input: {
              draftId: DRAFT_ID,
              clauseId: CLAUSE_ID,
              ruleId: 'vague-qualifier',
              excerpt: 'if feasible',
              reason: 'State law sets this.',
            },
          },
        },
        result: {
          data: {
            dismissCheckMark: {
              __typename: 'CheckDismissal',
              id: 'x1',
              clauseId: CLAUSE_ID,
              fingerprint: 'abc123',
              reason: 'State law sets this.',
              dismissedByName: 'Mo Member',
            },
          },
        },
      },
      checks(true),
      {
        request: { query: CheckDismissalsQuery, variables: { id: DRAFT_ID } },
        result: { data: { draft: { __typename: 'Draft', id: DRAFT_ID, checkDismissals: [] } } },
      },
    ]);
    const list = await screen.findByRole('list', { name: 'Language checks on this clause' });
    await user.click(within(list).getByRole('button', { name: /^Dismiss Vague qualifier/ }));
    const submit = screen.getByRole('button', { name: 'Dismiss with this reason' });
    expect(submit).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: /Why does this not apply/ }), 'State law sets this.');
    await user.click(submit);
    expect(await screen.findByText('Dismissed by Mo Member: State law sets this.')).toBeInTheDocument();
    expect(screen.getByText('(dismissed)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Restore this mark/ })).toBeInTheDocument();
  });
});
