import * as Y from 'yjs';
import { CLAUSE_ATTR, NODE } from '@roundtable/shared';
import { bodyBlocks, policyFragment } from '../clauses/clause-doc';

/**
 * Replaces a clause's body (everything after its heading) with `text` (see bodyBlocks),
 * leaving the heading, the clause's id and its components alone. Call inside one Yjs transaction
 * so editors see the old wording replaced by the new in a single step. False when the clause is
 * not in the document.
 */
export function replaceClauseBody(doc: Y.Doc, clauseId: string, text: string): boolean {
  const clause = policyFragment(doc)
    .toArray()
    .find(
      (node): node is Y.XmlElement =>
        node instanceof Y.XmlElement &&
        node.nodeName === NODE.clause &&
        node.getAttribute(CLAUSE_ATTR.id) === clauseId,
    );
  if (!clause) return false;
  const children = clause.toArray();
  const keep =
    children.length > 0 && children[0] instanceof Y.XmlElement && children[0].nodeName === NODE.clauseHeading
      ? 1
      : 0;
  if (children.length > keep) clause.delete(keep, children.length - keep);
  clause.insert(keep, bodyBlocks(text));
  return true;
}
