import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { CLAUSE_ATTR } from '@roundtable/shared';
import {
  clauseTextHash,
  insertClause,
  moveClause,
  normalizeClauseIds,
  policyFragment,
  readClauses,
  removeClause,
  storableText,
} from './clause-doc';

function draft(...headings: string[]): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const ids = headings.map((heading) =>
    insertClause(doc, { heading, text: `${heading} body`, componentIds: ['definitions'] }),
  );
  return { doc, ids };
}

describe('clauses in a Y.Doc', () => {
  it('reads heading, plain text (lines per block, hard breaks) and component ids', () => {
    const doc = new Y.Doc();
    insertClause(doc, {
      heading: 'Definitions',
      text: 'Force: effort.\n\nReasonable: careful.',
      componentIds: ['definitions', ' de-escalation', 'definitions'],
    });
    const [clause] = readClauses(doc);
    expect(clause).toMatchObject({
      heading: 'Definitions',
      text: 'Force: effort.\nReasonable: careful.',
      componentIds: ['definitions', 'de-escalation'],
    });
    const paragraph = clause.element.get(1) as Y.XmlElement;
    paragraph.insert(1, [new Y.XmlElement('hardBreak'), new Y.XmlText('More.')]);
    const list = new Y.XmlElement('bulletList');
    clause.element.insert(3, [list]);
    const item = new Y.XmlElement('listItem');
    list.insert(0, [item]);
    const itemParagraph = new Y.XmlElement('paragraph');
    item.insert(0, [itemParagraph]);
    itemParagraph.insert(0, [new Y.XmlText('A bullet.')]);
    expect(readClauses(doc)[0].text).toBe('Force: effort.\nMore.\nReasonable: careful.\n- A bullet.');
  });

  it('writes - and 1. lines as real lists, and reads lists back with their markers', () => {
    const doc = new Y.Doc();
    const text = [
      'Officers shall not use:',
      '- chokeholds or other neck restraints;',
      '- warning shots.',
      'Before using force, officers shall:',
      '3. give a warning;',
      '4. allow time to comply.',
    ].join('\n');
    insertClause(doc, { heading: 'Prohibited force', text, componentIds: [] });
    const [clause] = readClauses(doc);
    expect(clause.element.toArray().map((n) => (n as Y.XmlElement).nodeName)).toEqual([
      'clauseHeading',
      'paragraph',
      'bulletList',
      'paragraph',
      'orderedList',
    ]);
    const numbered = clause.element.get(4) as Y.XmlElement;
    expect(numbered.getAttribute('start')).toBe(3);
    expect(numbered.length).toBe(2);
    expect(clause.text).toBe(text);

    // A nested list and an item's second paragraph, as the editor makes them.
    const bullets = clause.element.get(2) as Y.XmlElement;
    const item = bullets.get(0) as Y.XmlElement;
    const nested = new Y.XmlElement('bulletList');
    const nestedItem = new Y.XmlElement('listItem');
    const nestedParagraph = new Y.XmlElement('paragraph');
    item.insert(1, [nested]);
    nested.insert(0, [nestedItem]);
    nestedItem.insert(0, [nestedParagraph]);
    nestedParagraph.insert(0, [new Y.XmlText('including carotid holds')]);
    expect(readClauses(doc)[0].text.split('\n').slice(1, 4)).toEqual([
      '- chokeholds or other neck restraints;',
      '  - including carotid holds',
      '- warning shots.',
    ]);
  });

  it('builds list items without yjs warning about reading a type outside a doc', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const doc = new Y.Doc();
      insertClause(doc, {
        heading: 'Lists',
        text: '- one\n- two\n- three\n1. first\n2. second',
        componentIds: [],
      });
      expect(readClauses(doc)[0].text).toContain('- three');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('inserts after a clause, moves and removes', () => {
    const { doc, ids } = draft('A', 'B', 'C');
    const order = () =>
      readClauses(doc)
        .map((c) => c.heading)
        .join('');
    insertClause(doc, { heading: 'X', text: '', componentIds: [] }, ids[0]);
    expect(order()).toBe('AXBC');
    moveClause(doc, ids[2], 0);
    expect(order()).toBe('CAXB');
    moveClause(doc, ids[2], 10);
    expect(order()).toBe('AXBC');
    moveClause(doc, ids[1], 2);
    expect(order()).toBe('AXBC');
    moveClause(doc, ids[0], 1);
    expect(order()).toBe('XABC');
    removeClause(doc, ids[1]);
    expect(order()).toBe('XAC');
    expect(() => removeClause(doc, ids[1])).toThrow();
    expect(readClauses(doc).find((c) => c.heading === 'C')!.text).toBe('C body');
  });

  it('gives duplicated, missing and foreign ids fresh ones', () => {
    const { doc, ids } = draft('A', 'B', 'C');
    const fragment = policyFragment(doc);
    fragment.insert(3, [(fragment.get(0) as Y.XmlElement).clone()]);
    (fragment.get(1) as Y.XmlElement).removeAttribute(CLAUSE_ATTR.id);
    expect(normalizeClauseIds(doc, new Set([ids[2]]))).toBe(3);
    const after = readClauses(doc).map((c) => c.id!);
    expect(after[0]).toBe(ids[0]);
    expect(new Set(after).size).toBe(4);
    expect(after).not.toContain(ids[2]);
  });

  it('hashes heading and text as documented', () => {
    expect(clauseTextHash('H', 'T')).toBe(createHash('sha256').update('H\nT').digest('hex'));
  });

  it('reads text PostgreSQL cannot store as cleaned text: NUL removed, lone surrogates replaced', () => {
    expect(storableText('a\u0000b')).toBe('ab');
    expect(storableText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(storableText('emoji \uD83D\uDE00 kept')).toBe('emoji \uD83D\uDE00 kept');
    const doc = new Y.Doc();
    insertClause(doc, { heading: 'Head\u0000ing', text: 'bo\u0000dy \uD800', componentIds: [] });
    const [clause] = readClauses(doc);
    expect([clause.heading, clause.text]).toEqual(['Heading', 'body \uFFFD']);
  });
});
