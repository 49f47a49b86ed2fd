import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AttachBaseline } from './AttachBaseline';
import { AttachBaselineMutation, PreviewPolicyImportMutation } from './operations';

const BOARD_ID = 'b0a7d000-0000-4000-8000-000000000001';
const DRAFT_ID = 'd0a7d000-0000-4000-8000-000000000001';
const TEXT = '1. Duty to intervene\nOfficers should intervene.';

const previewMock: MockLink.MockedResponse = {
  request: {
    query: PreviewPolicyImportMutation,
    variables: { input: { boardId: BOARD_ID, text: TEXT, sourceName: 'GO 300' } },
  },
  result: {
    data: {
      previewPolicyImport: {
        __typename: 'PolicyImportPreview',
        sourceName: 'GO 300',
        sourceKind: 'PASTE',
        text: TEXT,
        sha256: 'a'.repeat(64),
        clauses: [
          {
            __typename: 'ImportPreviewClause',
            heading: 'Duty to intervene',
            text: 'Officers should intervene.',
            suggestedComponentIds: ['duty-to-intervene'],
          },
        ],
      },
    },
  },
};

const attachRequest = {
  query: AttachBaselineMutation,
  variables: {
    input: {
      draftId: DRAFT_ID,
      imported: {
        sourceName: 'GO 300',
        sourceKind: 'PASTE',
        text: TEXT,
        clauses: [
          {
            heading: 'Duty to intervene',
            text: 'Officers should intervene.',
            componentIds: ['duty-to-intervene'],
          },
        ],
      },
    },
  },
};

async function readPolicy() {
  await userEvent.click(screen.getByText('Compare with the department’s current policy'));
  await userEvent.click(screen.getByRole('textbox', { name: 'Policy text' }));
  await userEvent.paste(TEXT);
  await userEvent.type(screen.getByRole('textbox', { name: 'Name of the source (optional)' }), 'GO 300');
  await userEvent.click(screen.getByRole('button', { name: 'Read and split into clauses' }));
  await screen.findByRole('region', { name: /Review the split: 1 clause from “GO 300”/ });
}

describe('AttachBaseline', () => {
  it('reads the policy, shows the review, and attaches exactly what was reviewed', async () => {
    const attach = jest.fn(() => ({
      data: {
        attachBaseline: {
          __typename: 'PolicyBaseline',
          id: 'f0a7d000-0000-4000-8000-000000000001',
          draftId: DRAFT_ID,
          sourceName: 'GO 300',
          sourceKind: 'PASTE',
          sha256: 'a'.repeat(64),
          createdByName: 'Fran Facilitator',
          createdAt: '2026-12-03T12:00:00.000Z',
        },
      },
    }));
    render(
      <MockedProvider mocks={[previewMock, { request: attachRequest, result: attach }]}>
        <AttachBaseline boardId={BOARD_ID} draftId={DRAFT_ID} />
      </MockedProvider>,
    );
    await readPolicy();
    await userEvent.click(screen.getByRole('button', { name: 'Attach as the department baseline' }));
    await screen.findByRole('button', { name: 'Attach as the department baseline' });
    expect(attach).toHaveBeenCalledTimes(1);
  });

  it('says why when the server refuses (the draft already has one)', async () => {
    render(
      <MockedProvider
        mocks={[
          previewMock,
          {
            request: attachRequest,
            result: {
              errors: [
                new GraphQLError(
                  "This draft already has the department's policy attached, and it cannot be replaced.",
                  { extensions: { code: 'CONFLICT' } },
                ),
              ],
            },
          },
        ]}
      >
        <AttachBaseline boardId={BOARD_ID} draftId={DRAFT_ID} />
      </MockedProvider>,
    );
    await readPolicy();
    await userEvent.click(screen.getByRole('button', { name: 'Attach as the department baseline' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/cannot be replaced/);
  });
});
