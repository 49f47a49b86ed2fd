import * as Y from 'yjs';
import { NODE, blocksText } from '@roundtable/shared';
import { insertClause, readClauses } from '../clauses/clause-doc';
import { clauseBlocksById } from './clause-blocks';

/** A clause as the editor writes it: a paragraph with bold and italic runs and a hard break, then nested lists. */
function editorClause(doc: Y.Doc): string {
  let id = '';
  doc.transact(() => {
    id = insertClause(doc, { heading: 'Use of force', text: 'placeholder', componentIds: [] });
    const clause = readClauses(doc).find((c) => c.id === id)!.element;
    clause.delete(1, clause.length - 1);
    const p = new Y.XmlElement(NODE.paragraph);
    const t = new Y.XmlText();
    p.insert(0, [t]);
    t.applyDelta([
      { insert: 'Officers ' },
      { insert: 'shall', attributes: { bold: true } },
      { insert: ' act ' },
      { insert: 'only', attributes: { italic: {} } },
      { insert: ' when:' },
    ]);
    const item = (text: string, nested?: Y.XmlElement) => {
      const li = new Y.XmlElement(NODE.listItem);
      const para = new Y.XmlElement(NODE.paragraph);
      para.insert(0, [new Y.XmlText(text)]);
      li.insert(0, nested ? [para, nested] : [para]);
      return li;
    };
    const ol = new Y.XmlElement(NODE.orderedList);
    ol.setAttribute('start', 3 as unknown as string);
    ol.insert(0, [item('Name every officer.'), item('Describe the force.')]);
    const ul = new Y.XmlElement(NODE.bulletList);
    ul.insert(0, [item('Stop.'), item('Report:', ol)]);
    clause.insert(1, [p, ul]);
  });
  return id;
}

describe('clause blocks from the live document', () => {
  it('keep paragraphs, emphasis and nested lists, and read back as the mirrored text', () => {
    const doc = new Y.Doc();
    const id = editorClause(doc);
    const text = readClauses(doc).find((c) => c.id === id)!.text;
    const blocks = clauseBlocksById(doc, new Map([[id, text]])).get(id)!;
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      content: [
        { text: 'Officers ' },
        { text: 'shall', bold: true },
        { text: ' act ' },
        { text: 'only', italic: true },
        { text: ' when:' },
      ],
    });
    expect(blocks[1]).toMatchObject({ type: 'list', ordered: false, start: 1 });
    const nested = (blocks[1] as { items: { blocks: unknown[] }[] }).items[1].blocks[1];
    expect(nested).toMatchObject({ type: 'list', ordered: true, start: 3 });
    expect(blocksText(blocks)).toBe(text);
    expect(text).toContain('  3. Name every officer.');
  });

  it('leave out a clause whose document no longer matches its mirrored text', () => {
    const doc = new Y.Doc();
    const id = editorClause(doc);
    expect(clauseBlocksById(doc, new Map([[id, 'an older wording']])).has(id)).toBe(false);
  });
});
