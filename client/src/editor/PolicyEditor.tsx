import { EditorContent } from '@tiptap/react';
import { POLICY_FRAGMENT } from '@roundtable/shared';
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { CheckMarkHint } from './CheckMarkHint';
import { CheckMarks, setDismissedMarks } from './checkMarks';
import { ClauseToolbar } from './ClauseToolbar';
import { currentClause, selectedPassage, type CommentRequest } from './clauses';
import { ClauseComponentChips } from './componentChips';
import { ConnectionBar, ConnectionChip } from './ConnectionBar';
import { Outline } from './Outline';
import { policyExtensions } from './schema';
import { useCollabEditor } from './useCollabEditor';
import type { CollabSession } from './useCollabSession';
import { useEditorSnapshot } from './useEditorSnapshot';

interface Props {
  session: CollabSession;
  canEdit: boolean;
  userName: string;
  /** Rendered under the outline in the side column (the toolkit aside). */
  aside?: React.ReactNode;
  /** `clauseId:fingerprint` of language-check marks the board dismissed; they are not drawn. */
  dismissedMarks?: ReadonlySet<string>;
  /**
   * The discussion of the clause holding the caret, shown at the end of the side column; gets
   * the latest request to comment on selected words (toolbar button or Ctrl/⌘+Alt+M).
   */
  clauseSide?: (context: {
    clauseId: string | null;
    doc: Y.Doc;
    request: CommentRequest | null;
  }) => React.ReactNode;
}

export function PolicyEditor({ session, canEdit, userName, aside, dismissedMarks, clauseSide }: Props) {
  const { editor, editable } = useCollabEditor(session, {
    fragment: POLICY_FRAGMENT,
    extensions: [...policyExtensions(), ClauseComponentChips, CheckMarks],
    canEdit,
    userName,
    className: 'policy-editor',
    label: 'Policy text',
  });

  useEffect(() => {
    if (editor && dismissedMarks) setDismissedMarks(editor.view, dismissedMarks);
  }, [editor, dismissedMarks]);

  const snapshot = useEditorSnapshot(editor);
  const [commentRequest, setCommentRequest] = useState<CommentRequest | null>(null);
  const requestComment = useCallback(() => {
    if (!editor) return;
    const clause = currentClause(editor.state);
    if (!clause?.id) return;
    const passage = selectedPassage(editor.state);
    setCommentRequest((last) => ({ clauseId: clause.id!, passage, seq: (last?.seq ?? 0) + 1 }));
  }, [editor]);

  // Ctrl+Alt+M (⌘+Option+M on a Mac), as in Google Docs. `code`, not `key`: Option changes the key.
  useEffect(() => {
    if (!editor || !clauseSide) return;
    const dom = editor.view.dom;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM') {
        event.preventDefault();
        requestComment();
      }
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor, clauseSide, requestComment]);

  const noClauses = snapshot.clauses.length === 0;
  // Only the server can say a draft is really empty; a first visit has no local copy yet.
  const empty = session.everSynced && noClauses;
  const waiting = !session.everSynced && noClauses;

  return (
    <div className="draft-grid">
      <section className="card editor-card" aria-labelledby="policy-text-heading">
        <h2 id="policy-text-heading" className="visually-hidden">
          Policy text
        </h2>
        <ConnectionBar session={session} canEdit={editable} />
        {editor && editable && !noClauses && (
          <ClauseToolbar
            editor={editor}
            snapshot={snapshot}
            onComment={clauseSide ? requestComment : undefined}
            status={<ConnectionChip session={session} />}
          />
        )}
        {waiting && (
          <p className="loading editor-waiting" role="status">
            {session.status.kind === 'offline'
              ? 'You are offline, and this draft has not been opened on this device before. It appears when the connection returns.'
              : 'Loading the draft…'}
          </p>
        )}
        {empty && (
          <div className="empty-state editor-empty">
            <p className="empty-title">This draft has no clauses yet.</p>
            {editable ? (
              <>
                <p>
                  Each clause has a heading and its text. Start with the first one; the board sees it as you
                  type.
                </p>
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => editor?.chain().addClause({ at: 'end' }).focus().run()}
                >
                  Add the first clause
                </button>
              </>
            ) : (
              <p>When members start writing, their text appears here as they type.</p>
            )}
          </div>
        )}
        <EditorContent editor={editor} className={noClauses ? 'editor-content is-empty' : 'editor-content'} />
        {editor && !noClauses && <CheckMarkHint editor={editor} />}
        {editable && !noClauses && (
          <p className="editor-help muted small">
            Shortcuts: Alt+Shift+↑/↓ moves a clause; Ctrl+Shift+Enter (⌘+Shift+Enter on a Mac) adds one; Enter
            in a heading goes to the clause text; Ctrl+Alt+M (⌘+Option+M) comments on the selected words;
            Ctrl+Z undoes.
          </p>
        )}
      </section>
      <div className="draft-side">
        {editor && <Outline editor={editor} snapshot={snapshot} />}
        {aside}
        {/* Last in the column, so when it sticks to the top of the window as the reader scrolls
            down a long draft, it covers nothing that comes after it. */}
        {editor &&
          clauseSide?.({ clauseId: snapshot.current?.id ?? null, doc: session.doc, request: commentRequest })}
      </div>
    </div>
  );
}
