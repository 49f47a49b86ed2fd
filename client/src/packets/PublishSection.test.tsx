import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { buildSamplePacket } from '@roundtable/shared';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PacketPageQuery, PacketPreviewQuery, PublishPacketMutation } from './operations';
import { PublishSection } from './PacketPage';

const DRAFT_ID = 'd0a7d000-0000-4000-8000-000000000001';
const input = {
  draftId: DRAFT_ID,
  title: 'Recommendations v1',
  coverLetter: 'Dear Chief',
  recipients: ['Chief of Police'],
  includeMembers: true,
  pageSize: 'LETTER',
};

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: PacketPreviewQuery, variables: { input } },
    result: {
      data: {
        packetPreview: {
          __typename: 'PacketPreview',
          version: 1,
          json: JSON.stringify(buildSamplePacket({ clauses: 2 })),
          sha256: 'a'.repeat(64),
        },
      },
    },
  },
  {
    request: { query: PublishPacketMutation, variables: { input } },
    result: {
      data: {
        publishPacket: {
          __typename: 'PacketVersion',
          id: 'e0a7d000-0000-4000-8000-000000000001',
          version: 1,
          sha256: 'a'.repeat(64),
        },
      },
    },
  },
  // The page refetches itself after publishing (awaitRefetchQueries), so answer that too.
  {
    request: { query: PacketPageQuery, variables: { draftId: DRAFT_ID } },
    result: { data: { draft: null } },
  },
];

describe('PublishSection', () => {
  it('starts the next version with an empty cover letter and recipients after publishing', async () => {
    const onPublished = jest.fn();
    render(
      <MockedProvider mocks={mocks}>
        <PublishSection draftId={DRAFT_ID} nextVersion={1} onPublished={onPublished} />
      </MockedProvider>,
    );
    const letter = screen.getByRole('textbox', { name: 'Cover letter' });
    const recipients = screen.getByRole('textbox', { name: /Recipients/ });
    await userEvent.type(letter, 'Dear Chief');
    await userEvent.type(recipients, 'Chief of Police');
    await userEvent.click(screen.getByRole('button', { name: 'Publish version 1…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Publish version 1' }));
    await waitFor(() => expect(onPublished).toHaveBeenCalledWith('e0a7d000-0000-4000-8000-000000000001'));
    expect(screen.getByRole('status')).toHaveTextContent('Version 1 is published.');
    expect(letter).toHaveValue('');
    expect(recipients).toHaveValue('');
  });
});
