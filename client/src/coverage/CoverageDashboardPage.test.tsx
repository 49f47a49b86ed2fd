import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { BoardRole } from '../gql/graphql';
import { CoverageDashboardPage } from './CoverageDashboardPage';
import { DraftCoverageQuery, TickChecklistItemMutation } from './operations';

const DRAFT_ID = 'd0000000-0000-4000-8000-000000000001';
const CLAUSE_ID = 'c0000000-0000-4000-8000-000000000001';
const DEFINITIONS_ID = 'c0000000-0000-4000-8000-000000000000';

function item(
  itemId: string,
  title: string,
  status: string,
  evidence: { sentence: string; reason?: string }[] = [],
  tick: null | { tickedByName: string } = null,
) {
  return {
    __typename: 'ItemCoverage',
    itemId,
    title,
    guidance: `Guidance for ${title}.`,
    status,
    source: tick ? 'TICK' : 'TEXT',
    evidence: evidence.map((e) => ({
      __typename: 'CoverageEvidence',
      clauseId: CLAUSE_ID,
      clauseHeading: 'Neck restraints',
      sentence: e.sentence,
      reason: e.reason ?? '',
    })),
    tick: tick
      ? { __typename: 'ChecklistTick', id: 't1', clauseId: CLAUSE_ID, tickedByName: tick.tickedByName }
      : null,
  };
}

function coverageResult(role: BoardRole, pursuitTicked = false) {
  return {
    data: {
      draft: {
        __typename: 'Draft',
        id: DRAFT_ID,
        title: 'Use of force',
        archived: false,
        board: { __typename: 'Board', id: 'b1', name: 'Elm Board', myRole: role },
        clauses: [
          {
            __typename: 'Clause',
            id: DEFINITIONS_ID,
            position: 0,
            heading: 'Definitions',
            componentIds: ['definitions'],
          },
          {
            __typename: 'Clause',
            id: CLAUSE_ID,
            position: 1,
            heading: 'Neck restraints',
            componentIds: ['prohibited-force'],
          },
        ],
        coverage: {
          __typename: 'DraftCoverage',
          overall: 0.375,
          components: [
            {
              __typename: 'ComponentCoverage',
              componentId: 'prohibited-force',
              title: 'Prohibited force',
              status: 'CONTRADICTED',
              score: 0.25,
              items: [
                item('prohibited-force.neck-restraints', 'Ban neck restraints', 'CONTRADICTED', [
                  {
                    sentence:
                      'Chokeholds are prohibited unless the officer believes the subject is dangerous.',
                    reason:
                      "'unless the officer believes the subject is dangerous' re-opens the ban in the cases it is meant for",
                  },
                ]),
                item('prohibited-force.warning-shots', 'Ban warning shots', 'COVERED', [
                  { sentence: 'Warning shots are prohibited.' },
                ]),
                item('prohibited-force.moving-vehicles', 'Ban shooting at moving vehicles', 'MISSING'),
              ],
            },
            {
              __typename: 'ComponentCoverage',
              componentId: 'vehicle-pursuits',
              title: 'Vehicle pursuits',
              status: pursuitTicked ? 'COVERED' : 'MISSING',
              score: pursuitTicked ? 1 : 0,
              items: [
                item(
                  'vehicle-pursuits.restricted',
                  'Restrict pursuits',
                  pursuitTicked ? 'COVERED' : 'MISSING',
                  [],
                  pursuitTicked ? { tickedByName: 'Mo Member' } : null,
                ),
              ],
            },
          ],
        },
      },
    },
  };
}

function renderPage(role: BoardRole, extra: MockLink.MockedResponse[] = []) {
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: DraftCoverageQuery, variables: { id: DRAFT_ID } }, result: coverageResult(role) },
    ...extra,
  ];
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/drafts/${DRAFT_ID}/coverage`]}>
        <Routes>
          <Route path="/drafts/:draftId/coverage" element={<CoverageDashboardPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('CoverageDashboardPage', () => {
  it('shows each component’s status in words, its score, and the overall completeness', async () => {
    renderPage('OBSERVER');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Toolkit coverage of “Use of force”/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('38%')).toBeInTheDocument();
    const grid = screen.getByRole('list', { name: 'Toolkit components' });
    const cards = within(grid)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('coverage-card'));
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('heading', { name: 'Prohibited force' })).toBeInTheDocument();
    expect(within(cards[0]).getAllByText('Contradicted').length).toBeGreaterThan(0);
    expect(cards[0].querySelector('.coverage-score')).toHaveTextContent('25%');
    expect(within(cards[0]).getByRole('meter', { name: 'Prohibited force completeness' })).toHaveAttribute(
      'value',
      '0.25',
    );
    expect(within(cards[1]).getAllByText('Missing').length).toBeGreaterThan(0);
    // Observers read; they do not tick.
    expect(screen.queryByRole('button', { name: /Tick as covered/ })).not.toBeInTheDocument();
  });

  it('opens a component onto its items with the supporting sentence and a link to the clause', async () => {
    const user = userEvent.setup();
    renderPage('OBSERVER');
    const card = (await screen.findByRole('heading', { name: 'Prohibited force' })).closest('li')!;
    await user.click(within(card).getByText(/Checklist/, { selector: 'summary', exact: false }));
    expect(
      screen.getByText('Chokeholds are prohibited unless the officer believes the subject is dangerous.'),
    ).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: /Neck restraints/ });
    expect(links[0]).toHaveAttribute('href', `/drafts/${DRAFT_ID}/discuss?clause=${CLAUSE_ID}`);
  });

  it('explains a contradiction by quoting the words that decided it', async () => {
    const user = userEvent.setup();
    renderPage('OBSERVER');
    const card = (await screen.findByRole('heading', { name: 'Prohibited force' })).closest('li')!;
    await user.click(within(card).getByText(/Checklist/, { selector: 'summary', exact: false }));
    expect(
      screen.getByText(/'unless the officer believes the subject is dangerous' re-opens the ban/),
    ).toBeInTheDocument();
  });

  it('lets a member tick a missing item as handled by a clause', async () => {
    const user = userEvent.setup();
    renderPage('MEMBER', [
      {
        request: {
          query: TickChecklistItemMutation,
          variables: {
            input: { draftId: DRAFT_ID, itemId: 'vehicle-pursuits.restricted', clauseId: CLAUSE_ID },
          },
        },
        result: {
          data: {
            tickChecklistItem: {
              __typename: 'ChecklistTick',
              id: 't1',
              itemId: 'vehicle-pursuits.restricted',
              clauseId: CLAUSE_ID,
            },
          },
        },
      },
      {
        request: { query: DraftCoverageQuery, variables: { id: DRAFT_ID } },
        result: coverageResult('MEMBER', true),
      },
    ]);
    const card = (await screen.findByRole('heading', { name: 'Vehicle pursuits' })).closest('li')!;
    await user.click(within(card).getByText(/Checklist/, { selector: 'summary', exact: false }));
    // No clause is tagged with vehicle pursuits: nothing is chosen for the member, so one click
    // cannot record a wrong fact.
    const select = within(card).getByLabelText('Handled by clause');
    expect(select).toHaveValue('');
    expect(within(card).getByRole('button', { name: /Tick as covered/ })).toBeDisabled();
    await user.selectOptions(select, CLAUSE_ID);
    await user.click(within(card).getByRole('button', { name: /Tick as covered/ }));
    expect(await within(card).findByText(/ticked by Mo Member/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /Remove tick/ })).toBeInTheDocument();
  });

  it('offers the clause tagged with the item’s component as the one handling it, not clause 1', async () => {
    const user = userEvent.setup();
    renderPage('MEMBER');
    const card = (await screen.findByRole('heading', { name: 'Prohibited force' })).closest('li')!;
    await user.click(within(card).getByText(/Checklist/, { selector: 'summary', exact: false }));
    const row = within(card).getByText('Ban shooting at moving vehicles').closest('li')!;
    expect(within(row).getByLabelText('Handled by clause')).toHaveValue(CLAUSE_ID);
    expect(within(row).getByRole('button', { name: /Tick as covered/ })).toBeEnabled();
  });
});
