import { useQuery } from '@apollo/client/react';
import { BoardRole, canWrite } from '@roundtable/shared';
import { Suspense, lazy, useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../app/Breadcrumb';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatDateTime } from '../app/format';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../auth/useMe';
import { RoleBadge } from '../boards/RoleBadge';
import { ClauseSidePanel } from '../deliberation/ClauseSidePanel';
import { RenameDraftForm } from './DraftsSection';
import { DraftQuery } from './operations';
import { StartingPointAside } from './StartingPointAside';
import { ToolkitAside } from './ToolkitAside';

// The editor (Tiptap, Yjs) is the heaviest part of the app; load it only on draft pages.
const DraftEditor = lazy(() => import('../editor/DraftEditor'));

export function DraftPage() {
  const { draftId = '' } = useParams();
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(DraftQuery, {
    variables: { id: draftId },
    fetchPolicy: 'cache-and-network',
  });
  // After a role change, and after edits (so "last changed" follows live edits too).
  const reread = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const [renaming, setRenaming] = useState(false);
  const draft = data?.draft;
  usePageTitle(draft ? `${draft.title} · ${draft.board.name}` : error ? 'Draft unavailable' : 'Draft');

  if (loading && !draft) return <Loading label="Loading the draft…" />;
  if (!draft) {
    return (
      <section className="card narrow" aria-labelledby="unavailable-heading">
        <h1 id="unavailable-heading">This draft is not available</h1>
        <ErrorNotice error={error} />
        <p>
          <Link to="/boards">Back to your boards</Link>
        </p>
      </section>
    );
  }

  const writer = canWrite(draft.board.myRole as BoardRole);
  const asides = (
    <>
      <StartingPointAside
        boardId={draft.board.id}
        draftId={draft.id}
        canAttachBaseline={draft.board.myRole === 'FACILITATOR' && !draft.archived}
        startingPoint={draft.startingPoint}
        baseline={draft.baseline}
      />
      <ToolkitAside />
    </>
  );
  return (
    <div className="page">
      <Breadcrumb
        trail={[{ label: draft.board.name, to: `/boards/${draft.board.id}` }]}
        current={draft.title}
      />
      <header className="page-header draft-header">
        {renaming ? (
          <RenameDraftForm draftId={draft.id} title={draft.title} onDone={() => setRenaming(false)} />
        ) : (
          <div className="draft-title-row">
            <h1>{draft.title}</h1>
            {writer && (
              <button type="button" className="button-quiet" onClick={() => setRenaming(true)}>
                Rename<span className="visually-hidden"> draft</span>
              </button>
            )}
          </div>
        )}
        <p className="meta">
          {draft.board.jurisdiction} · last changed{' '}
          <time dateTime={draft.updatedAt}>{formatDateTime(draft.updatedAt)}</time> ·{' '}
          <RoleBadge role={draft.board.myRole} prefix="Your role:" />
        </p>
        <nav aria-label="This draft" className="section-links">
          <Link to={`/drafts/${draft.id}/discuss`}>Discussion, amendments and votes</Link>
          <Link to={`/drafts/${draft.id}/coverage`}>Toolkit coverage</Link>
          <Link to={`/drafts/${draft.id}/packet`}>Recommendation packet</Link>
        </nav>
      </header>
      {draft.archived ? (
        <>
          <p className="notice">
            This draft is archived, so nobody can edit it. A facilitator can restore it from the board page.
          </p>
          {asides}
        </>
      ) : (
        <Suspense fallback={<Loading label="Opening the editor…" />}>
          <DraftEditor
            key={draft.id}
            draftId={draft.id}
            canEdit={writer}
            userName={me?.name ?? 'Someone'}
            onRoleChanged={reread}
            onEdited={reread}
            aside={asides}
            clauseSide={({ clauseId, doc, request }) => (
              <ClauseSidePanel draftId={draft.id} clauseId={clauseId} doc={doc} request={request} />
            )}
          />
        </Suspense>
      )}
    </div>
  );
}
