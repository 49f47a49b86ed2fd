import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { currentClause, listClauses } from './clauses';

export interface ClauseSummary {
  id: string | null;
  index: number;
  heading: string;
  componentIds: string[];
}

export interface EditorSnapshot {
  clauses: ClauseSummary[];
  current: ClauseSummary | null;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
}

const EMPTY: EditorSnapshot = {
  clauses: [],
  current: null,
  bold: false,
  italic: false,
  bulletList: false,
  orderedList: false,
};

function summary(clause: {
  id: string | null;
  index: number;
  heading: string;
  componentIds: string[];
}): ClauseSummary {
  return { id: clause.id, index: clause.index, heading: clause.heading, componentIds: clause.componentIds };
}

/** What the toolbar and outline show, recomputed on each editor transaction (cheap: a few dozen clauses). */
export function useEditorSnapshot(editor: Editor | null): EditorSnapshot {
  return (
    useEditorState({
      editor,
      selector: ({ editor: e }) => {
        if (!e) return EMPTY;
        const current = currentClause(e.state);
        return {
          clauses: listClauses(e.state.doc).map(summary),
          current: current ? summary(current) : null,
          bold: e.isActive('bold'),
          italic: e.isActive('italic'),
          bulletList: e.isActive('bulletList'),
          orderedList: e.isActive('orderedList'),
        };
      },
      equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    }) ?? EMPTY
  );
}

export function clauseTitle(clause: Pick<ClauseSummary, 'heading' | 'index'>): string {
  return clause.heading || `Untitled clause ${clause.index + 1}`;
}
