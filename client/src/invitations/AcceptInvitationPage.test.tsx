import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { MeQuery } from '../auth/operations';
import { MyBoardsQuery } from '../boards/operations';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './operations';

const TOKEN = 'Zx8c3vYq1uT0pLmN4bR7kS2aD5fG6hJ9';

function preview(status: string) {
  return {
    request: { query: InvitationPreviewQuery, variables: { token: TOKEN } },
    result: {
      data: {
        invitation: {
          __typename: 'InvitationPreview',
          boardName: 'Riverside Community Police Advisory Board',
          jurisdiction: 'City of Riverside',
          role: 'MEMBER',
          status,
          expiresAt: '2099-01-01T00:00:00.000Z',
          invitedByName: 'Maya Ortiz',
          memberCount: 5,
        },
      },
    },
  };
}

function me(signedIn: boolean): MockLink.MockedResponse {
  return {
    request: { query: MeQuery },
    result: {
      data: {
        me: signedIn
          ? { __typename: 'Viewer', id: 'u-jordan', name: 'Jordan Lee', email: 'jordan@example.org' }
          : null,
      },
    },
    maxUsageCount: Infinity,
  };
}

function BoardStub() {
  return <h1>Board {useParams().boardId}</h1>;
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/invite/${TOKEN}`]}>
        <Routes>
          <Route path="/invite/:token" element={<AcceptInvitationPage />} />
          <Route path="/boards/:boardId" element={<BoardStub />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
  return userEvent.setup();
}

describe('AcceptInvitationPage', () => {
  it('shows what the invitation offers and lets a signed-out person create an account first', async () => {
    renderPage([me(false), preview('PENDING')]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Riverside Community Police Advisory Board' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/invited you to join as a Member/)).toHaveTextContent(
      'Maya Ortiz invited you to join as a Member.',
    );
    expect(screen.getByText(/City of Riverside/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create account' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Join board' })).not.toBeInTheDocument();
  });

  it('joins the board and lands on it', async () => {
    const accept = jest.fn(() => ({
      data: {
        acceptInvitation: {
          __typename: 'Board',
          id: 'b1',
          name: 'Riverside Community Police Advisory Board',
          myRole: 'MEMBER',
        },
      },
    }));
    const user = renderPage([
      me(true),
      preview('PENDING'),
      { request: { query: AcceptInvitationMutation, variables: { token: TOKEN } }, result: accept },
      { request: { query: MyBoardsQuery }, result: { data: { myBoards: [] } } },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Join board' }));
    expect(await screen.findByRole('heading', { name: 'Board b1' })).toBeInTheDocument();
    expect(accept).toHaveBeenCalledTimes(1);
  });

  it('explains a revoked link instead of offering to join', async () => {
    renderPage([me(true), preview('REVOKED')]);
    expect(await screen.findByText(/withdrew this invitation/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Join board' })).not.toBeInTheDocument();
  });
});
