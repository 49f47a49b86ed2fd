import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { Breadcrumb } from '../app/Breadcrumb';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatDateTime } from '../app/format';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import { describeActivity } from './activity';
import { useActivityUpdates } from './live';
import { AuditLogQuery, BoardActivityQuery } from './operations';
import './deliberation.css';

/** What happened on the board, live; facilitators also get the full audit log and its CSV export. */
export function ActivityPage() {
  const { boardId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BoardActivityQuery, {
    variables: { boardId },
    fetchPolicy: 'cache-and-network',
  });
  useActivityUpdates(boardId, () => void refetch().catch(() => undefined));
  const [showAudit, setShowAudit] = useState(false);
  usePageTitle(data?.board ? `Activity · ${data.board.name}` : 'Activity');
  if (loading && !data) return <Loading label="Loading activity…" />;
  if (!data) return <ErrorNotice error={error} title="This activity is not available" />;
  const facilitator = data.board.myRole === 'FACILITATOR';
  return (
    <div className="page">
      <Breadcrumb trail={[{ label: data.board.name, to: `/boards/${boardId}` }]} current="Activity" />
      <header className="page-header section-header">
        <h1>Activity</h1>
        {facilitator && (
          <p className="button-row">
            <a className="button-secondary" href={`/api/boards/${boardId}/audit.csv`} download>
              Export the audit log (CSV)
            </a>
            <button
              type="button"
              className="button-quiet"
              aria-expanded={showAudit}
              onClick={() => setShowAudit(!showAudit)}
            >
              {showAudit ? 'Hide' : 'Show'} the full audit log
            </button>
          </p>
        )}
      </header>
      {showAudit && <AuditLog boardId={boardId} />}
      {data.boardActivity.length === 0 ? (
        <p className="empty-state">Nothing has happened here yet.</p>
      ) : (
        <ol className="activity-feed" aria-live="polite">
          {data.boardActivity.map((a) => (
            <li key={a.id}>
              <time dateTime={a.createdAt} className="muted small">
                {formatDateTime(a.createdAt)}
              </time>{' '}
              {describeActivity(a)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function AuditLog({ boardId }: { boardId: string }) {
  const { data, loading, error } = useQuery(AuditLogQuery, {
    variables: { boardId },
    fetchPolicy: 'network-only',
  });
  if (loading) return <Loading label="Loading the audit log…" />;
  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log (latest 100)</h2>
      <p className="muted small">
        Append-only: nobody, not even the application, can change or delete these records.
      </p>
      <ErrorNotice error={error} />
      <div className="table-scroll">
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {(data?.auditLog ?? []).map((e) => (
              <tr key={e.id}>
                <td>{e.seq}</td>
                <td>{formatDateTime(e.createdAt)}</td>
                <td>{e.actorName ?? 'Roundtable'}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>
                  <code className="audit-data">{e.data}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
