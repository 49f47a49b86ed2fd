import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ComponentPicker } from './ComponentPicker';
import { clauseTitle, type EditorSnapshot } from './useEditorSnapshot';

interface Props {
  editor: Editor;
  snapshot: EditorSnapshot;
  /** Start a thread on the selected words (or the clause) in the panel beside the editor. */
  onComment?: () => void;
  /** Connection state that must stay in sight while the toolbar sticks (offline, unsent edits). */
  status?: ReactNode;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

/**
 * Formatting and clause tools for writers. They act on the clause the caret is in; focus stays
 * on the button so a keyboard user can press "Move clause up" several times in a row.
 */
export function ClauseToolbar({ editor, snapshot, onComment, status }: Props) {
  const { current, clauses } = snapshot;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => setConfirmDelete(false), [current?.id]);
  useEffect(() => {
    if (confirmDelete) confirmButton.current?.focus();
  }, [confirmDelete]);

  const label = current ? clauseTitle(current) : null;
  const isFirst = current?.index === 0;
  const isLast = current != null && current.index === clauses.length - 1;

  return (
    <div className="editor-toolbar">
      {status}
      <div role="toolbar" aria-label="Formatting" className="toolbar-group">
        <button
          type="button"
          className="tool"
          aria-pressed={snapshot.bold}
          onClick={() => editor.chain().focus().toggleBold().run()}
          title={`Bold (${MOD}+B)`}
        >
          <strong aria-hidden="true">B</strong>
          <span className="visually-hidden">Bold</span>
        </button>
        <button
          type="button"
          className="tool"
          aria-pressed={snapshot.italic}
          onClick={() => editor.chain().focus().toggleItalic().run()}
          title={`Italic (${MOD}+I)`}
        >
          <em aria-hidden="true">I</em>
          <span className="visually-hidden">Italic</span>
        </button>
        <button
          type="button"
          className="tool"
          aria-pressed={snapshot.bulletList}
          onClick={() => editor.chain().focus().toggleBulletList().run()}
        >
          Bulleted list
        </button>
        <button
          type="button"
          className="tool"
          aria-pressed={snapshot.orderedList}
          onClick={() => editor.chain().focus().toggleOrderedList().run()}
        >
          Numbered list
        </button>
      </div>

      <div role="toolbar" aria-label="Clause" className="toolbar-clause">
        <div className="toolbar-context-row">
          <p className="toolbar-context" aria-live="polite">
            {label ? (
              <>
                Clause {current!.index + 1} of {clauses.length}: <strong>{label}</strong>
              </>
            ) : (
              'Put the caret in a clause to move it or choose its components.'
            )}
          </p>
          {current && (
            <ComponentPicker
              selected={current.componentIds}
              clauseLabel={label ?? ''}
              onChange={(ids) => editor.commands.setClauseComponents(ids, current.id ?? undefined)}
            />
          )}
        </div>
        <div className="toolbar-group">
          <button
            type="button"
            className="tool"
            disabled={!current || isFirst}
            onClick={() => editor.commands.moveClauseUp()}
            title="Alt+Shift+↑"
            aria-keyshortcuts="Alt+Shift+ArrowUp"
          >
            Move clause up
          </button>
          <button
            type="button"
            className="tool"
            disabled={!current || isLast}
            onClick={() => editor.commands.moveClauseDown()}
            title="Alt+Shift+↓"
            aria-keyshortcuts="Alt+Shift+ArrowDown"
          >
            Move clause down
          </button>
          {onComment && (
            <button
              type="button"
              className="tool"
              disabled={!current}
              onClick={onComment}
              title={`${MOD}+${isMac ? 'Option' : 'Alt'}+M`}
              aria-keyshortcuts={isMac ? 'Meta+Alt+M' : 'Control+Alt+M'}
            >
              Comment
            </button>
          )}
          <button
            type="button"
            className="tool"
            onClick={() => editor.chain().addClause().focus().run()}
            title={`${MOD}+Shift+Enter`}
            aria-keyshortcuts={isMac ? 'Meta+Shift+Enter' : 'Control+Shift+Enter'}
          >
            Add clause
          </button>
          {confirmDelete && current ? (
            <span className="confirm-inline" role="group" aria-label="Confirm deleting the clause">
              <span>Delete “{label}”?</span>
              <button
                type="button"
                className="button-danger"
                ref={confirmButton}
                onClick={() => {
                  editor.chain().deleteClause().focus().run();
                  setConfirmDelete(false);
                }}
              >
                Delete clause
              </button>
              <button type="button" className="button-secondary" onClick={() => setConfirmDelete(false)}>
                Keep it
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="tool tool-danger"
              disabled={!current}
              onClick={() => setConfirmDelete(true)}
              title={`${MOD}+Shift+Backspace deletes without asking; ${MOD}+Z brings it back`}
              aria-keyshortcuts={isMac ? 'Meta+Shift+Backspace' : 'Control+Shift+Backspace'}
            >
              Delete clause…
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
