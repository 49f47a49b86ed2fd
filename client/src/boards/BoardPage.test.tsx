import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MeQuery } from '../auth/operations';
import type { BoardRole } from '../gql/graphql';
import { BoardInvitationsQuery } from '../invitations/operations';
import { BoardPage } from './BoardPage';
import { BoardQuery, ChangeMemberRoleMutation } from './operations';

const BOARD_ID = 'b0a7d000-0000-4000-8000-000000000001';

const people = {
  maya: { id: 'm-maya', userId: 'u-maya', name: 'Maya Ortiz', role: 'FACILITATOR' as BoardRole },
  darnell: { id: 'm-darnell', userId: 'u-darnell', name: 'Darnell Hughes', role: 'MEMBER' as BoardRole },
  chief: { id: 'm-chief', userId: 'u-chief', name: 'Laura Bennett', role: 'OBSERVER' as BoardRole },
};

function member(p: (typeof people)[keyof typeof people], email: string | null) {
  return { __typename: 'Member', ...p, email, joinedAt: '2025-01-10T12:00:00.000Z' };
}

function mocks(viewer: keyof typeof people): MockLink.MockedResponse[] {
  const me = people[viewer];
  const facilitator = me.role === 'FACILITATOR';
  const list: MockLink.MockedResponse[] = [
    {
      request: { query: MeQuery },
      result: {
        data: {
          me: { __typename: 'Viewer', id: me.userId, name: me.name, email: `${viewer}@riverside.example` },
        },
      },
      maxUsageCount: Infinity,
    },
    {
      request: { query: BoardQuery, variables: { id: BOARD_ID } },
      result: {
        data: {
          board: {
            __typename: 'Board',
            id: BOARD_ID,
            name: 'Riverside Community Police Advisory Board',
            jurisdiction: 'City of Riverside',
            description: 'Residents rewriting the use-of-force policy.',
            createdAt: '2025-01-01T12:00:00.000Z',
            memberCount: 3,
            myRole: me.role,
            members: [
              member(people.maya, facilitator ? 'facilitator@riverside.example' : null),
              member(people.darnell, facilitator ? 'darnell@riverside.example' : null),
              member(people.chief, viewer === 'chief' || facilitator ? 'chief@riverside.example' : null),
            ],
            drafts: [
              {
                __typename: 'Draft',
                id: 'd1',
                boardId: BOARD_ID,
                title: 'Use of force policy',
                archived: false,
                createdAt: '2025-01-02T12:00:00.000Z',
                updatedAt: '2025-01-03T12:00:00.000Z',
              },
            ],
          },
        },
      },
      maxUsageCount: Infinity,
    },
  ];
  if (facilitator) {
    list.push({
      request: { query: BoardInvitationsQuery, variables: { boardId: BOARD_ID } },
      result: { data: { board: { __typename: 'Board', id: BOARD_ID, invitations: [] } } },
      maxUsageCount: Infinity,
    });
  }
  return list;
}

function renderBoard(viewer: keyof typeof people, extra: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[...mocks(viewer), ...extra]}>
      <MemoryRouter initialEntries={[`/boards/${BOARD_ID}`]}>
        <Routes>
          <Route path="/boards/:boardId" element={<BoardPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
  return userEvent.setup();
}

describe('BoardPage', () => {
  it('lets a facilitator change the roles of other members and remove them', async () => {
    renderBoard('maya');

    const members = within(await screen.findByRole('region', { name: 'Members' }));
    expect(await members.findByRole('combobox', { name: 'Role for Darnell Hughes' })).toHaveValue('MEMBER');
    expect(members.getByRole('combobox', { name: 'Role for Laura Bennett' })).toHaveValue('OBSERVER');
    expect(members.getByRole('button', { name: 'Remove Darnell Hughes' })).toBeInTheDocument();
    // Not on themselves: demoting yourself by accident would lock you out.
    expect(members.queryByRole('combobox', { name: 'Role for Maya Ortiz' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create invitation link' })).toBeInTheDocument();
  });

  it('shows an observer who is on the board, with roles in words, and no controls to change anything', async () => {
    renderBoard('chief');

    const members = within(await screen.findByRole('region', { name: 'Members' }));
    expect(await members.findByText('Darnell Hughes')).toBeInTheDocument();
    expect(members.getByText('Facilitator')).toBeInTheDocument();
    expect(members.getByText('Member')).toBeInTheDocument();
    expect(members.queryAllByRole('combobox')).toHaveLength(0);
    expect(members.queryByRole('button', { name: /remove/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create invitation link' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'New draft title' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /archive/i })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Use of force policy' })).toBeInTheDocument();
  });

  it('changes a role when the facilitator picks a new one, and says so', async () => {
    const result = jest.fn(() => ({
      data: {
        changeMemberRole: { ...member({ ...people.darnell, role: 'OBSERVER' }, 'darnell@riverside.example') },
      },
    }));
    const user = renderBoard('maya', [
      {
        request: {
          query: ChangeMemberRoleMutation,
          variables: { input: { membershipId: 'm-darnell', role: 'OBSERVER' } },
        },
        result,
      },
    ]);

    const select = await screen.findByRole('combobox', { name: 'Role for Darnell Hughes' });
    await user.selectOptions(select, 'OBSERVER');

    expect(await screen.findByText('Darnell Hughes is now an Observer.')).toBeInTheDocument();
    expect(result).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('combobox', { name: 'Role for Darnell Hughes' })).toHaveValue('OBSERVER');
  });

  it('asks before removing a member, saying what cannot be undone, and lets the facilitator go back', async () => {
    const user = renderBoard('maya');
    await user.click(await screen.findByRole('button', { name: 'Remove Darnell Hughes' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove Darnell Hughes?' });
    expect(confirm).toHaveTextContent('cannot be undone');
    // Focus starts on the safe choice, so an Enter pressed out of habit removes nobody.
    expect(within(confirm).getByRole('button', { name: 'Go back' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Darnell Hughes' })).toHaveFocus();
  });
});
