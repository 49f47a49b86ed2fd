import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useMe } from '../auth/useMe';
import type { CommentRequest } from '../editor/clauses';
import { anchorForQuote, anchorForRange, clauseBodyText } from './anchors';
import { ClausePanel } from './ClausePanel';
import type { ThreadStart } from './CommentsPanel';
import { DiscussDraftQuery } from './operations';
import { useDocVersion } from './useDocVersion';
import './deliberation.css';

interface Props {
  draftId: string;
  /** The clause holding the caret. */
  clauseId: string | null;
  doc: Y.Doc;
  request: CommentRequest | null;
}

/**
 * Beside the editor: the threads, amendments and votes of the clause holding the caret — the
 * same panel as on Discuss — so people see the discussion while they write.
 */
export function ClauseSidePanel({ draftId, clauseId, doc, request }: Props) {
  const { me } = useMe();
  const { data } = useQuery(DiscussDraftQuery, {
    variables: { id: draftId },
    fetchPolicy: 'cache-and-network',
  });
  const docVersion = useDocVersion(doc);
  const draft = data?.draft;
  // Computed once per request: a new object would reopen the form on every render.
  const startThread = useMemo(
    () => (request && request.clauseId === clauseId ? threadStart(doc, request) : null),
    [doc, request, clauseId],
  );
  const members = useMemo(
    () => (draft?.board.members ?? []).map((m) => ({ userId: m.userId, name: m.name })),
    [draft],
  );
  if (!draft || !clauseId) {
    return (
      <section className="card clause-side-empty" aria-label="Discussion of the clause">
        <p className="muted small">
          Put the caret in a clause to see its threads, amendments and votes here.
        </p>
      </section>
    );
  }
  const known = draft.clauses.find((c) => c.id === clauseId);
  const text = clauseBodyText(doc, clauseId) || known?.text || '';
  return (
    <ClausePanel
      key={clauseId}
      boardId={draft.board.id}
      draftId={draft.id}
      // A clause just added in the editor reaches the server's list a moment later; its own
      // heading is on the page already, so a missing one is only shown as untitled meanwhile.
      clause={{ id: clauseId, heading: known?.heading ?? '', text }}
      role={draft.board.myRole}
      myUserId={me?.id ?? null}
      members={members}
      doc={doc}
      docVersion={docVersion}
      startThread={startThread}
    />
  );
}

function threadStart(doc: Y.Doc, request: CommentRequest): ThreadStart {
  const { passage } = request;
  if (!passage) return { quote: '', anchor: null, seq: request.seq };
  // The offsets are the editor's view of the same document; if they ever disagree with the
  // text here, anchor on the first occurrence of the words rather than on other words.
  const anchor =
    anchorForRange(doc, request.clauseId, passage.from, passage.to) ??
    anchorForQuote(doc, request.clauseId, passage.quote);
  const exact =
    anchor && anchor.quote === passage.quote ? anchor : anchorForQuote(doc, request.clauseId, passage.quote);
  return { quote: passage.quote, anchor: exact, seq: request.seq };
}
