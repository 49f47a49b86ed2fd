import { useMutation } from '@apollo/client/react';
import { BoardRole, LIMITS, canWrite } from '@roundtable/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { describeError } from '../app/errors';
import { Field } from '../app/Field';
import { formatDate, formatDateTime } from '../app/format';
import { BoardQuery } from '../boards/operations';
import type { BoardRole as GqlBoardRole } from '../gql/graphql';
import { NewDraftForm } from './NewDraftForm';
import { ArchiveDraftMutation, RenameDraftMutation, RestoreDraftMutation } from './operations';

export interface DraftRow {
  id: string;
  title: string;
  archived: boolean;
  updatedAt: string;
}

interface Props {
  boardId: string;
  drafts: readonly DraftRow[];
  myRole: GqlBoardRole;
}

/** The board's drafts: members start and rename them, facilitators archive and restore them. */
export function DraftsSection({ boardId, drafts, myRole }: Props) {
  const writer = canWrite(myRole as BoardRole);
  const facilitator = myRole === BoardRole.FACILITATOR;
  const active = drafts.filter((d) => !d.archived);
  const archived = drafts.filter((d) => d.archived);
  const [error, setError] = useState<string | null>(null);
  const refetch = {
    refetchQueries: [{ query: BoardQuery, variables: { id: boardId } }],
    awaitRefetchQueries: true,
  };
  const [archive] = useMutation(ArchiveDraftMutation, refetch);
  const [restore] = useMutation(RestoreDraftMutation, refetch);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  return (
    <section className="card" aria-labelledby="drafts-heading">
      <div className="section-header">
        <h2 id="drafts-heading">Drafts</h2>
        <p className="muted">The policy text the board is writing together.</p>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {active.length === 0 ? (
        <div className="empty-state">
          <p className="empty-title">No drafts yet.</p>
          <p>
            {writer
              ? 'Start one below with a working title; you can rename it any time.'
              : 'When the board starts a draft, it will appear here for you to read.'}
          </p>
        </div>
      ) : (
        <ul className="draft-list">
          {active.map((draft) => (
            <DraftItem
              key={draft.id}
              draft={draft}
              canRename={writer}
              canArchive={facilitator}
              onArchive={() => run(() => archive({ variables: { draftId: draft.id } }))}
            />
          ))}
        </ul>
      )}
      {writer && <NewDraftForm boardId={boardId} />}
      {facilitator && archived.length > 0 && (
        <details className="archived">
          <summary>Archived drafts ({archived.length})</summary>
          <ul className="draft-list">
            {archived.map((draft) => (
              <li key={draft.id} className="draft">
                <div className="draft-main">
                  <Link to={`/drafts/${draft.id}`}>{draft.title}</Link>
                  <span className="meta">Archived · last changed {formatDate(draft.updatedAt)}</span>
                </div>
                <div className="button-row">
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => run(() => restore({ variables: { draftId: draft.id } }))}
                  >
                    Restore<span className="visually-hidden"> {draft.title}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

interface ItemProps {
  draft: DraftRow;
  canRename: boolean;
  canArchive: boolean;
  onArchive: () => void;
}

function DraftItem({ draft, canRename, canArchive, onArchive }: ItemProps) {
  const [renaming, setRenaming] = useState(false);
  return (
    <li className="draft">
      {renaming ? (
        <RenameDraftForm draftId={draft.id} title={draft.title} onDone={() => setRenaming(false)} />
      ) : (
        <>
          <div className="draft-main">
            <Link to={`/drafts/${draft.id}`} className="draft-title">
              {draft.title}
            </Link>
            {/* With the time: a draft is edited many times a day, and the date alone never moves. */}
            <span className="meta">
              Last changed <time dateTime={draft.updatedAt}>{formatDateTime(draft.updatedAt)}</time>
            </span>
          </div>
          {(canRename || canArchive) && (
            <div className="button-row">
              {canRename && (
                <button type="button" className="button-quiet" onClick={() => setRenaming(true)}>
                  Rename<span className="visually-hidden"> {draft.title}</span>
                </button>
              )}
              {canArchive && (
                <button type="button" className="button-quiet" onClick={onArchive}>
                  Archive<span className="visually-hidden"> {draft.title}</span>
                </button>
              )}
            </div>
          )}
        </>
      )}
    </li>
  );
}

/** Inline rename, used on the board page and the draft page. */
export function RenameDraftForm({
  draftId,
  title,
  onDone,
}: {
  draftId: string;
  title: string;
  onDone: () => void;
}) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RenameDraftMutation);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = value.trim();
    if (next.length < LIMITS.draftTitleMin) {
      setError('Give the draft a title.');
      return;
    }
    if (next === title) return onDone();
    try {
      await rename({ variables: { input: { draftId, title: next } } });
      onDone();
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  return (
    <form
      className="inline-form"
      onSubmit={submit}
      noValidate
      aria-label={`Rename ${title}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <Field label="Draft title" error={error}>
        {(props) => (
          <input
            {...props}
            ref={input}
            type="text"
            required
            maxLength={LIMITS.draftTitleMax}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={loading}>
          Save title
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
