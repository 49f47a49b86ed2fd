import { EditorContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { MINUTES_FRAGMENT, minutesDocName } from '@roundtable/shared';
import { goToSignIn } from '../app/apolloClient';
import { Loading } from '../app/Loading';
import { ConnectionBar } from '../editor/ConnectionBar';
import { useCollabEditor } from '../editor/useCollabEditor';
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
  const { editor, editable } = useCollabEditor(session, {
    fragment: MINUTES_FRAGMENT,
    // Collaboration brings its own undo history (per person, not the whole room's).
    extensions: [StarterKit.configure({ undoRedo: false, codeBlock: false, horizontalRule: false })],
    canEdit,
    userName,
    className: 'minutes-editor',
    label: 'Minutes',
  });

  const empty = session.everSynced && session.doc.getXmlFragment(MINUTES_FRAGMENT).length === 0;
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
