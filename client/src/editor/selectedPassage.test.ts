import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { NODE, POLICY_FRAGMENT } from '@roundtable/shared';
import * as Y from 'yjs';
import { anchorForRange, resolveAnchor } from '../deliberation/anchors';
import { selectedPassage } from './clauses';
import { policyExtensions } from './schema';
import { insertTestClause } from './testDoc';

function editorOn(doc: Y.Doc): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({
    element,
    extensions: [...policyExtensions(), Collaboration.configure({ document: doc, field: POLICY_FRAGMENT })],
  });
}

/** Selects the n-th occurrence of `words` in the editor's text. */
function select(editor: Editor, words: string, nth = 0): void {
  const hits: number[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText) return;
    let at = node.text!.indexOf(words);
    while (at >= 0) {
      hits.push(pos + at);
      at = node.text!.indexOf(words, at + 1);
    }
  });
  editor.commands.setTextSelection({ from: hits[nth], to: hits[nth] + words.length });
}

describe('a passage selected in the editor', () => {
  it('becomes an anchor on exactly those words, in a later paragraph and at a repeated phrase', () => {
    const doc = new Y.Doc();
    insertTestClause(doc, 'Definitions', 'Force means any physical effort.', []);
    const id = insertTestClause(doc, 'Reporting', 'Officers shall report force.', []);
    // A second, non-empty paragraph and an empty one in between, as people write them.
    const fragment = doc.getXmlFragment(POLICY_FRAGMENT);
    const clause = fragment.get(1) as Y.XmlElement;
    const empty = new Y.XmlElement(NODE.paragraph);
    const second = new Y.XmlElement(NODE.paragraph);
    clause.insert(clause.length, [empty, second]);
    second.insert(0, [new Y.XmlText('Supervisors shall review the report of force within a day.')]);
    const editor = editorOn(doc);

    select(editor, 'force', 1); // the second "force": in the reporting clause's second paragraph
    const passage = selectedPassage(editor.state);
    expect(passage).toMatchObject({ clauseId: id, quote: 'force' });
    const anchor = anchorForRange(doc, id, passage!.from, passage!.to)!;
    const resolved = resolveAnchor(doc, id, anchor);
    expect(resolved).toMatchObject({ attached: true, text: 'force' });
    // The anchor is on the second paragraph's "force", not the first paragraph's.
    expect(resolved.attached && resolved.from).toBeGreaterThan('Officers shall report force.'.length);
    editor.destroy();
  });

  it('is nothing when no words are selected or the selection is in a heading', () => {
    const doc = new Y.Doc();
    insertTestClause(doc, 'Definitions', 'Force means any physical effort.', []);
    const editor = editorOn(doc);
    expect(selectedPassage(editor.state)).toBeNull();
    select(editor, 'Definitions');
    expect(selectedPassage(editor.state)).toBeNull();
    editor.destroy();
  });
});
