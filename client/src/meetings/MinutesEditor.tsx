import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { MINUTES_FRAGMENT, minutesDocName } from '@roundtable/shared';
import { useEffect } from 'react';
import { goToSignIn } from '../app/apolloClient';
import { Loading } from '../app/Loading';
import { renderCaret } from '../editor/caret';
import { ConnectionBar } from '../editor/ConnectionBar';
import { useCollabSession, type CollabSession } from '../editor/useCollabSession';
import './minutes.css';

interface Props {
  meetingId: string;
  /** Members and facilitators while the meeting is not closed; the server enforces it too. */
  canEdit: boolean;
  userName: string;
  /** Must be stable (useCallback): re-reads the meeting when the server says rights changed (it closed). */
  onRightsChanged: () => void;
}

/**
 * The meeting's minutes, written together live: a Yjs document on the same sync endpoint as
 * drafts (`/collab/minutes.<meetingId>`). When the meeting closes, the server appends the
 * decisions taken in it and the minutes become read-only for everyone.
 */
export default function MinutesEditor({ meetingId, canEdit, userName, onRightsChanged }: Props) {
  const session = useCollabSession(minutesDocName(meetingId), {
    onRoleChanged: onRightsChanged,
    onUnauthenticated: goToSignIn,
  });
  if (!session) return <Loading label="Opening the minutes…" />;
  return <MinutesText session={session} canEdit={canEdit} userName={userName} />;
}

function MinutesText({
  session,
  canEdit,
  userName,
}: {
  session: CollabSession;
  canEdit: boolean;
  userName: string;
}) {
  const { doc, provider } = session;
  const editable = canEdit && session.status.kind !== 'closed';
  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own undo history (per person, not the whole room's).
        StarterKit.configure({ undoRedo: false, codeBlock: false, horizontalRule: false }),
        Collaboration.configure({ document: doc, field: MINUTES_FRAGMENT }),
        CollaborationCaret.configure({
          provider,
          user: { name: userName, color: '#1f5f6b' },
          render: renderCaret,
        }),
      ],
      editable,
      editorProps: {
        attributes: {
          class: 'minutes-editor',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Minutes',
          ...(editable ? {} : { 'aria-readonly': 'true' }),
        },
      },
    },
    [doc, provider],
  );

  useEffect(() => {
    if (!editor) return;
    editor.setEditable(editable);
    editor.view.dom.setAttribute('aria-readonly', String(!editable));
  }, [editor, editable]);

  const empty = session.everSynced && doc.getXmlFragment(MINUTES_FRAGMENT).length === 0;
  return (
    <div className="minutes-live">
      <ConnectionBar session={session} canEdit={editable} />
      {empty && !editable && <p className="muted">No minutes yet.</p>}
      <EditorContent editor={editor} className="editor-content" />
      {editable && (
        <p className="editor-help muted small">
          Everyone on the board sees the minutes as you type. Decisions taken in the meeting are added when it
          closes.
        </p>
      )}
    </div>
  );
}
