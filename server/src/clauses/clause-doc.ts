import { createHash, randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import {
  CLAUSE_ATTR,
  decodeComponentIds,
  encodeComponentIds,
  NODE,
  POLICY_FRAGMENT,
} from '@roundtable/shared';

/**
 * Reading and editing clauses directly in a draft's Y.Doc, in the shape the editor uses
 * (see shared/src/editor): `policy` fragment → `clause` elements (attrs `id`, `componentIds`)
 * → a `clauseHeading` then body blocks (paragraphs, lists).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ClauseView {
  /** The `id` attribute as found (may be missing or invalid until the server fixes it). */
  id: string | null;
  element: Y.XmlElement;
  heading: string;
  text: string;
  componentIds: string[];
}

export interface NewClause {
  id?: string;
  heading: string;
  text: string;
  componentIds: readonly string[];
}

export class ClauseDocError extends Error {
  constructor(
    readonly reason: 'CLAUSE_NOT_FOUND',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The hash a vote records to say which wording it was about: sha256 (hex) of the UTF-8 text
 * `heading + "\n" + text`, using the plain text as mirrored in the `clause` table.
 */
export function clauseTextHash(heading: string, text: string): string {
  return createHash('sha256').update(`${heading}\n${text}`, 'utf8').digest('hex');
}

export function policyFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(POLICY_FRAGMENT);
}

function inlineText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return node
      .toDelta()
      .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }
  if (node instanceof Y.XmlElement) {
    if (node.nodeName === 'hardBreak') return '\n';
    return node.toArray().map(inlineText).join('');
  }
  return '';
}

const isList = (node: unknown): boolean =>
  node instanceof Y.XmlElement && (node.nodeName === NODE.bulletList || node.nodeName === NODE.orderedList);

/**
 * A list as text: `- item` or `1. item` lines (numbered from the list's start), nested lists
 * indented two spaces a level, further paragraphs of an item indented under its marker. The
 * editor's check marks read clauses the same way (client/src/editor/checkMarks.ts).
 */
function listText(list: Y.XmlElement, depth: number): string {
  const ordered = list.nodeName === NODE.orderedList;
  const start = ordered ? Number(list.getAttribute('start')) || 1 : 1;
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  list.toArray().forEach((item, i) => {
    if (!(item instanceof Y.XmlElement)) return;
    let first = true;
    for (const child of item.toArray()) {
      if (isList(child)) {
        const nested = listText(child as Y.XmlElement, depth + 1);
        if (nested.length > 0) lines.push(nested);
        continue;
      }
      const text = blockText(child);
      if (text.length === 0) continue;
      lines.push(`${indent}${first ? (ordered ? `${start + i}. ` : '- ') : '  '}${text}`);
      first = false;
    }
  });
  return lines.join('\n');
}

/** Plain text of a block: a text block's inline content, a list's marked lines, or a container's blocks line by line. */
export function blockText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (!(node instanceof Y.XmlElement)) return inlineText(node);
  if (isList(node)) return listText(node, 0);
  const children = node.toArray();
  const isTextBlock = children.length === 0 || children.some((child) => child instanceof Y.XmlText);
  if (isTextBlock) return inlineText(node);
  return children
    .map(blockText)
    .filter((line) => line.length > 0)
    .join('\n');
}

// eslint-disable-next-line no-control-regex -- NUL is exactly what must go
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as PostgreSQL can store it: NUL removed (a `text` value cannot hold it; the insert fails
 * with "invalid byte sequence") and lone surrogates, which are not UTF-8, replaced by U+FFFD (the
 * driver would do so silently, so the stored text would no longer match its hash). Every reader
 * of clause text goes through `readClause`, so rows, hashes and exports agree.
 */
export function storableText(text: string): string {
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}

export function readClause(element: Y.XmlElement): ClauseView {
  const id = element.getAttribute(CLAUSE_ATTR.id);
  let heading = '';
  const body: string[] = [];
  let seenHeading = false;
  for (const child of element.toArray()) {
    if (!seenHeading && child instanceof Y.XmlElement && child.nodeName === NODE.clauseHeading) {
      heading = storableText(inlineText(child)).trim();
      seenHeading = true;
      continue;
    }
    const line = storableText(blockText(child));
    if (line.trim().length > 0) body.push(line);
  }
  return {
    id: typeof id === 'string' ? id : null,
    element,
    heading,
    text: body.join('\n'),
    componentIds: decodeComponentIds(element.getAttribute(CLAUSE_ATTR.componentIds)).map(storableText),
  };
}

/** The clauses of a draft, in document order. Nodes that are not clauses are ignored. */
export function readClauses(doc: Y.Doc): ClauseView[] {
  return policyFragment(doc)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === NODE.clause)
    .map(readClause);
}

export function isClauseId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

const BULLET = /^[-*•]\s+/;
const NUMBERED = /^(\d{1,4})[.)]\s+/;

/** A paragraph holding `text` (none for an empty line), as the editor's schema has it. */
export function paragraph(text: string): Y.XmlElement {
  const paragraph = new Y.XmlElement(NODE.paragraph);
  if (text) paragraph.insert(0, [new Y.XmlText(text)]);
  return paragraph;
}

/**
 * A clause body as the editor holds it, from text: one paragraph per line, and runs of `- item`
 * (or `*`, `•`) and `1. item` lines as real bulleted and numbered lists, so that text written
 * outside the editor (an amendment, a template, an API client) reads back as it was written.
 * Indentation is not kept: nested lists come back flat.
 */
export function bodyBlocks(text: string): Y.XmlElement[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const blocks: Y.XmlElement[] = [];
  let list: Y.XmlElement | null = null;
  // Counted here: reading `list.length` before the list is in a doc makes yjs warn on every item.
  let listLength = 0;
  for (const line of lines) {
    const numbered = NUMBERED.exec(line);
    const kind = BULLET.test(line) ? NODE.bulletList : numbered ? NODE.orderedList : null;
    if (!kind) {
      list = null;
      blocks.push(paragraph(line));
      continue;
    }
    if (!list || list.nodeName !== kind) {
      list = new Y.XmlElement(kind);
      // y-prosemirror keeps attributes as they are: Tiptap's start is a number.
      if (numbered && Number(numbered[1]) !== 1)
        list.setAttribute('start', Number(numbered[1]) as unknown as string);
      blocks.push(list);
      listLength = 0;
    }
    const item = new Y.XmlElement(NODE.listItem);
    item.insert(0, [paragraph(line.replace(numbered ? NUMBERED : BULLET, ''))]);
    list.insert(listLength++, [item]);
  }
  return blocks.length ? blocks : [paragraph('')];
}

function fill(clause: Y.XmlElement, input: NewClause, id: string): void {
  clause.setAttribute(CLAUSE_ATTR.id, id);
  clause.setAttribute(CLAUSE_ATTR.componentIds, encodeComponentIds(input.componentIds));
  const heading = new Y.XmlElement(NODE.clauseHeading);
  if (input.heading) heading.insert(0, [new Y.XmlText(input.heading)]);
  clause.insert(0, [heading, ...bodyBlocks(input.text)]);
}

function fragmentIndexOf(fragment: Y.XmlFragment, clauseId: string): number {
  const nodes = fragment.toArray();
  const index = nodes.findIndex(
    (node) =>
      node instanceof Y.XmlElement &&
      node.nodeName === NODE.clause &&
      node.getAttribute(CLAUSE_ATTR.id) === clauseId,
  );
  if (index < 0) throw new ClauseDocError('CLAUSE_NOT_FOUND', 'That clause is not in the draft any more.');
  return index;
}

/** Adds a clause after `afterClauseId` (or at the end). Call inside a transaction. Returns its id. */
export function insertClause(doc: Y.Doc, input: NewClause, afterClauseId?: string | null): string {
  const fragment = policyFragment(doc);
  const index = afterClauseId ? fragmentIndexOf(fragment, afterClauseId) + 1 : fragment.length;
  const id = input.id ?? randomUUID();
  const clause = new Y.XmlElement(NODE.clause);
  fragment.insert(index, [clause]);
  fill(clause, input, id);
  return id;
}

/**
 * Moves a clause to `toIndex` among the clauses (clamped). Yjs has no move: the clause is
 * copied to its new place and the original deleted, so an edit someone makes inside that clause
 * at the same instant is lost; the editor's own drag and drop has the same property.
 */
export function moveClause(doc: Y.Doc, clauseId: string, toIndex: number): void {
  const fragment = policyFragment(doc);
  const from = fragmentIndexOf(fragment, clauseId);
  const original = fragment.get(from) as Y.XmlElement;
  const clauseSlots = fragment
    .toArray()
    .map((node, i) => (node instanceof Y.XmlElement && node.nodeName === NODE.clause && i !== from ? i : -1))
    .filter((i) => i >= 0);
  const target = Math.max(0, Math.min(Math.floor(toIndex), clauseSlots.length));
  // Fragment index before which the clause goes, counted before removing the original.
  const before = target < clauseSlots.length ? clauseSlots[target] : fragment.length;
  if (before === from || before === from + 1) return; // already there
  const copy = original.clone();
  fragment.insert(before, [copy]);
  fragment.delete(before < from ? from + 1 : from, 1);
}

export function removeClause(doc: Y.Doc, clauseId: string): void {
  const fragment = policyFragment(doc);
  fragment.delete(fragmentIndexOf(fragment, clauseId), 1);
}

/**
 * Gives every clause a valid, unique id (pasted or copied clauses carry their source's id;
 * `taken` are ids already used by another draft). Returns how many were changed.
 */
export function normalizeClauseIds(doc: Y.Doc, taken: ReadonlySet<string> = new Set()): number {
  const seen = new Set<string>();
  let changed = 0;
  for (const clause of readClauses(doc)) {
    const id = clause.id?.toLowerCase() ?? null;
    if (id && isClauseId(id) && !seen.has(id) && !taken.has(id)) {
      seen.add(id);
      continue;
    }
    const fresh = randomUUID();
    clause.element.setAttribute(CLAUSE_ATTR.id, fresh);
    seen.add(fresh);
    changed++;
  }
  return changed;
}
