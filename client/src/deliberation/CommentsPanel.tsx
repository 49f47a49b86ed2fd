import { useMutation, useQuery } from '@apollo/client/react';
import { DELIBERATION_LIMITS } from '@roundtable/shared';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatDateTime, plural } from '../app/format';
import { Loading } from '../app/Loading';
import type { BoardRole, CommentFieldsFragment } from '../gql/graphql';
import { MentionTextarea } from '../notifications/MentionTextarea';
import { mentionedPeople, mentionsInText, type Mentionable } from '../notifications/mentions';
import { anchorForQuote, resolveAnchor, type CommentAnchor } from './anchors';
import { useCommentUpdates } from './live';
import {
  AddCommentMutation,
  CommentsQuery,
  DeleteCommentMutation,
  EditCommentMutation,
  HideCommentMutation,
  ResolveThreadMutation,
} from './operations';

export interface Person {
  userId: string;
  name: string;
}

/**
 * A thread to start on words someone selected elsewhere (in the editor): the passage is already
 * anchored, so nobody retypes it. `seq` changes on every request, so asking twice refocuses.
 */
export interface ThreadStart {
  quote: string;
  anchor: CommentAnchor | null;
  seq: number;
}

interface Props {
  draftId: string;
  clauseId: string;
  role: BoardRole;
  myUserId: string | null;
  members: Person[];
  /** The live document, for anchoring threads to passages (null while it loads). */
  doc: Y.Doc | null;
  /** Re-render trigger when the document changes. */
  docVersion?: number;
  /** Comments on one amendment instead of the clause. */
  amendmentId?: string | null;
  /** Fill the new-thread form with this passage and put the caret in it. */
  startThread?: ThreadStart | null;
}

/** Threads on a clause: start one (optionally on a passage), reply, resolve, edit, delete, hide. */
export function CommentsPanel({
  draftId,
  clauseId,
  role,
  myUserId,
  members,
  doc,
  amendmentId = null,
  startThread = null,
}: Props) {
  const { data, loading, error, refetch } = useQuery(CommentsQuery, {
    variables: { draftId, clauseId },
    fetchPolicy: 'cache-and-network',
  });
  const [showResolved, setShowResolved] = useState(false);
  const comments = useMemo(
    () => (data?.comments ?? []).filter((c) => (c.amendmentId ?? null) === amendmentId),
    [data, amendmentId],
  );
  useCommentUpdates(draftId, (id) => {
    if (!comments.some((c) => c.id === id)) void refetch().catch(() => undefined);
  });
  const threads = comments.filter((c) => !c.parentId);
  const replies = (id: string) => comments.filter((c) => c.parentId === id);
  const open = threads.filter((t) => !t.resolvedAt);
  const resolved = threads.filter((t) => t.resolvedAt);
  const writer = role !== 'OBSERVER';
  // Anyone on the board can be mentioned (observers too: they read); not the author themself.
  const mentionable = useMemo(() => members.filter((m) => m.userId !== myUserId), [members, myUserId]);

  if (loading && !data) return <Loading label="Loading comments…" />;
  return (
    <section
      className="comments"
      aria-label={amendmentId ? 'Comments on this amendment' : 'Comments on this clause'}
    >
      <ErrorNotice error={error} />
      {writer && (
        <NewThread
          draftId={draftId}
          clauseId={clauseId}
          amendmentId={amendmentId}
          members={mentionable}
          doc={doc}
          start={amendmentId ? null : startThread}
        />
      )}
      {open.length === 0 && <p className="muted">No open threads.</p>}
      <ul className="threads">
        {open.map((t) => (
          <Thread
            key={t.id}
            thread={t}
            replies={replies(t.id)}
            role={role}
            myUserId={myUserId}
            clauseId={clauseId}
            doc={doc}
            members={mentionable}
          />
        ))}
      </ul>
      {resolved.length > 0 && (
        <>
          <button
            type="button"
            className="button-link"
            aria-expanded={showResolved}
            onClick={() => setShowResolved(!showResolved)}
          >
            {showResolved ? 'Hide' : 'Show'} {plural(resolved.length, 'resolved thread')}
          </button>
          {showResolved && (
            <ul className="threads threads-resolved">
              {resolved.map((t) => (
                <Thread
                  key={t.id}
                  thread={t}
                  replies={replies(t.id)}
                  role={role}
                  myUserId={myUserId}
                  clauseId={clauseId}
                  doc={doc}
                  members={mentionable}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function NewThread({
  draftId,
  clauseId,
  amendmentId,
  members,
  doc,
  start,
}: {
  draftId: string;
  clauseId: string;
  amendmentId: string | null;
  members: Person[];
  doc: Y.Doc | null;
  start: ThreadStart | null;
}) {
  const [body, setBody] = useState('');
  const [quote, setQuote] = useState(start?.quote ?? '');
  const [mentioned, setMentioned] = useState<Mentionable[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [add, { loading, error }] = useMutation(AddCommentMutation, { refetchQueries: [CommentsQuery] });
  const bodyId = useId();
  const quoteId = useId();

  useEffect(() => {
    if (!start) return;
    setQuote(start.quote);
    setProblem(null);
    document.getElementById(bodyId)?.focus();
  }, [start, bodyId]);

  function takeSelection() {
    const text = window.getSelection()?.toString().trim() ?? '';
    if (text) setQuote(text);
    else setProblem('Select words in the clause text first, or type them.');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    let anchor = null;
    if (start?.anchor && quote === start.quote) {
      // The exact words selected in the editor, even when the same phrase occurs earlier.
      anchor = start.anchor;
    } else if (quote.trim()) {
      anchor = doc ? anchorForQuote(doc, clauseId, quote) : null;
      if (!anchor) {
        setProblem(
          'Those exact words are not in this clause (within one paragraph). Check the passage, or leave it empty to comment on the whole clause.',
        );
        return;
      }
    }
    await add({
      variables: {
        input: {
          draftId,
          clauseId,
          amendmentId,
          body,
          anchor,
          mentions: mentionsInText(body, mentioned, members),
        },
      },
    }).then(
      () => {
        setBody('');
        setQuote('');
        setMentioned([]);
      },
      () => undefined,
    );
  }

  return (
    <form className="comment-form" onSubmit={submit}>
      <MentionTextarea
        id={bodyId}
        label="Start a thread"
        required
        maxLength={DELIBERATION_LIMITS.commentMax}
        value={body}
        onChange={setBody}
        members={members}
        mentioned={mentioned}
        onMentionedChange={setMentioned}
      />
      <MentionSummary body={body} mentioned={mentioned} members={members} />
      {!amendmentId && (
        <div className="field">
          <label htmlFor={quoteId}>About these words (optional)</label>
          <p className="field-hint" id={`${quoteId}-hint`}>
            Type or paste the exact passage, or select it in the clause and press “Use my selection”. The
            highlight follows later edits.
          </p>
          <div className="inline-form">
            <input
              id={quoteId}
              type="text"
              aria-describedby={`${quoteId}-hint`}
              value={quote}
              maxLength={DELIBERATION_LIMITS.quoteMax}
              onChange={(e) => setQuote(e.target.value)}
            />
            <button
              type="button"
              className="button-secondary"
              onMouseDown={(e) => e.preventDefault()}
              onClick={takeSelection}
            >
              Use my selection
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <ErrorNotice error={error} />
      <button type="submit" className="button-primary" disabled={loading || !body.trim()}>
        Post
      </button>
    </form>
  );
}

function Thread({
  thread,
  replies,
  role,
  myUserId,
  clauseId,
  doc,
  members,
}: {
  thread: CommentFieldsFragment;
  replies: CommentFieldsFragment[];
  role: BoardRole;
  myUserId: string | null;
  clauseId: string;
  doc: Y.Doc | null;
  members: Mentionable[];
}) {
  const [replying, setReplying] = useState(false);
  const [resolve, resolving] = useMutation(ResolveThreadMutation);
  const anchor = thread.anchor && doc ? resolveAnchor(doc, clauseId, thread.anchor) : null;
  const writer = role !== 'OBSERVER';
  return (
    <li className={`thread${thread.resolvedAt ? ' thread-resolved' : ''}`}>
      {thread.anchor && (
        <p className={`thread-anchor${anchor && !anchor.attached ? ' thread-detached' : ''}`}>
          {anchor && !anchor.attached ? (
            <>
              <span className="status-badge">Detached</span> the passage “{thread.anchor.quote}” was removed
              from the clause.
            </>
          ) : (
            <>
              On <q>{anchor?.attached ? anchor.text : thread.anchor.quote}</q>
            </>
          )}
        </p>
      )}
      <CommentItem comment={thread} role={role} myUserId={myUserId} />
      {replies.length > 0 && (
        <ul className="replies">
          {replies.map((r) => (
            <li key={r.id}>
              <CommentItem comment={r} role={role} myUserId={myUserId} />
            </li>
          ))}
        </ul>
      )}
      {thread.resolvedAt && (
        <p className="muted small">
          Resolved by {thread.resolvedByName ?? 'someone'} on {formatDateTime(thread.resolvedAt)}.
        </p>
      )}
      {writer && (
        <div className="button-row">
          <button
            type="button"
            className="button-quiet"
            aria-expanded={replying}
            onClick={() => setReplying(!replying)}
          >
            Reply
          </button>
          <button
            type="button"
            className="button-quiet"
            disabled={resolving.loading}
            onClick={() =>
              void resolve({ variables: { commentId: thread.id, resolved: !thread.resolvedAt } }).catch(
                () => undefined,
              )
            }
          >
            {thread.resolvedAt ? 'Reopen thread' : 'Resolve thread'}
          </button>
        </div>
      )}
      <ErrorNotice error={resolving.error} />
      {replying && <ReplyForm thread={thread} members={members} onDone={() => setReplying(false)} />}
    </li>
  );
}

function ReplyForm({
  thread,
  members,
  onDone,
}: {
  thread: CommentFieldsFragment;
  members: Mentionable[];
  onDone: () => void;
}) {
  const [body, setBody] = useState('');
  const [mentioned, setMentioned] = useState<Mentionable[]>([]);
  const [add, { loading, error }] = useMutation(AddCommentMutation, { refetchQueries: [CommentsQuery] });
  const id = useId();
  return (
    <form
      className="comment-form reply-form"
      onSubmit={(e) => {
        e.preventDefault();
        const mentions = mentionsInText(body, mentioned, members);
        void add({
          variables: {
            input: {
              draftId: thread.draftId,
              clauseId: thread.clauseId,
              parentId: thread.id,
              body,
              mentions,
            },
          },
        }).then(onDone, () => undefined);
      }}
    >
      <MentionTextarea
        id={id}
        label="Your reply"
        rows={2}
        required
        autoFocus
        maxLength={DELIBERATION_LIMITS.commentMax}
        value={body}
        onChange={setBody}
        members={members}
        mentioned={mentioned}
        onMentionedChange={setMentioned}
      />
      <MentionSummary body={body} mentioned={mentioned} members={members} />
      <ErrorNotice error={error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={loading || !body.trim()}>
          Reply
        </button>
        <button type="button" className="button-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function CommentItem({
  comment,
  role,
  myUserId,
}: {
  comment: CommentFieldsFragment;
  role: BoardRole;
  myUserId: string | null;
}) {
  const [editing, setEditing] = useState(false);
  const [hiding, setHiding] = useState(false);
  const [body, setBody] = useState(comment.body ?? '');
  const [reason, setReason] = useState('');
  const [edit, editing$] = useMutation(EditCommentMutation);
  const [remove, removing] = useMutation(DeleteCommentMutation);
  const [hide, hiding$] = useMutation(HideCommentMutation);
  const mine = myUserId !== null && comment.authorId === myUserId;
  const gone = comment.deleted || comment.hidden;
  const editId = useId();
  const reasonId = useId();

  return (
    <div className="comment">
      <p className="comment-meta small">
        <strong>{comment.authorName}</strong> ·{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
        {comment.editedAt && <span className="muted"> · edited</span>}
      </p>
      {comment.hidden ? (
        <p className="muted comment-removed">
          Hidden by a facilitator{comment.hiddenReason ? `: ${comment.hiddenReason}` : ''}.
        </p>
      ) : comment.deleted ? (
        <p className="muted comment-removed">Deleted by its author.</p>
      ) : editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void edit({ variables: { input: { commentId: comment.id, body } } }).then(
              () => setEditing(false),
              () => undefined,
            );
          }}
        >
          <label htmlFor={editId} className="visually-hidden">
            Edit your comment
          </label>
          <textarea
            id={editId}
            rows={3}
            autoFocus
            maxLength={DELIBERATION_LIMITS.commentMax}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button-primary" disabled={editing$.loading || !body.trim()}>
              Save
            </button>
            <button type="button" className="button-quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="comment-body">{comment.body}</p>
      )}
      {!gone && comment.mentions.length > 0 && (
        <p className="small muted">Mentions: {comment.mentions.map((m) => `@${m.name}`).join(', ')}</p>
      )}
      {!gone && !editing && (mine || role === 'FACILITATOR') && (
        <div className="button-row">
          {mine && (
            <>
              <button type="button" className="button-quiet" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button
                type="button"
                className="button-quiet"
                disabled={removing.loading}
                onClick={() => void remove({ variables: { commentId: comment.id } }).catch(() => undefined)}
              >
                Delete
              </button>
            </>
          )}
          {role === 'FACILITATOR' && !mine && (
            <button
              type="button"
              className="button-quiet"
              aria-expanded={hiding}
              onClick={() => setHiding(!hiding)}
            >
              Hide…
            </button>
          )}
        </div>
      )}
      {hiding && !gone && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void hide({ variables: { input: { commentId: comment.id, reason } } }).then(
              () => setHiding(false),
              () => undefined,
            );
          }}
        >
          <label htmlFor={reasonId}>Reason for hiding (shown in its place)</label>
          <input
            id={reasonId}
            required
            maxLength={DELIBERATION_LIMITS.hiddenReasonMax}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" className="button-danger" disabled={hiding$.loading || !reason.trim()}>
            Hide comment
          </button>
        </form>
      )}
      <ErrorNotice error={editing$.error ?? removing.error ?? hiding$.error} />
    </div>
  );
}

/** Who will be notified, in words (picks whose "@Name" is still in the text, and names typed by hand). */
function MentionSummary({
  body,
  mentioned,
  members,
}: {
  body: string;
  mentioned: Mentionable[];
  members: Mentionable[];
}) {
  const people = mentionedPeople(body, mentioned, members);
  if (people.length === 0) return null;
  return <p className="small muted">Will notify: {people.map((m) => m.name).join(', ')}</p>;
}
