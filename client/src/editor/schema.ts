import { Extension, Node, mergeAttributes } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, Selection, TextSelection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { CLAUSE_ATTR, LIMITS, NODE, encodeComponentIds } from '@roundtable/shared';
import { clauseById, currentClause, listClauses, newClauseId } from './clauses';

/*
 * The editor's schema, matching shared/src/editor: the root fragment holds `clause` nodes
 * (attrs id, componentIds) made of one `clauseHeading` and one or more body blocks.
 */

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    clause: {
      /** Adds an empty clause after the current one (or at the end) and puts the caret in its heading. */
      addClause: (options?: { at?: 'after-current' | 'end'; componentIds?: readonly string[] }) => ReturnType;
      moveClauseUp: () => ReturnType;
      moveClauseDown: () => ReturnType;
      /** Deletes the current clause. */
      deleteClause: () => ReturnType;
      /** Sets the toolkit components a clause covers (the current clause unless an id is given). */
      setClauseComponents: (componentIds: readonly string[], clauseId?: string) => ReturnType;
      /** Puts the caret at the start of a clause's heading. */
      selectClause: (clauseId: string) => ReturnType;
    };
  }
}

/** The top node: zero or more clauses (an empty draft is valid; the page offers a first clause). */
export const PolicyDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: `${NODE.clause}*`,
});

export const ClauseHeading = Node.create({
  name: NODE.clauseHeading,
  content: 'text*',
  marks: '',
  defining: true,
  parseHTML() {
    return [{ tag: 'h3[data-clause-heading]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['h3', mergeAttributes(HTMLAttributes, { 'data-clause-heading': '', class: 'clause-heading' }), 0];
  },
  addKeyboardShortcuts() {
    return {
      // Enter in a heading goes to the clause's text rather than splitting the heading.
      Enter: ({ editor }) => {
        const { $from } = editor.state.selection;
        if ($from.parent.type.name !== NODE.clauseHeading) return false;
        const afterHeading = $from.after();
        const target = Selection.findFrom(editor.state.doc.resolve(afterHeading), 1, true);
        if (!target) return false;
        editor.view.dispatch(editor.state.tr.setSelection(target).scrollIntoView());
        return true;
      },
    };
  },
});

const uniqueIdsKey = new PluginKey('clauseUniqueIds');

export const Clause = Node.create({
  name: NODE.clause,
  content: `${NODE.clauseHeading} block+`,
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      [CLAUSE_ATTR.id]: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-clause-id'),
        renderHTML: (attributes) =>
          attributes[CLAUSE_ATTR.id] ? { 'data-clause-id': attributes[CLAUSE_ATTR.id] } : {},
      },
      [CLAUSE_ATTR.componentIds]: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-component-ids') ?? '',
        renderHTML: (attributes) =>
          attributes[CLAUSE_ATTR.componentIds]
            ? { 'data-component-ids': attributes[CLAUSE_ATTR.componentIds] }
            : {},
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-clause-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { class: 'clause' }), 0];
  },

  addCommands() {
    return {
      addClause:
        (options = {}) =>
        ({ state, tr, dispatch }) => {
          const { schema } = state;
          const current = options.at === 'end' ? null : currentClause(state);
          const insertAt = current ? current.pos + current.node.nodeSize : state.doc.content.size;
          const clause = schema.nodes[NODE.clause].create(
            {
              [CLAUSE_ATTR.id]: newClauseId(),
              [CLAUSE_ATTR.componentIds]: encodeComponentIds(options.componentIds ?? []),
            },
            [schema.nodes[NODE.clauseHeading].create(), schema.nodes[NODE.paragraph].create()],
          );
          if (dispatch) {
            tr.insert(insertAt, clause);
            tr.setSelection(TextSelection.create(tr.doc, insertAt + 2)).scrollIntoView();
          }
          return true;
        },

      // Moving swaps the clause with its neighbour by moving the *neighbour*: Yjs has no move, so
      // the moved node is re-created, and the clause being worked on keeps its identity and the
      // edits other people are making in it at that moment.
      moveClauseUp:
        () =>
        ({ state, tr, dispatch }) => {
          const current = currentClause(state);
          if (!current || current.index === 0) return false;
          const previous = listClauses(state.doc)[current.index - 1];
          if (dispatch) {
            tr.insert(current.pos + current.node.nodeSize, previous.node);
            tr.delete(previous.pos, previous.pos + previous.node.nodeSize);
            tr.scrollIntoView();
          }
          return true;
        },

      moveClauseDown:
        () =>
        ({ state, tr, dispatch }) => {
          const current = currentClause(state);
          if (!current) return false;
          const next = listClauses(state.doc)[current.index + 1];
          if (!next) return false;
          if (dispatch) {
            tr.delete(next.pos, next.pos + next.node.nodeSize);
            tr.insert(current.pos, next.node);
            tr.scrollIntoView();
          }
          return true;
        },

      deleteClause:
        () =>
        ({ state, tr, dispatch }) => {
          const current = currentClause(state);
          if (!current) return false;
          if (dispatch) {
            tr.delete(current.pos, current.pos + current.node.nodeSize);
            const near = Math.min(current.pos, tr.doc.content.size);
            tr.setSelection(Selection.near(tr.doc.resolve(near), near === 0 ? 1 : -1));
          }
          return true;
        },

      setClauseComponents:
        (componentIds, clauseId) =>
        ({ state, tr, dispatch }) => {
          const clause = clauseId ? clauseById(state.doc, clauseId) : currentClause(state);
          if (!clause) return false;
          if (dispatch)
            tr.setNodeAttribute(clause.pos, CLAUSE_ATTR.componentIds, encodeComponentIds(componentIds));
          return true;
        },

      selectClause:
        (clauseId) =>
        ({ state, tr, dispatch }) => {
          const clause = clauseById(state.doc, clauseId);
          if (!clause) return false;
          if (dispatch) tr.setSelection(TextSelection.create(tr.doc, clause.pos + 2)).scrollIntoView();
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Alt-Shift-ArrowUp': () => this.editor.commands.moveClauseUp(),
      'Alt-Shift-ArrowDown': () => this.editor.commands.moveClauseDown(),
      'Mod-Shift-Enter': () => this.editor.commands.addClause(),
      'Mod-Shift-Backspace': () => this.editor.commands.deleteClause(),
    };
  },

  addProseMirrorPlugins() {
    return [
      // Pasting or duplicating a clause copies its id; give every local copy a fresh one. Changes
      // that arrive from others are left alone: the server fixes their ids for everyone.
      new Plugin({
        key: uniqueIdsKey,
        appendTransaction: (transactions, _oldState, newState) => {
          if (!transactions.some((tr) => tr.docChanged && !isChangeOrigin(tr))) return null;
          const seen = new Set<string>();
          const tr = newState.tr;
          for (const clause of listClauses(newState.doc)) {
            if (clause.id && !seen.has(clause.id)) {
              seen.add(clause.id);
              continue;
            }
            const fresh = newClauseId();
            seen.add(fresh);
            tr.setNodeAttribute(clause.pos, CLAUSE_ATTR.id, fresh);
          }
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});

function headingOverflow(doc: PMNode): number {
  let overflow = 0;
  doc.forEach((clause) => {
    const heading = clause.firstChild;
    if (heading?.type.name === NODE.clauseHeading)
      overflow += Math.max(0, heading.textContent.length - LIMITS.clauseHeadingMax);
  });
  return overflow;
}

/**
 * Keeps clause headings within LIMITS.clauseHeadingMax: a local change that makes headings longer
 * past the limit is refused. A heading that arrived too long from elsewhere does not block editing.
 */
export const ClauseLimits = Extension.create({
  name: 'clauseLimits',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        filterTransaction: (tr) => {
          if (!tr.docChanged || isChangeOrigin(tr)) return true;
          return headingOverflow(tr.doc) <= headingOverflow(tr.before);
        },
      }),
    ];
  },
});

/**
 * The content extensions, without collaboration (tests use these alone). Only the blocks the
 * shared schema names are enabled: paragraphs and lists, plus bold and italic.
 */
export function policyExtensions() {
  return [
    StarterKit.configure({
      document: false,
      heading: false,
      blockquote: false,
      codeBlock: false,
      code: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: false,
      // Yjs has its own undo history (Collaboration adds it); ProseMirror's would fight it.
      undoRedo: false,
      // It appends a paragraph at the end of the document, which is not valid between clauses.
      trailingNode: false,
    }),
    PolicyDocument,
    ClauseHeading,
    Clause,
    ClauseLimits,
  ];
}
