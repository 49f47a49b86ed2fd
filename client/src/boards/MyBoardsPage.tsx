import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorNotice } from '../app/ErrorNotice';
import { plural } from '../app/format';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../auth/useMe';
import { CreateBoardForm } from './CreateBoardForm';
import { MyBoardsQuery } from './operations';
import { RoleBadge } from './RoleBadge';

export function MyBoardsPage() {
  usePageTitle('My boards');
  const { me } = useMe();
  const { data, loading, error } = useQuery(MyBoardsQuery, { fetchPolicy: 'cache-and-network' });
  const boards = data?.myBoards ?? [];
  const firstName = me?.name.split(/\s+/)[0];

  return (
    <div className="page page-with-aside">
      <div className="page-primary">
        <header className="page-header">
          <h1>{firstName ? `Hello, ${firstName}` : 'Your boards'}</h1>
          <p className="lede">The advisory boards you belong to.</p>
        </header>
        <section aria-labelledby="boards-heading">
          <h2 id="boards-heading">Your boards</h2>
          {loading && !data && <Loading label="Loading your boards…" />}
          <ErrorNotice error={error} title="We could not load your boards" />
          {data && boards.length === 0 && (
            <div className="empty-state">
              <p className="empty-title">You are not on any boards yet.</p>
              <p>
                If a facilitator invited you, open the invitation link they sent you. Or start a board of your
                own with the form on this page; you will be its facilitator.
              </p>
            </div>
          )}
          {boards.length > 0 && (
            <ul className="card-list">
              {boards.map((board) => (
                <li key={board.id} className="card board-card">
                  <h3>
                    <Link to={`/boards/${board.id}`}>{board.name}</Link>
                  </h3>
                  <p className="meta">
                    {board.jurisdiction} · {plural(board.memberCount, 'member')}
                  </p>
                  {board.description && <p className="board-card-description">{board.description}</p>}
                  <p>
                    <RoleBadge role={board.myRole} prefix="Your role:" />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="card page-aside" aria-labelledby="new-board-heading">
        <h2 id="new-board-heading">Start a board</h2>
        <p className="muted">You will be its facilitator and can invite others.</p>
        <CreateBoardForm />
      </section>
    </div>
  );
}
