import { EditorContent } from '@tiptap/react';
import { POLICY_FRAGMENT } from '@roundtable/shared';
import { useEffect } from 'react';
import { CheckMarkHint } from './CheckMarkHint';
import { CheckMarks, setDismissedMarks } from './checkMarks';
import { ClauseToolbar } from './ClauseToolbar';
import { ClauseComponentChips } from './componentChips';
import { ConnectionBar } from './ConnectionBar';
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
}

export function PolicyEditor({ session, canEdit, userName, aside, dismissedMarks }: Props) {
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
        {editor && editable && !noClauses && <ClauseToolbar editor={editor} snapshot={snapshot} />}
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
            in a heading goes to the clause text; Ctrl+Z undoes.
          </p>
        )}
      </section>
      <div className="draft-side">
        {editor && <Outline editor={editor} snapshot={snapshot} />}
        {aside}
      </div>
    </div>
  );
}
