import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CreateInvitationForm } from './CreateInvitationForm';
import { BoardInvitationsQuery, CreateInvitationMutation } from './operations';

const BOARD_ID = 'b0a7d000-0000-4000-8000-000000000001';
const URL = 'http://localhost:4020/invite/Zx8c3vYq1uT0pLmN4bR7kS2aD5fG6hJ9';

function renderForm() {
  const result = jest.fn(() => ({
    data: {
      createInvitation: {
        __typename: 'CreatedInvitation',
        url: URL,
        invitation: {
          __typename: 'Invitation',
          id: 'i1',
          role: 'OBSERVER',
          status: 'PENDING',
          note: 'Chief Bennett',
          createdAt: '2025-01-10T12:00:00.000Z',
          expiresAt: '2025-01-24T12:00:00.000Z',
          createdByName: 'Maya Ortiz',
          acceptedByName: null,
        },
      },
    },
  }));
  render(
    <MockedProvider
      mocks={[
        {
          request: {
            query: CreateInvitationMutation,
            variables: {
              input: {
                boardId: BOARD_ID,
                role: 'OBSERVER',
                note: 'Chief Bennett',
                expiresInDays: 14,
                sendToEmail: null,
              },
            },
          },
          result,
        },
        {
          request: { query: BoardInvitationsQuery, variables: { boardId: BOARD_ID } },
          result: { data: { board: { __typename: 'Board', id: BOARD_ID, invitations: [] } } },
          maxUsageCount: Infinity,
        },
      ]}
    >
      <CreateInvitationForm boardId={BOARD_ID} />
    </MockedProvider>,
  );
  return { user: userEvent.setup(), result };
}

describe('CreateInvitationForm', () => {
  it('shows the new link once, read-only and selected, and says it will not be shown again', async () => {
    const { user, result } = renderForm();
    expect(screen.queryByRole('textbox', { name: 'Invitation link' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'OBSERVER');
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveAccessibleDescription(
      /reads drafts and packets, never writes/,
    );
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'Chief Bennett');
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));

    const link = await screen.findByRole('textbox', { name: 'Invitation link' });
    expect(result).toHaveBeenCalledTimes(1);
    expect(link).toHaveValue(URL);
    expect(link).toHaveAttribute('readonly');
    expect(link).toHaveFocus();
    expect(link).toHaveAccessibleDescription(/shown only once/);

    // Once the facilitator moves on, the link is gone for good.
    await user.click(screen.getByRole('button', { name: 'Done, create another link' }));
    expect(screen.queryByRole('textbox', { name: 'Invitation link' })).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(URL)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create invitation link' })).toBeInTheDocument();
  });

  it('copies the link to the clipboard', async () => {
    const { user } = renderForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'OBSERVER');
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'Chief Bennett');
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(URL);
    expect(screen.getByText(/Copied\./)).toBeInTheDocument();
  });

  it('refuses an expiry the server would reject, before sending', async () => {
    const { user, result } = renderForm();
    const days = screen.getByRole('spinbutton', { name: 'Link works for (days)' });
    await user.clear(days);
    await user.type(days, '365');
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));
    expect(screen.getByText('Choose a whole number of days from 1 to 90.')).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();
  });
});
