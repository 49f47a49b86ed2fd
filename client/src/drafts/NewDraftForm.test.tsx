import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { CATALOGUE } from '@roundtable/shared';
import { NewDraftForm } from './NewDraftForm';
import { CreateDraftMutation, PreviewPolicyImportMutation } from './operations';

const BOARD_ID = 'b0a7d000-0000-4000-8000-000000000001';
const TEXT =
  '1. Purpose\nThis order sets out when force may be used.\n\n2. Duty to intervene\nOfficers should intervene.';

function draft(id: string, startingPoint: string) {
  return {
    __typename: 'Draft',
    id,
    boardId: BOARD_ID,
    title: 'GO 300 revision',
    startingPoint,
    archived: false,
    createdAt: '2025-01-01T12:00:00.000Z',
    updatedAt: '2025-01-01T12:00:00.000Z',
  };
}

function renderForm(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/boards/${BOARD_ID}`]}>
        <Routes>
          <Route path="/boards/:boardId" element={<NewDraftForm boardId={BOARD_ID} />} />
          <Route path="/drafts/:draftId" element={<p>Opened the new draft</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('NewDraftForm', () => {
  it('offers the three starting points as labelled radio buttons, blank by default', () => {
    renderForm([]);
    const group = screen.getByRole('group', { name: 'How should it start?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(3);
    expect(within(group).getByRole('radio', { name: /^Blank/ })).toBeChecked();
    expect(within(group).getByRole('radio', { name: /^Toolkit template/ })).toHaveAccessibleDescription(
      expect.stringContaining(`${CATALOGUE.length} starting clauses`),
    );
    expect(screen.getByRole('button', { name: 'Create draft' })).toBeInTheDocument();
  });

  it('asks for a title before creating anything', async () => {
    renderForm([]);
    await userEvent.click(screen.getByRole('button', { name: 'Create draft' }));
    expect(screen.getByRole('textbox', { name: 'New draft title' })).toHaveAccessibleDescription(
      /Give the new draft a title/,
    );
  });

  it('imports a pasted policy: reads it, lets the person change a component, and creates the draft from the review', async () => {
    const create = jest.fn(() => ({ data: { createDraft: draft('d-new', 'IMPORT') } }));
    renderForm([
      {
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
                  heading: 'Purpose',
                  text: 'This order sets out when force may be used.',
                  suggestedComponentIds: [],
                },
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
      },
      {
        request: {
          query: CreateDraftMutation,
          variables: {
            input: {
              boardId: BOARD_ID,
              title: 'GO 300 revision',
              start: 'IMPORT',
              imported: {
                sourceName: 'GO 300',
                sourceKind: 'PASTE',
                text: TEXT,
                clauses: [
                  {
                    heading: 'Purpose',
                    text: 'This order sets out when force may be used.',
                    componentIds: ['use-of-force-standards'],
                  },
                  {
                    heading: 'Duty to intervene',
                    text: 'Officers should intervene.',
                    componentIds: ['duty-to-intervene'],
                  },
                ],
              },
            },
          },
        },
        result: create,
      },
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: 'New draft title' }), 'GO 300 revision');
    await userEvent.click(screen.getByRole('radio', { name: /^The department's current policy/ }));
    expect(screen.queryByRole('button', { name: /Create draft/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('textbox', { name: 'Policy text' }));
    await userEvent.paste(TEXT);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name of the source (optional)' }), 'GO 300');
    await userEvent.click(screen.getByRole('button', { name: 'Read and split into clauses' }));

    const review = await screen.findByRole('region', { name: /Review the split: 2 clauses from “GO 300”/ });
    expect(within(review).getByRole('combobox', { name: 'Component of clause 2' })).toHaveValue(
      'duty-to-intervene',
    );
    expect(within(review).getByRole('combobox', { name: 'Component of clause 1' })).toHaveValue('');
    await userEvent.selectOptions(
      within(review).getByRole('combobox', { name: 'Component of clause 1' }),
      'use-of-force-standards',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create draft from 2 clauses' }));
    expect(await screen.findByText('Opened the new draft')).toBeInTheDocument();
    expect(create).toHaveBeenCalled();
  });

  it('splits a clause at a chosen line from the keyboard-usable control in the review', async () => {
    const long = 'Officers shall use the least force.\nDeadly force\nOnly to protect life.';
    renderForm([
      {
        request: {
          query: PreviewPolicyImportMutation,
          variables: { input: { boardId: BOARD_ID, text: long, sourceName: null } },
        },
        result: {
          data: {
            previewPolicyImport: {
              __typename: 'PolicyImportPreview',
              sourceName: 'Pasted policy',
              sourceKind: 'PASTE',
              text: long,
              sha256: 'b'.repeat(64),
              clauses: [
                {
                  __typename: 'ImportPreviewClause',
                  heading: 'Force',
                  text: long,
                  suggestedComponentIds: [],
                },
              ],
            },
          },
        },
      },
    ]);
    await userEvent.click(screen.getByRole('radio', { name: /^The department's current policy/ }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Policy text' }));
    await userEvent.paste(long);
    await userEvent.click(screen.getByRole('button', { name: 'Read and split into clauses' }));
    await screen.findByRole('region', { name: /Review the split: 1 clause from/ });
    await userEvent.click(screen.getByText('Split clause 1'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /New clause starts at/ }), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Split here' }));
    const review = screen.getByRole('region', { name: /Review the split: 2 clauses from/ });
    expect(within(review).getByRole('textbox', { name: 'Heading of clause 2' })).toHaveValue('Deadly force');
    expect(within(review).getByRole('textbox', { name: 'Heading of clause 1' })).toHaveValue('Force');
  });

  it('refuses a PDF before uploading it, and says what to do instead', async () => {
    renderForm([]);
    await userEvent.click(screen.getByRole('radio', { name: /^The department's current policy/ }));
    await userEvent.click(screen.getByRole('radio', { name: /Upload a \.txt or \.docx file/ }));
    const file = new File(['%PDF-1.7'], 'policy.pdf', { type: 'application/pdf' });
    await userEvent.upload(screen.getByLabelText('Policy file'), file, { applyAccept: false });
    expect(screen.getByRole('alert')).toHaveTextContent('Copy the text out of the PDF and paste it instead.');
  });
});
