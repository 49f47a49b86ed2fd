import { CLAUSE_ATTR, NODE, POLICY_FRAGMENT, encodeComponentIds } from '@roundtable/shared';
import * as Y from 'yjs';

let counter = 0;

/** Test helper: appends a clause to a Y.Doc the way the server writes them. */
export function insertTestClause(
  doc: Y.Doc,
  heading: string,
  text: string,
  componentIds: readonly string[],
): string {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  const fragment = doc.getXmlFragment(POLICY_FRAGMENT);
  const clause = new Y.XmlElement(NODE.clause);
  fragment.insert(fragment.length, [clause]);
  clause.setAttribute(CLAUSE_ATTR.id, id);
  clause.setAttribute(CLAUSE_ATTR.componentIds, encodeComponentIds(componentIds));
  const h = new Y.XmlElement(NODE.clauseHeading);
  const p = new Y.XmlElement(NODE.paragraph);
  clause.insert(0, [h, p]);
  h.insert(0, [new Y.XmlText(heading)]);
  p.insert(0, [new Y.XmlText(text)]);
  return id;
}
