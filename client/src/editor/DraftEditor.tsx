import { useEffect } from 'react';
import { goToSignIn } from '../app/apolloClient';
import { Loading } from '../app/Loading';
import { useDismissedMarks } from '../coverage/useDismissedMarks';
import { PolicyEditor } from './PolicyEditor';
import type { ComponentProps } from 'react';
import { useCollabSession } from './useCollabSession';

interface Props {
  draftId: string;
  canEdit: boolean;
  userName: string;
  /** Must be stable (useCallback): re-reads the role after the server says it changed. */
  onRoleChanged: () => void;
  /**
   * Must be stable: called a moment after edits (anyone's) reach this document, once the server
   * has had time to record them, so the page can re-read what depends on them ("last changed").
   */
  onEdited?: () => void;
  aside?: React.ReactNode;
  clauseSide?: ComponentProps<typeof PolicyEditor>['clauseSide'];
}

/** Edits arrive keystroke by keystroke; re-read at most this often, after the server's mirror wrote them. */
const EDITED_DELAY_MS = 2000;

/** The live editor of one draft: its shared document, connection and unsent-changes guard. */
export default function DraftEditor({
  draftId,
  canEdit,
  userName,
  onRoleChanged,
  onEdited,
  aside,
  clauseSide,
}: Props) {
  const session = useCollabSession(draftId, { onRoleChanged, onUnauthenticated: goToSignIn });
  const unsynced = session?.unsynced ?? 0;
  const dismissedMarks = useDismissedMarks(draftId);

  const doc = session?.doc;
  useEffect(() => {
    if (!doc || !onEdited) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        timer = null;
        onEdited();
      }, EDITED_DELAY_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [doc, onEdited]);

  // Leaving with changes that never reached the server: the browser asks first.
  useEffect(() => {
    if (unsynced === 0) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsynced]);

  if (!session) return <Loading label="Opening the draft…" />;
  return (
    <PolicyEditor
      session={session}
      canEdit={canEdit}
      userName={userName}
      aside={aside}
      clauseSide={clauseSide}
      dismissedMarks={dismissedMarks}
    />
  );
}
