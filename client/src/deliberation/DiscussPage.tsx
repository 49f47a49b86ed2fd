import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { Link, useParams, useSearchParams } from 'react-router';
import { Breadcrumb } from '../app/Breadcrumb';
import { ErrorNotice } from '../app/ErrorNotice';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../auth/useMe';
import { RoleBadge } from '../boards/RoleBadge';
import { useCollabSession } from '../editor/useCollabSession';
import { clauseBodyText, resolveAnchor } from './anchors';
import { ClausePanel } from './ClausePanel';
import { CommentsQuery, DiscussDraftQuery } from './operations';
import { useDocVersion } from './useDocVersion';
import './deliberation.css';

/**
 * A draft's clauses with, beside the chosen one, its comments, amendments and votes. The clause
 * text comes from the live document, so passages people comment on stay highlighted as it changes.
 */
export function DiscussPage() {
  const { draftId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { me } = useMe();
  const { data, loading, error } = useQuery(DiscussDraftQuery, {
    variables: { id: draftId },
    fetchPolicy: 'cache-and-network',
  });
  const session = useCollabSession(draftId);
  const doc = session?.everSynced ? session.doc : null;
  const docVersion = useDocVersion(doc);

  const draft = data?.draft;
  usePageTitle(draft ? `Discuss · ${draft.title}` : 'Discuss');
  const clauses = draft?.clauses ?? [];
  const selectedId = params.get('clause') ?? clauses[0]?.id ?? null;
  const selected = clauses.find((c) => c.id === selectedId) ?? null;
  const narrow = useNarrowScreen();
  // Choosing a clause on a phone: its panel opens right under it; bring the two into view.
  const chosenByTap = useRef(false);
  useEffect(() => {
    if (!chosenByTap.current || !selectedId) return;
    chosenByTap.current = false;
    document.getElementById(`discuss-clause-${selectedId}`)?.scrollIntoView({ block: 'start' });
  }, [selectedId]);
  const members = useMemo(
    () => (draft?.board.members ?? []).map((m) => ({ userId: m.userId, name: m.name })),
    [draft],
  );

  if (loading && !draft) return <Loading label="Loading the draft…" />;
  if (!draft) return <ErrorNotice error={error} title="This draft is not available" />;
  const role = draft.board.myRole;
  const panel = selected && (
    <div id={PANEL_ID} tabIndex={-1} className="discuss-panel-slot">
      <ClausePanel
        key={selected.id}
        boardId={draft.board.id}
        draftId={draft.id}
        clause={{
          id: selected.id,
          heading: selected.heading,
          text: doc ? clauseBodyText(doc, selected.id) || selected.text : selected.text,
        }}
        role={role}
        myUserId={me?.id ?? null}
        members={members}
        doc={doc}
        docVersion={docVersion}
      />
    </div>
  );
  return (
    <div className="page discuss-page">
      <Breadcrumb
        trail={[
          { label: draft.board.name, to: `/boards/${draft.board.id}` },
          { label: draft.title, to: `/drafts/${draft.id}` },
        ]}
        current="Discuss"
      />
      <header className="page-header">
        <h1>Discuss “{draft.title}”</h1>
        <p className="meta">
          <RoleBadge role={role} prefix="Your role:" /> ·{' '}
          <Link to={`/boards/${draft.board.id}/meetings`}>Meetings</Link> ·{' '}
          <Link to={`/boards/${draft.board.id}/activity`}>Activity</Link>
        </p>
      </header>
      {clauses.length === 0 ? (
        <p className="empty-state">
          This draft has no clauses yet. Add them in the editor, then discuss them here.
        </p>
      ) : (
        <div className="discuss-grid">
          {selected && (
            // Keyboard users reach the panel's tabs without tabbing through every clause first.
            <a className="skip-link discuss-skip" href={`#${PANEL_ID}`}>
              Skip to the discussion of “{selected.heading || 'this clause'}”
            </a>
          )}
          <ol className="discuss-clauses" aria-label="Clauses">
            {clauses.map((c) => (
              <li key={c.id} id={`discuss-clause-${c.id}`}>
                <ClauseBlock
                  clause={c}
                  draftId={draft.id}
                  current={c.id === selectedId}
                  doc={doc}
                  docVersion={docVersion}
                  onSelect={() => {
                    chosenByTap.current = narrow;
                    setParams({ clause: c.id }, { replace: true });
                  }}
                />
                {narrow && c.id === selectedId && panel}
              </li>
            ))}
          </ol>
          {!narrow && panel}
        </div>
      )}
    </div>
  );
}

/** Phones and narrow tablets show the clause panel under the chosen clause, not beside the list. */
const NARROW = '(max-width: 60rem)';

function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(NARROW).matches,
  );
}

const PANEL_ID = 'clause-discussion';

interface ClauseBlockProps {
  clause: { id: string; position: number; heading: string; text: string };
  draftId: string;
  current: boolean;
  doc: Y.Doc | null;
  docVersion: number;
  onSelect: () => void;
}

/** A clause's text, with the passages of its open threads highlighted. */
function ClauseBlock({ clause, draftId, current, doc, docVersion, onSelect }: ClauseBlockProps) {
  const { data } = useQuery(CommentsQuery, {
    variables: { draftId, clauseId: clause.id },
    fetchPolicy: 'cache-first',
    skip: !current,
  });
  const text = doc ? clauseBodyText(doc, clause.id) || clause.text : clause.text;
  const ranges = useMemo(() => {
    if (!doc || !data) return [];
    return data.comments
      .filter((c) => !c.parentId && !c.resolvedAt && c.anchor && !c.hidden && !c.deleted)
      .map((c) => resolveAnchor(doc, clause.id, c.anchor!))
      .flatMap((r) => (r.attached ? [{ from: r.from, to: r.to }] : []))
      .sort((a, b) => a.from - b.from);
    // docVersion is a dependency on purpose: re-resolve the passages when the document changes.
  }, [doc, data, clause.id, docVersion]);
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.from < at) continue;
    pieces.push(
      { text: text.slice(at, r.from), marked: false },
      { text: text.slice(r.from, r.to), marked: true },
    );
    at = r.to;
  }
  pieces.push({ text: text.slice(at), marked: false });
  return (
    <section
      className={`discuss-clause${current ? ' discuss-clause-current' : ''}`}
      aria-current={current ? 'true' : undefined}
    >
      <h2 className="discuss-clause-heading">
        <button type="button" className="button-link" onClick={onSelect} aria-pressed={current}>
          {clause.heading || `Clause ${clause.position + 1}`}
        </button>
      </h2>
      <p className="clause-text">
        {pieces.map((p, i) =>
          p.marked ? (
            <mark key={i} className="anchor-mark">
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
    </section>
  );
}
