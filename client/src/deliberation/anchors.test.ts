import * as Y from 'yjs';
import { CLAUSE_ATTR, NODE, POLICY_FRAGMENT } from '@roundtable/shared';
import { anchorForQuote, anchorForRange, clauseBodyText, resolveAnchor } from './anchors';

const CLAUSE = '6a1f3c2e-0000-4000-8000-000000000001';

/** A draft with one clause in the editor's shape: heading, then one paragraph per line. */
function draft(lines: string[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const clause = new Y.XmlElement(NODE.clause);
    doc.getXmlFragment(POLICY_FRAGMENT).insert(0, [clause]);
    clause.setAttribute(CLAUSE_ATTR.id, CLAUSE);
    const heading = new Y.XmlElement(NODE.clauseHeading);
    const paragraphs = lines.map(() => new Y.XmlElement(NODE.paragraph));
    clause.insert(0, [heading, ...paragraphs]);
    heading.insert(0, [new Y.XmlText('Duty to intervene')]);
    paragraphs.forEach((p, i) => p.insert(0, [new Y.XmlText(lines[i])]));
  });
  return doc;
}

function paragraphText(doc: Y.Doc, index: number): Y.XmlText {
  const clause = doc.getXmlFragment(POLICY_FRAGMENT).get(0) as Y.XmlElement;
  return (clause.get(index + 1) as Y.XmlElement).get(0) as Y.XmlText;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('comment anchors', () => {
  it('reads the clause body as the server mirrors it', () => {
    expect(clauseBodyText(draft(['Officers must intervene.', 'They report it.']), CLAUSE)).toBe(
      'Officers must intervene.\nThey report it.',
    );
  });

  it('finds a quoted passage, so anchoring works from the keyboard', () => {
    const doc = draft(['Officers must intervene.', 'They report it to a supervisor.']);
    const anchor = anchorForQuote(doc, CLAUSE, 'report it')!;
    expect(anchor.quote).toBe('report it');
    expect(resolveAnchor(doc, CLAUSE, anchor)).toEqual({
      attached: true,
      from: 30,
      to: 39,
      text: 'report it',
    });
    expect(anchorForQuote(doc, CLAUSE, 'not in the text')).toBeNull();
    expect(anchorForRange(doc, CLAUSE, 20, 30)).toBeNull(); // crosses blocks
  });

  it('follows the passage through concurrent edits around and inside it', () => {
    const alice = draft(['Officers must intervene when force is excessive.']);
    const bob = new Y.Doc();
    sync(alice, bob);
    const anchor = anchorForQuote(alice, CLAUSE, 'intervene')!;
    // Concurrently: Alice types before the passage, Bob types right after it and at its start edge.
    paragraphText(alice, 0).insert(0, 'All ');
    paragraphText(bob, 0).insert('Officers must intervene'.length, ' at once');
    paragraphText(bob, 0).insert('Officers must '.length, 'immediately ');
    sync(alice, bob);
    for (const doc of [alice, bob]) {
      expect(clauseBodyText(doc, CLAUSE)).toBe(
        'All Officers must immediately intervene at once when force is excessive.',
      );
      const where = resolveAnchor(doc, CLAUSE, anchor);
      expect(where).toMatchObject({ attached: true, text: 'intervene' });
    }
    // An edit inside the passage is part of it.
    paragraphText(alice, 0).insert('All Officers must immediately inter'.length, '-');
    expect(resolveAnchor(alice, CLAUSE, anchor)).toMatchObject({ attached: true, text: 'inter-vene' });
  });

  it('detaches, without losing the thread, when the passage is deleted', () => {
    const doc = draft(['Officers must intervene.', 'They report it.']);
    const anchor = anchorForQuote(doc, CLAUSE, 'report it')!;
    paragraphText(doc, 1).delete('They '.length, 'report it'.length);
    expect(resolveAnchor(doc, CLAUSE, anchor)).toEqual({ attached: false });
    expect(resolveAnchor(doc, CLAUSE, { start: 'not base64!', end: '', quote: 'x' })).toEqual({
      attached: false,
    });
  });
});
