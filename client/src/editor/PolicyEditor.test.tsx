import { CloseCode, NODE } from '@roundtable/shared';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { insertTestClause } from './testDoc';
import { PolicyEditor } from './PolicyEditor';
import type { CollabSession } from './useCollabSession';

function session(overrides: Partial<CollabSession> = {}, fill = true): CollabSession {
  const doc = new Y.Doc();
  if (fill) {
    insertTestClause(doc, 'Purpose', 'Why this policy exists.', ['definitions']);
    insertTestClause(doc, 'De-escalation first', 'Slow down.', []);
  }
  const provider = { awareness: new Awareness(doc), doc } as unknown as CollabSession['provider'];
  return {
    doc,
    provider,
    status: { kind: 'connected' },
    unsynced: 0,
    peers: [],
    everSynced: true,
    ...overrides,
  };
}

function renderEditor(s: CollabSession, canEdit: boolean) {
  const user = userEvent.setup();
  const view = render(<PolicyEditor session={s} canEdit={canEdit} userName="Maya Ortiz" />);
  return { user, ...view };
}

describe('PolicyEditor', () => {
  it('shows the shared text read-only, without tools, to an observer', async () => {
    renderEditor(session(), false);
    const text = await screen.findByRole('textbox', { name: 'Policy text' });
    expect(text).toHaveAttribute('contenteditable', 'false');
    expect(text).toHaveAttribute('aria-readonly', 'true');
    expect(within(text).getByText('Purpose')).toBeInTheDocument();
    expect(screen.queryByRole('toolbar', { name: 'Clause' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move clause up' })).not.toBeInTheDocument();
    expect(screen.getByText('Read only')).toBeInTheDocument();
  });

  it('gives a member the clause tools, which change the shared document', async () => {
    const s = session();
    const { user } = renderEditor(s, true);
    const text = await screen.findByRole('textbox', { name: 'Policy text' });
    expect(text).toHaveAttribute('contenteditable', 'true');

    // The caret starts in the first clause.
    expect(screen.getByRole('toolbar', { name: 'Clause' })).toHaveTextContent('Clause 1 of 2: Purpose');
    await user.click(screen.getByRole('button', { name: 'Move clause down' }));
    const headings = () =>
      s.doc
        .getXmlFragment('policy')
        .toArray()
        .map((clause) => ((clause as Y.XmlElement).firstChild as Y.XmlElement).toArray().join(''));
    expect(headings()).toEqual(['De-escalation first', 'Purpose']);
    expect(screen.getByRole('button', { name: 'Move clause down' })).toBeDisabled();
  });

  it('tags the current clause with toolkit components through checkboxes', async () => {
    const s = session();
    const { user } = renderEditor(s, true);
    await screen.findByRole('textbox', { name: 'Policy text' });
    await user.click(screen.getByRole('button', { name: 'Components (1)' }));
    const panel = screen.getByRole('group', { name: /Toolkit components that “Purpose” covers/ });
    expect(within(panel).getByRole('checkbox', { name: /^Definitions/ })).toBeChecked();
    await user.click(within(panel).getByRole('checkbox', { name: /^De-escalation/ }));
    const first = s.doc.getXmlFragment('policy').get(0) as Y.XmlElement;
    expect(first.getAttribute('componentIds')).toBe('definitions de-escalation');
    // The outline follows: the clause is listed under its new component.
    const outline = screen.getByRole('navigation', { name: 'Outline' });
    expect(outline).toHaveTextContent('2 of 15 covered');
  });

  it('asks before deleting a clause from the toolbar', async () => {
    const s = session();
    const { user } = renderEditor(s, true);
    await screen.findByRole('textbox', { name: 'Policy text' });
    await user.click(screen.getByRole('button', { name: 'Delete clause…' }));
    expect(s.doc.getXmlFragment('policy').length).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Delete clause' }));
    expect(s.doc.getXmlFragment('policy').length).toBe(1);
  });

  it('offers the first clause on an empty draft', async () => {
    const s = session({}, false);
    const { user } = renderEditor(s, true);
    await user.click(await screen.findByRole('button', { name: 'Add the first clause' }));
    const fragment = s.doc.getXmlFragment('policy');
    expect(fragment.length).toBe(1);
    expect((fragment.get(0) as Y.XmlElement).nodeName).toBe(NODE.clause);
  });

  it('waits for the server before calling a draft empty', async () => {
    renderEditor(session({ everSynced: false, status: { kind: 'connecting' } }, false), true);
    expect(await screen.findByText('Loading the draft…')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add the first clause' })).not.toBeInTheDocument();
  });

  it('says what is unsent while offline, also in the sticky toolbar', async () => {
    const { container } = renderEditor(session({ status: { kind: 'offline' }, unsynced: 23 }), true);
    await screen.findByRole('textbox', { name: 'Policy text' });
    const statuses = screen.getAllByRole('status').filter((s) => /Offline/.test(s.textContent ?? ''));
    for (const s of statuses) expect(s).toHaveTextContent('Offline: edits not sent yet');
    // The connection bar scrolls away; the toolbar sticks, so it must carry the warning too.
    const toolbar = container.querySelector('.editor-toolbar') as HTMLElement;
    expect(within(toolbar).getByRole('status')).toHaveTextContent('Offline: edits not sent yet');
    expect(statuses).toHaveLength(2);
  });

  it('keeps the sticky toolbar quiet while connected', async () => {
    const { container } = renderEditor(session(), true);
    await screen.findByRole('textbox', { name: 'Policy text' });
    const toolbar = container.querySelector('.editor-toolbar') as HTMLElement;
    expect(within(toolbar).queryByRole('status')).not.toBeInTheDocument();
  });

  it('asks for a reload, and stops editing, when the server says the editor is outdated', async () => {
    renderEditor(session({ status: { kind: 'closed', code: CloseCode.OUTDATED_CLIENT } }), true);
    expect(
      await screen.findByRole('button', { name: 'Reload to get the latest editor' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Policy text' })).toHaveAttribute('contenteditable', 'false');
    expect(screen.queryByRole('toolbar', { name: 'Clause' })).not.toBeInTheDocument();
  });

  it('lists who else is here, from the presence the server stamps', async () => {
    const s = session({
      peers: [
        { clientId: 2, name: 'Darnell Hughes', color: '#1D4ED8', readOnly: false },
        { clientId: 3, name: 'Laura Bennett', color: '#B91C1C', readOnly: true },
      ],
    });
    renderEditor(s, true);
    const presence = await screen.findByLabelText('Also here');
    expect(presence).toHaveTextContent('Darnell Hughes');
    expect(presence).toHaveTextContent('Laura Bennett (reading)');
    await act(async () => undefined);
  });
});
