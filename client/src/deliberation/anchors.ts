import * as Y from 'yjs';
import { CLAUSE_ATTR, NODE, POLICY_FRAGMENT } from '@roundtable/shared';

/**
 * Comment anchors: a passage of a clause body held as two Yjs relative positions, so the
 * highlight follows everyone's edits. If the passage is deleted the anchor is "detached": the
 * thread stays, shown without a highlight. Offsets are in the clause body's plain text, with
 * one "\n" between blocks (the text the server mirrors).
 */
export interface CommentAnchor {
  start: string;
  end: string;
  quote: string;
}

export type ResolvedAnchor = { attached: true; from: number; to: number; text: string } | { attached: false };

interface Segment {
  text: Y.XmlText;
  /** Offset of this block's first character in the body text. */
  offset: number;
  length: number;
}

function clauseElement(doc: Y.Doc, clauseId: string): Y.XmlElement | null {
  const fragment = doc.getXmlFragment(POLICY_FRAGMENT);
  for (const node of fragment.toArray()) {
    if (
      node instanceof Y.XmlElement &&
      node.nodeName === NODE.clause &&
      node.getAttribute(CLAUSE_ATTR.id) === clauseId
    )
      return node;
  }
  return null;
}

function textBlocks(node: Y.XmlElement, into: Y.XmlText[]): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      into.push(child);
      return; // a text block: its inline content is one XmlText in this schema
    }
    if (child instanceof Y.XmlElement) textBlocks(child, into);
  }
}

function plain(text: Y.XmlText): string {
  return text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/** The clause body's text blocks, skipping the heading and empty blocks (as the server's mirror does). */
function segments(doc: Y.Doc, clauseId: string): Segment[] {
  const clause = clauseElement(doc, clauseId);
  if (!clause) return [];
  const blocks: Y.XmlText[] = [];
  for (const child of clause.toArray()) {
    if (child instanceof Y.XmlElement && child.nodeName === NODE.clauseHeading) continue;
    if (child instanceof Y.XmlElement) textBlocks(child, blocks);
  }
  const result: Segment[] = [];
  let offset = 0;
  for (const text of blocks) {
    const length = plain(text).length;
    if (plain(text).trim().length === 0) continue;
    result.push({ text, offset, length });
    offset += length + 1;
  }
  return result;
}

/** The clause body as plain text, one block per line. */
export function clauseBodyText(doc: Y.Doc, clauseId: string): string {
  return segments(doc, clauseId)
    .map((s) => plain(s.text))
    .join('\n');
}

function encode(rel: Y.RelativePosition): string {
  let binary = '';
  for (const byte of Y.encodeRelativePosition(rel)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function decode(value: string): Y.RelativePosition | null {
  try {
    const binary = atob(value);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return Y.decodeRelativePosition(bytes);
  } catch {
    return null;
  }
}

/** An anchor for body text [from, to), or null if the range is empty or crosses blocks. */
export function anchorForRange(doc: Y.Doc, clauseId: string, from: number, to: number): CommentAnchor | null {
  if (to <= from) return null;
  const segs = segments(doc, clauseId);
  const seg = segs.find((s) => from >= s.offset && to <= s.offset + s.length);
  if (!seg) return null;
  // The start sticks to the character after it, the end to the character before it, so typing
  // right outside the passage does not grow it.
  const start = Y.createRelativePositionFromTypeIndex(seg.text, from - seg.offset, 0);
  const end = Y.createRelativePositionFromTypeIndex(seg.text, to - seg.offset, -1);
  return {
    start: encode(start),
    end: encode(end),
    quote: plain(seg.text).slice(from - seg.offset, to - seg.offset),
  };
}

/** An anchor for the `occurrence`-th appearance of `quote` in the clause body (keyboard-friendly). */
export function anchorForQuote(
  doc: Y.Doc,
  clauseId: string,
  quote: string,
  occurrence = 0,
): CommentAnchor | null {
  const wanted = quote.trim();
  if (!wanted) return null;
  const body = clauseBodyText(doc, clauseId);
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = body.indexOf(wanted, index + 1);
    if (index < 0) return null;
  }
  return anchorForRange(doc, clauseId, index, index + wanted.length);
}

/** Where an anchor's passage is now, or detached when its text is gone. */
export function resolveAnchor(doc: Y.Doc, clauseId: string, anchor: CommentAnchor): ResolvedAnchor {
  const start = decode(anchor.start);
  const end = decode(anchor.end);
  if (!start || !end) return { attached: false };
  const a = Y.createAbsolutePositionFromRelativePosition(start, doc);
  const b = Y.createAbsolutePositionFromRelativePosition(end, doc);
  if (!a || !b || a.type !== b.type) return { attached: false };
  const seg = segments(doc, clauseId).find((s) => s.text === a.type);
  if (!seg || b.index <= a.index) return { attached: false };
  const text = plain(seg.text).slice(a.index, b.index);
  return { attached: true, from: seg.offset + a.index, to: seg.offset + b.index, text };
}
