import { Editor } from '@tiptap/core';
import { LIMITS, NODE } from '@roundtable/shared';
import { currentClause, listClauses } from './clauses';
import { policyExtensions } from './schema';

const ID_A = '0b8f3c9e-0000-4000-8000-00000000000a';
const ID_B = '0b8f3c9e-0000-4000-8000-00000000000b';
const ID_C = '0b8f3c9e-0000-4000-8000-00000000000c';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function clause(id: string, heading: string, text: string, componentIds = '') {
  return {
    type: NODE.clause,
    attrs: { id, componentIds },
    content: [
      { type: NODE.clauseHeading, content: [{ type: 'text', text: heading }] },
      { type: NODE.paragraph, content: [{ type: 'text', text }] },
    ],
  };
}

function makeEditor(
  clauses = [
    clause(ID_A, 'Purpose', 'Why.'),
    clause(ID_B, 'Definitions', 'Words.'),
    clause(ID_C, 'De-escalation', 'First.'),
  ],
) {
  return new Editor({ extensions: policyExtensions(), content: { type: 'doc', content: clauses } });
}

/** Puts the caret in the body text of the clause with this id. */
function caretIn(editor: Editor, id: string) {
  const target = listClauses(editor.state.doc).find((c) => c.id === id)!;
  const headingSize = target.node.firstChild!.nodeSize;
  editor.commands.setTextSelection(target.pos + 1 + headingSize + 2);
}

const order = (editor: Editor) => listClauses(editor.state.doc).map((c) => c.heading);

describe('clause commands', () => {
  let editor: Editor;
  afterEach(() => editor.destroy());

  it('reads clauses with their ids, headings and components', () => {
    editor = makeEditor([clause(ID_A, 'Purpose', 'Why.', 'definitions de-escalation')]);
    const [first] = listClauses(editor.state.doc);
    expect(first).toMatchObject({
      id: ID_A,
      heading: 'Purpose',
      componentIds: ['definitions', 'de-escalation'],
      index: 0,
    });
  });

  it('adds an empty clause after the current one, with a fresh id, and puts the caret in its heading', () => {
    editor = makeEditor();
    caretIn(editor, ID_A);
    expect(editor.commands.addClause()).toBe(true);
    const clauses = listClauses(editor.state.doc);
    expect(clauses.map((c) => c.heading)).toEqual(['Purpose', '', 'Definitions', 'De-escalation']);
    expect(clauses[1].id).toMatch(UUID);
    expect(new Set(clauses.map((c) => c.id)).size).toBe(4);
    expect(editor.state.selection.$from.parent.type.name).toBe(NODE.clauseHeading);
    expect(currentClause(editor.state)?.index).toBe(1);
  });

  it('adds the first clause to an empty draft', () => {
    editor = makeEditor([]);
    expect(listClauses(editor.state.doc)).toHaveLength(0);
    editor.commands.addClause({ at: 'end', componentIds: ['medical-aid'] });
    const clauses = listClauses(editor.state.doc);
    expect(clauses).toHaveLength(1);
    expect(clauses[0].componentIds).toEqual(['medical-aid']);
    editor.commands.insertContent('Medical aid');
    expect(listClauses(editor.state.doc)[0].heading).toBe('Medical aid');
  });

  it('moves the current clause up and down, keeping the caret in it', () => {
    editor = makeEditor();
    caretIn(editor, ID_B);
    expect(editor.commands.moveClauseUp()).toBe(true);
    expect(order(editor)).toEqual(['Definitions', 'Purpose', 'De-escalation']);
    expect(currentClause(editor.state)?.id).toBe(ID_B);

    expect(editor.commands.moveClauseUp()).toBe(false); // already first
    expect(editor.commands.moveClauseDown()).toBe(true);
    expect(editor.commands.moveClauseDown()).toBe(true);
    expect(order(editor)).toEqual(['Purpose', 'De-escalation', 'Definitions']);
    expect(currentClause(editor.state)?.id).toBe(ID_B);
    expect(editor.commands.moveClauseDown()).toBe(false); // already last
  });

  it('keeps clause ids when clauses move', () => {
    editor = makeEditor();
    caretIn(editor, ID_C);
    editor.commands.moveClauseUp();
    expect(listClauses(editor.state.doc).map((c) => c.id)).toEqual([ID_A, ID_C, ID_B]);
  });

  it('moves with the keyboard: Alt+Shift+Arrow', () => {
    editor = makeEditor();
    caretIn(editor, ID_A);
    const view = editor.view;
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true });
    view.someProp('handleKeyDown', (f) => f(view, event));
    expect(order(editor)).toEqual(['Definitions', 'Purpose', 'De-escalation']);
  });

  it('deletes the current clause and leaves the caret in a neighbour', () => {
    editor = makeEditor();
    caretIn(editor, ID_B);
    expect(editor.commands.deleteClause()).toBe(true);
    expect(order(editor)).toEqual(['Purpose', 'De-escalation']);
    expect(currentClause(editor.state)).not.toBeNull();
  });

  it('deletes the last remaining clause, leaving an empty draft', () => {
    editor = makeEditor([clause(ID_A, 'Only', 'One.')]);
    caretIn(editor, ID_A);
    editor.commands.deleteClause();
    expect(listClauses(editor.state.doc)).toHaveLength(0);
  });

  it('sets the components of the current clause or of a clause by id, stored as one space-separated string', () => {
    editor = makeEditor();
    caretIn(editor, ID_A);
    editor.commands.setClauseComponents(['de-escalation', 'minimum-force', 'de-escalation']);
    editor.commands.setClauseComponents(['medical-aid'], ID_C);
    const [a, , c] = listClauses(editor.state.doc);
    expect(a.node.attrs.componentIds).toBe('de-escalation minimum-force');
    expect(c.componentIds).toEqual(['medical-aid']);
  });

  it('gives a pasted copy of a clause its own id', () => {
    editor = makeEditor([clause(ID_A, 'Purpose', 'Why.')]);
    const end = editor.state.doc.content.size;
    editor.commands.insertContentAt(end, clause(ID_A, 'Copy', 'Same id.'));
    const ids = listClauses(editor.state.doc).map((c) => c.id);
    expect(ids[0]).toBe(ID_A);
    expect(ids[1]).toMatch(UUID);
    expect(ids[1]).not.toBe(ID_A);
  });

  it('goes from the heading to the clause text on Enter instead of splitting the heading', () => {
    editor = makeEditor();
    const first = listClauses(editor.state.doc)[0];
    editor.commands.setTextSelection(first.pos + 2 + 'Purpose'.length);
    const view = editor.view;
    view.someProp('handleKeyDown', (f) => f(view, new KeyboardEvent('keydown', { key: 'Enter' })));
    expect(editor.state.selection.$from.parent.type.name).toBe(NODE.paragraph);
    expect(listClauses(editor.state.doc)[0].heading).toBe('Purpose');
  });

  it('refuses to make a heading longer than the limit', () => {
    editor = makeEditor([clause(ID_A, 'x'.repeat(LIMITS.clauseHeadingMax), 'Body.')]);
    editor.commands.setTextSelection(2);
    editor.commands.insertContent('y');
    expect(listClauses(editor.state.doc)[0].heading).toHaveLength(LIMITS.clauseHeadingMax);
  });

  it('puts the caret in a clause chosen from the outline', () => {
    editor = makeEditor();
    expect(editor.commands.selectClause(ID_C)).toBe(true);
    expect(currentClause(editor.state)?.id).toBe(ID_C);
    expect(editor.commands.selectClause('no-such-clause')).toBe(false);
  });
});
