import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { describeMark } from './checkLabels';
import { type CheckEngine, checkEngine, loadCheckEngine } from './checkEngine';
import {
  CLAUSE_ATTR,
  NODE,
  type CheckMark,
  type DraftContext,
  type PolicyClause,
  decodeComponentIds,
} from '@roundtable/shared';

/**
 * Inline language-check marks in the policy editor. Runs shared's `checkClause` on the clauses
 * that changed (ProseMirror keeps unchanged clause nodes identical, so those are skipped), a
 * short pause after typing stops. Each mark is an underline whose style says its severity
 * (wavy, dashed, dotted: not colour alone); the mark under the caret or the pointer is described
 * in words by `CheckMarkHint`, which screen readers hear through a live region.
 *
 * The checks themselves arrive in their own chunk (see `checkEngine.ts`); the marks appear once it
 * has loaded.
 */

export { KIND_LABEL, SEVERITY_LABEL, describeMark } from './checkLabels';

/** How long typing must pause before the edited clause is re-checked. */
export const CHECK_DEBOUNCE_MS = 250;

export interface PlacedMark {
  mark: CheckMark;
  /** Document positions of the marked words. */
  from: number;
  to: number;
}

interface ClauseEntry {
  node: PMNode;
  /** Document position of the clause node. */
  pos: number;
  text: PolicyClause;
  /** Document position of each character of `text.text`. */
  positions: number[];
  marks: CheckMark[];
}

export interface CheckMarksState {
  decorations: DecorationSet;
  placed: PlacedMark[];
  /** `clauseId:fingerprint` of marks the board dismissed; they are not drawn. */
  dismissed: ReadonlySet<string>;
  clauses: Map<string, ClauseEntry>;
  context: DraftContext | null;
  /** Document changes are waiting for the debounce. */
  stale: boolean;
}

export const checkMarksKey = new PluginKey<CheckMarksState>('checkMarks');

type Meta = { recheck: true } | { dismissed: ReadonlySet<string> };

/**
 * A clause's body as the server's clause mirror writes it (heading excluded, text blocks one per
 * line, hard breaks as new lines), with the document position of every character.
 */
export function clauseText(
  node: PMNode,
  pos: number,
): { heading: string; text: string; positions: number[] } {
  let heading = '';
  let text = '';
  const positions: number[] = [];
  let first = true;
  node.forEach((child, offset) => {
    const childPos = pos + 1 + offset;
    if (first && child.type.name === NODE.clauseHeading) {
      heading = child.textContent.trim();
      first = false;
      return;
    }
    first = false;
    const blocks: { text: string; positions: number[] }[] = [];
    /** A text block's characters; `prefix` (a list marker) has no place of its own in the document. */
    const collect = (block: PMNode, blockPos: number, prefix = '') => {
      let t = '';
      const p: number[] = [];
      block.descendants((inline, inlinePos) => {
        const at = blockPos + 1 + inlinePos;
        if (inline.isText) {
          const s = inline.text ?? '';
          for (let i = 0; i < s.length; i += 1) p.push(at + i);
          t += s;
        } else if (inline.type.name === 'hardBreak') {
          p.push(at);
          t += '\n';
        }
        return true;
      });
      if (t.length === 0) return;
      // The marker's characters point at the start of the item's text.
      blocks.push({ text: prefix + t, positions: [...prefix].map(() => blockPos + 1).concat(p) });
    };
    const isList = (n: PMNode) => n.type.name === NODE.bulletList || n.type.name === NODE.orderedList;
    // Lists as the server writes them: `- item` / `1. item`, nested ones indented two spaces a level.
    const walkList = (list: PMNode, listPos: number, depth: number) => {
      const ordered = list.type.name === NODE.orderedList;
      const start = ordered ? Number(list.attrs.start) || 1 : 1;
      const indent = '  '.repeat(depth);
      list.forEach((item, itemOffset, i) => {
        const itemPos = listPos + 1 + itemOffset;
        let first = true;
        item.forEach((part, partOffset) => {
          const partPos = itemPos + 1 + partOffset;
          if (isList(part)) return walkList(part, partPos, depth + 1);
          const before = blocks.length;
          collect(part, partPos, `${indent}${first ? (ordered ? `${start + i}. ` : '- ') : '  '}`);
          if (blocks.length > before) first = false;
        });
      });
    };
    if (child.isTextblock) collect(child, childPos);
    else if (isList(child)) walkList(child, childPos, 0);
    else
      child.descendants((d, dPos) => {
        if (d.isTextblock) {
          collect(d, childPos + 1 + dPos);
          return false;
        }
        return true;
      });
    const line = blocks.map((b) => b.text).join('\n');
    if (line.trim().length === 0) return;
    blocks.forEach((b, i) => {
      if (text.length > 0 || i > 0) {
        // The line break between blocks sits at the end of the previous block.
        positions.push((positions[positions.length - 1] ?? childPos) + 1);
        text += '\n';
      }
      text += b.text;
      positions.push(...b.positions);
    });
  });
  return { heading, text, positions };
}

function readClauses(doc: PMNode): { id: string; node: PMNode; pos: number }[] {
  const out: { id: string; node: PMNode; pos: number }[] = [];
  doc.forEach((node, offset) => {
    const id = node.type.name === NODE.clause ? (node.attrs[CLAUSE_ATTR.id] as string | null) : null;
    if (id) out.push({ id, node, pos: offset });
  });
  return out;
}

/**
 * Re-checks the clauses whose nodes changed since `prev`, plus the clauses whose draft-level
 * marks those changes can affect, and places every mark in the document.
 */
export function recheck(
  doc: PMNode,
  prev: Pick<CheckMarksState, 'clauses' | 'context'>,
  engine: CheckEngine,
): Pick<CheckMarksState, 'clauses' | 'context' | 'placed'> {
  const { affectedClauseIds, checkClause, createDraftContext, syncDraftContext, updateDraftContext } = engine;
  const clauses = new Map<string, ClauseEntry>();
  const changed: string[] = [];
  const texts: PolicyClause[] = [];
  for (const { id, node, pos } of readClauses(doc)) {
    const old = prev.clauses.get(id);
    if (old && old.node === node) {
      // The same node (untouched text), perhaps moved: its characters shift together.
      const shift = pos - old.pos;
      clauses.set(id, shift === 0 ? old : { ...old, pos, positions: old.positions.map((p) => p + shift) });
      texts.push(old.text);
      continue;
    }
    const { heading, text, positions } = clauseText(node, pos);
    const policy: PolicyClause = {
      id,
      heading,
      text,
      componentIds: decodeComponentIds(node.attrs[CLAUSE_ATTR.componentIds]),
    };
    clauses.set(id, { node, pos, text: policy, positions, marks: [] });
    texts.push(policy);
    changed.push(id);
  }
  const removed = [...prev.clauses.keys()].some((id) => !clauses.has(id));
  const toCheck = new Set<string>();
  let context = prev.context;
  if (!context) {
    context = createDraftContext(texts);
    for (const id of clauses.keys()) toCheck.add(id);
  } else if (changed.length === 1 && !removed && texts.length === context.order.length) {
    // The typing path: one clause re-read, the others' facts reused.
    const before = context;
    context = updateDraftContext(context, clauses.get(changed[0])!.text);
    for (const a of affectedClauseIds(before, context, changed[0])) toCheck.add(a);
  } else {
    const before = context;
    context = syncDraftContext(context, texts);
    if (removed) for (const id of clauses.keys()) toCheck.add(id);
    for (const id of changed) for (const a of affectedClauseIds(before, context, id)) toCheck.add(a);
  }
  for (const id of toCheck) {
    const entry = clauses.get(id);
    if (entry) clauses.set(id, { ...entry, marks: checkClause(entry.text, context) });
  }
  const placed: PlacedMark[] = [];
  for (const entry of clauses.values()) {
    for (const mark of entry.marks) {
      const from = entry.positions[mark.from];
      const last = entry.positions[mark.to - 1];
      if (from === undefined || last === undefined || last < from) continue;
      placed.push({ mark, from, to: last + 1 });
    }
  }
  return { clauses, context, placed };
}

function decorate(doc: PMNode, placed: PlacedMark[], dismissed: ReadonlySet<string>): DecorationSet {
  const decorations = placed
    .filter((p) => !dismissed.has(`${p.mark.clauseId}:${p.mark.fingerprint}`))
    .map((p) =>
      Decoration.inline(
        p.from,
        p.to,
        {
          class: `check-mark check-mark--${p.mark.severity}`,
          'data-check-id': p.mark.id,
          'data-check-kind': p.mark.kind,
          title: describeMark(p.mark),
        },
        { checkId: p.mark.id },
      ),
    );
  return DecorationSet.create(doc, decorations);
}

/** The marks at a document position (the caret, or the word under the pointer). */
export function marksAt(state: EditorState, pos: number): PlacedMark[] {
  const s = checkMarksKey.getState(state);
  if (!s) return [];
  return s.placed.filter(
    (p) => p.from <= pos && pos <= p.to && !s.dismissed.has(`${p.mark.clauseId}:${p.mark.fingerprint}`),
  );
}

/** Tells the plugin which marks the board has dismissed (`clauseId:fingerprint`). */
export function setDismissedMarks(view: EditorView, dismissed: ReadonlySet<string>): void {
  view.dispatch(view.state.tr.setMeta(checkMarksKey, { dismissed } satisfies Meta));
}

function mapPlaced(placed: PlacedMark[], tr: Transaction): PlacedMark[] {
  const out: PlacedMark[] = [];
  for (const p of placed) {
    const from = tr.mapping.map(p.from, 1);
    const to = tr.mapping.map(p.to, -1);
    if (to > from) out.push({ ...p, from, to });
  }
  return out;
}

export function checkMarksPlugin(debounceMs = CHECK_DEBOUNCE_MS): Plugin<CheckMarksState> {
  return new Plugin<CheckMarksState>({
    key: checkMarksKey,
    state: {
      init: (_config, state) => {
        const dismissed = new Set<string>();
        const engine = checkEngine();
        // Without the checks yet, nothing is marked; the view re-checks when they arrive.
        if (!engine) {
          return {
            clauses: new Map(),
            context: null,
            placed: [],
            dismissed,
            stale: true,
            decorations: DecorationSet.empty,
          };
        }
        const result = recheck(state.doc, { clauses: new Map(), context: null }, engine);
        return {
          ...result,
          dismissed,
          stale: false,
          decorations: decorate(state.doc, result.placed, dismissed),
        };
      },
      apply: (tr, value, _old, state) => {
        const meta = tr.getMeta(checkMarksKey) as Meta | undefined;
        if (meta && 'dismissed' in meta) {
          return {
            ...value,
            dismissed: meta.dismissed,
            decorations: decorate(state.doc, value.placed, meta.dismissed),
          };
        }
        const engine = checkEngine();
        if (meta && 'recheck' in meta && engine) {
          const result = recheck(state.doc, value, engine);
          return {
            ...value,
            ...result,
            stale: false,
            decorations: decorate(state.doc, result.placed, value.dismissed),
          };
        }
        if (!tr.docChanged) return value;
        // Until the pause, marks follow the text they were on.
        return {
          ...value,
          stale: true,
          placed: mapPlaced(value.placed, tr),
          decorations: value.decorations.map(tr.mapping, tr.doc),
        };
      },
    },
    props: {
      decorations: (state) => checkMarksKey.getState(state)?.decorations,
    },
    view: (editorView) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const schedule = (view: EditorView) => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          if (!view.isDestroyed && checkEngine() && checkMarksKey.getState(view.state)?.stale) {
            view.dispatch(view.state.tr.setMeta(checkMarksKey, { recheck: true } satisfies Meta));
          }
        }, debounceMs);
      };
      // Content that arrives while the views are being built (the Yjs binding's first render)
      // reaches no `update`, so look once after creation too; and once more when the checks'
      // chunk arrives, if it was not there yet.
      let destroyed = false;
      if (checkEngine()) schedule(editorView);
      else
        loadCheckEngine().then(
          () => {
            if (!destroyed && !editorView.isDestroyed) schedule(editorView);
          },
          () => {
            // No checks this time (the chunk failed to load); editing goes on unmarked.
          },
        );
      return {
        update(view) {
          if (checkMarksKey.getState(view.state)?.stale) schedule(view);
        },
        destroy() {
          destroyed = true;
          if (timer) clearTimeout(timer);
        },
      };
    },
  });
}

/** The Tiptap extension the policy editor adds. */
export const CheckMarks = Extension.create<{ debounceMs: number }>({
  name: 'checkMarks',
  addOptions: () => ({ debounceMs: CHECK_DEBOUNCE_MS }),
  addProseMirrorPlugins() {
    return [checkMarksPlugin(this.options.debounceMs)];
  },
});
