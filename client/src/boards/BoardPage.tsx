import { useQuery } from '@apollo/client/react';
import { BOARD_ROLES, BoardRole } from '@roundtable/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../app/Breadcrumb';
import { ErrorNotice } from '../app/ErrorNotice';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../auth/useMe';
import { DraftsSection } from '../drafts/DraftsSection';
import { InvitationsSection } from '../invitations/InvitationsSection';
import { EditBoardForm } from './EditBoardForm';
import { LeaveBoard } from './LeaveBoard';
import { MembersSection } from './MembersSection';
import { OutboxSection } from '../mail/OutboxSection';
import { BoardQuery } from './operations';
import { RoleBadge, roleDescription, roleLabel } from './RoleBadge';

export function BoardPage() {
  const { boardId = '' } = useParams();
  const { me } = useMe();
  const { data, loading, error } = useQuery(BoardQuery, {
    variables: { id: boardId },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState(false);
  const board = data?.board;
  usePageTitle(board?.name ?? (error ? 'Board unavailable' : 'Board'));

  if (loading && !board) return <Loading label="Loading the board…" />;
  if (!board) {
    return (
      <section className="card narrow" aria-labelledby="unavailable-heading">
        <h1 id="unavailable-heading">This board is not available</h1>
        <ErrorNotice error={error} />
        <p>
          <Link to="/boards">Back to your boards</Link>
        </p>
      </section>
    );
  }

  const facilitator = board.myRole === BoardRole.FACILITATOR;
  return (
    <div className="page">
      <Breadcrumb trail={[]} current={board.name} />
      {editing ? (
        <EditBoardForm board={board} onDone={() => setEditing(false)} />
      ) : (
        <header className="page-header board-header">
          <div>
            <h1>{board.name}</h1>
            <p className="meta">{board.jurisdiction}</p>
            <nav aria-label="This board" className="section-links">
              <Link to={`/boards/${board.id}/meetings`}>Meetings</Link>
              <Link to={`/boards/${board.id}/activity`}>Activity</Link>
            </nav>
          </div>
          <div className="board-header-role">
            <RoleBadge role={board.myRole} prefix="Your role:" />
            <p className="muted small">{roleDescription(board.myRole)}</p>
            {facilitator && (
              <button type="button" className="button-quiet" onClick={() => setEditing(true)}>
                Edit board details
              </button>
            )}
          </div>
          {board.description ? (
            <p className="board-description">{board.description}</p>
          ) : (
            facilitator && (
              <p className="board-description muted">
                Add a short description so new members know what the board is for.
              </p>
            )
          )}
        </header>
      )}
      {error && <ErrorNotice error={error} title="Some of this page may be out of date" />}
      {board.myRole === BoardRole.OBSERVER && (
        <p className="notice">
          You are following this board as an observer: you can read everything, and others do the writing.
        </p>
      )}
      <div className="board-grid">
        <div className="board-main">
          <DraftsSection boardId={board.id} drafts={board.drafts} myRole={board.myRole} />
          <MembersSection
            boardId={board.id}
            members={board.members}
            myRole={board.myRole}
            myUserId={me?.id ?? ''}
          />
        </div>
        <div className="board-side">
          {facilitator && <InvitationsSection boardId={board.id} />}
          {facilitator && <OutboxSection boardId={board.id} />}
          <section className="card card-quiet" aria-labelledby="roles-heading">
            <h2 id="roles-heading">What the roles mean</h2>
            <dl className="role-legend">
              {BOARD_ROLES.map((role) => (
                <div key={role}>
                  <dt>{roleLabel(role)}</dt>
                  <dd>{roleDescription(role)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <LeaveBoard boardId={board.id} boardName={board.name} />
        </div>
      </div>
    </div>
  );
}
