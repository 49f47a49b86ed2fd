import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { CLAUSE_ATTR, NODE, decodeComponentIds } from '@roundtable/shared';

/** A clause as the outline and the clause tools see it. */
export interface ClauseInfo {
  id: string | null;
  /** Position of the clause node in the document (before its opening token). */
  pos: number;
  /** 0-based position among the clauses. */
  index: number;
  heading: string;
  componentIds: string[];
  node: PMNode;
}

function infoOf(node: PMNode, pos: number, index: number): ClauseInfo {
  const heading = node.firstChild?.type.name === NODE.clauseHeading ? node.firstChild.textContent.trim() : '';
  return {
    id: (node.attrs[CLAUSE_ATTR.id] as string | null) ?? null,
    pos,
    index,
    heading,
    componentIds: decodeComponentIds(node.attrs[CLAUSE_ATTR.componentIds]),
    node,
  };
}

/** Every clause of the document, in order. */
export function listClauses(doc: PMNode): ClauseInfo[] {
  const clauses: ClauseInfo[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === NODE.clause) clauses.push(infoOf(node, offset, clauses.length));
  });
  return clauses;
}

/** The clause the selection is in (or the selected clause), if any. */
export function currentClause(state: EditorState): ClauseInfo | null {
  const { $from } = state.selection;
  if ($from.depth === 0) {
    const after = $from.nodeAfter;
    if (after?.type.name === NODE.clause) return infoOf(after, $from.pos, $from.index(0));
    return null;
  }
  const top = $from.node(1);
  if (top.type.name !== NODE.clause) return null;
  return infoOf(top, $from.before(1), $from.index(0));
}

export function clauseById(doc: PMNode, id: string): ClauseInfo | null {
  return listClauses(doc).find((clause) => clause.id === id) ?? null;
}

/** A fresh clause id (uuid v4), the shape the server expects. */
export function newClauseId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Non-secure contexts lack randomUUID; getRandomValues is still there.
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A passage of one clause's body, in the offsets comment anchors use (see deliberation/anchors). */
export interface SelectedPassage {
  clauseId: string;
  from: number;
  to: number;
  quote: string;
}

/**
 * The selected words as a passage of their clause's body: offsets in the body's plain text with
 * one "\n" between non-empty blocks and the heading left out, the text the server mirrors and
 * anchors are counted in. Null when nothing is selected, or the selection leaves one paragraph
 * (an anchor lives in one block) or lies in a heading.
 */
export function selectedPassage(state: EditorState): SelectedPassage | null {
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const clause = currentClause(state);
  if (!clause?.id) return null;
  let offset = 0;
  let found: SelectedPassage | null = null;
  clause.node.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === NODE.clauseHeading) return false;
    if (!node.isTextblock) return true;
    const text = node.textContent;
    if (text.trim().length === 0) return false;
    const start = clause.pos + 1 + pos + 1;
    if (from >= start && to <= start + node.content.size) {
      const quote = state.doc.textBetween(from, to);
      if (quote.trim())
        found = { clauseId: clause.id!, from: offset + from - start, to: offset + to - start, quote };
    }
    offset += text.length + 1;
    return false;
  });
  return found;
}

/** Someone asked to comment from the editor (button or Ctrl/⌘+Alt+M) on a clause, maybe on words. */
export interface CommentRequest {
  clauseId: string;
  passage: SelectedPassage | null;
  /** Moves on every request, so asking again refocuses the form. */
  seq: number;
}
