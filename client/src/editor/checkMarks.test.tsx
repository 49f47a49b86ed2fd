import { act, render, screen, waitFor } from '@testing-library/react';
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { POLICY_FRAGMENT } from '@roundtable/shared';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CheckMarkHint } from './CheckMarkHint';
import { checkEngine, loadCheckEngine } from './checkEngine';
import { CheckMarks, checkMarksKey, clauseText, recheck, setDismissedMarks } from './checkMarks';
import { PolicyEditor } from './PolicyEditor';
import { policyExtensions } from './schema';
import { insertTestClause } from './testDoc';
import type { CollabSession } from './useCollabSession';

function editorWith(clauses: [string, string][]): { editor: Editor; ids: string[] } {
  const doc = new Y.Doc();
  const ids = clauses.map(([h, t]) => insertTestClause(doc, h, t, []));
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: [
      ...policyExtensions(),
      CheckMarks.configure({ debounceMs: 10 }),
      Collaboration.configure({ document: doc, field: POLICY_FRAGMENT }),
    ],
  });
  return { editor, ids };
}

const marked = (editor: Editor) =>
  (checkMarksKey.getState(editor.state)?.placed ?? []).map((p) => ({
    kind: p.mark.kind,
    text: editor.state.doc.textBetween(p.from, p.to),
  }));

describe('inline check marks', () => {
  // First in the file: the checks' chunk has not been loaded by anything yet.
  it('marks nothing until the checks have loaded, then marks without a keystroke', async () => {
    expect(checkEngine()).toBeNull();
    const { editor } = editorWith([['Medical aid', 'Officers shall render medical aid if feasible.']]);
    const first = checkMarksKey.getState(editor.state)!;
    expect(first.placed).toEqual([]);
    expect(first.stale).toBe(true);
    await waitFor(() => expect(marked(editor).map((m) => m.kind)).toContain('vague-qualifier'));
    expect(checkEngine()).not.toBeNull();
    editor.destroy();
  });

  it('underlines exactly the weak words of a clause, as the shared checks find them', async () => {
    const { editor } = editorWith([
      ['Medical aid', 'Officers shall render medical aid if feasible.'],
      ['Reporting', 'Any use of force shall be reported.'],
    ]);
    await waitFor(() =>
      expect(marked(editor).map((m) => m.kind)).toEqual(
        expect.arrayContaining(['vague-qualifier', 'passive-duty']),
      ),
    );
    expect(
      marked(editor)
        .find((m) => m.kind === 'vague-qualifier')!
        .text.toLowerCase(),
    ).toContain('if feasible');
    const span = editor.view.dom.querySelector(
      '.check-mark[data-check-kind="vague-qualifier"]',
    ) as HTMLElement;
    expect(span).not.toBeNull();
    expect(span.className).toMatch(/check-mark--(problem|warning|info)/);
    expect(span.title).toMatch(/Suggestion: /);
    editor.destroy();
  });

  it('re-reads only the clause being typed in, then marks the new words after a pause', async () => {
    const { editor } = editorWith([
      ['Medical aid', 'Officers shall render medical aid.'],
      ['Intervention', 'Officers must intervene.'],
    ]);
    await waitFor(() => expect(checkMarksKey.getState(editor.state)?.clauses.size).toBe(2));
    const before = checkMarksKey.getState(editor.state)!;
    const second = [...before.clauses.values()][1];
    // Type at the end of the first clause's text.
    const end = before.clauses.values().next().value!.positions.at(-1)! + 1;
    act(() => {
      editor.chain().insertContentAt(end, ' when practicable').run();
    });
    expect(checkMarksKey.getState(editor.state)!.stale).toBe(true);
    await waitFor(() => expect(marked(editor).some((m) => m.text === 'when practicable')).toBe(true));
    const after = checkMarksKey.getState(editor.state)!;
    // The untouched clause kept its node and its reading.
    expect([...after.clauses.values()][1].node).toBe(second.node);
    expect([...after.clauses.values()][1].text).toBe(second.text);
    editor.destroy();
  });

  it('maps marks to the right words across paragraphs and after a moved clause', async () => {
    const { editor } = editorWith([['Purpose', 'Protect life.']]);
    editor.commands.setContent({
      type: 'doc',
      content: [
        {
          type: 'clause',
          attrs: { id: '00000000-0000-4000-8000-0000000000aa', componentIds: '' },
          content: [
            { type: 'clauseHeading', content: [{ type: 'text', text: 'Aid' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Officers shall call for help.' }] },
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'Officers may render aid as appropriate.' }],
            },
          ],
        },
      ],
    });
    const clause = editor.state.doc.child(0);
    const { text, positions } = clauseText(clause, 0);
    expect(text).toBe('Officers shall call for help.\nOfficers may render aid as appropriate.');
    const start = text.indexOf('as appropriate');
    expect(
      editor.state.doc.textBetween(positions[start], positions[start + 'as appropriate'.length - 1] + 1),
    ).toBe('as appropriate');
    const result = recheck(editor.state.doc, { clauses: new Map(), context: null }, await loadCheckEngine());
    for (const p of result.placed) expect(editor.state.doc.textBetween(p.from, p.to)).toBe(p.mark.excerpt);
    expect(result.placed.length).toBeGreaterThan(0);
    editor.destroy();
  });

  it('reads lists the way the server does, markers included, and maps words inside them', () => {
    const { editor } = editorWith([['Purpose', 'Protect life.']]);
    const item = (text: string, nested?: object) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...(nested ? [nested] : [])],
    });
    editor.commands.setContent({
      type: 'doc',
      content: [
        {
          type: 'clause',
          attrs: { id: '00000000-0000-4000-8000-0000000000ab', componentIds: '' },
          content: [
            { type: 'clauseHeading', content: [{ type: 'text', text: 'Prohibited force' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Officers shall not use:' }] },
            {
              type: 'bulletList',
              content: [
                item('chokeholds;', { type: 'bulletList', content: [item('carotid holds')] }),
                item('warning shots as appropriate.'),
              ],
            },
            { type: 'orderedList', attrs: { start: 3 }, content: [item('warn first.')] },
          ],
        },
      ],
    });
    const { text, positions } = clauseText(editor.state.doc.child(0), 0);
    // The same text as server/src/clauses/clause-doc.ts writes for this clause.
    expect(text).toBe(
      'Officers shall not use:\n- chokeholds;\n  - carotid holds\n- warning shots as appropriate.\n3. warn first.',
    );
    expect(positions).toHaveLength(text.length);
    const start = text.indexOf('as appropriate');
    expect(
      editor.state.doc.textBetween(positions[start], positions[start + 'as appropriate'.length - 1] + 1),
    ).toBe('as appropriate');
    editor.destroy();
  });

  it('stops drawing a mark the board dismissed', async () => {
    const { editor, ids } = editorWith([['Medical aid', 'Officers shall render medical aid if feasible.']]);
    await waitFor(() =>
      expect(editor.view.dom.querySelector('.check-mark[data-check-kind="vague-qualifier"]')).not.toBeNull(),
    );
    const vague = checkMarksKey
      .getState(editor.state)!
      .placed.find((p) => p.mark.kind === 'vague-qualifier')!;
    act(() => setDismissedMarks(editor.view, new Set([`${ids[0]}:${vague.mark.fingerprint}`])));
    expect(editor.view.dom.querySelector('.check-mark[data-check-kind="vague-qualifier"]')).toBeNull();
    editor.destroy();
  });

  it('says what the mark under the caret means, with the suggestion, in a live region', async () => {
    const { editor } = editorWith([['Medical aid', 'Officers shall render medical aid if feasible.']]);
    render(<CheckMarkHint editor={editor as never} />);
    await waitFor(() => expect(checkMarksKey.getState(editor.state)!.placed.length).toBeGreaterThan(0));
    const vague = checkMarksKey
      .getState(editor.state)!
      .placed.find((p) => p.mark.kind === 'vague-qualifier')!;
    act(() => {
      editor
        .chain()
        .focus()
        .setTextSelection(vague.from + 2)
        .run();
    });
    const hint = document.querySelector('.check-hint') as HTMLElement;
    expect(hint).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(hint).toHaveTextContent(/Vague qualifier/));
    expect(hint).toHaveTextContent(/Suggestion:/);
    expect(hint).toHaveTextContent(vague.mark.message.slice(0, 20));
    // The severity icon is drawn: a typed ⓘ/⚠/△ showed as an empty box where the font lacks it.
    expect(hint).not.toHaveTextContent(/[ⓘ⚠△]/);
    expect(hint.querySelector('svg.check-hint-icon[aria-hidden="true"]')).not.toBeNull();
    editor.destroy();
  });

  it('is part of the policy editor', async () => {
    const doc = new Y.Doc();
    insertTestClause(doc, 'Reporting', 'Any use of force shall be reported.', []);
    const provider = { awareness: new Awareness(doc), doc } as unknown as CollabSession['provider'];
    const session: CollabSession = {
      doc,
      provider,
      status: { kind: 'connected' },
      unsynced: 0,
      peers: [],
      everSynced: true,
    };
    render(<PolicyEditor session={session} canEdit userName="Maya" />);
    const text = await screen.findByRole('textbox', { name: 'Policy text' });
    await waitFor(
      () => expect(text.querySelector('.check-mark[data-check-kind="passive-duty"]')).not.toBeNull(),
      { timeout: 3000 },
    );
  });
});
