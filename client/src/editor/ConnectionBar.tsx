import { CloseCode } from '@roundtable/shared';
import { explainClose, statusLabel, unsentLabel } from './connection';
import type { CollabSession } from './useCollabSession';

/** Connection state, who else is here, and what to do when the editor has closed. */
export function ConnectionBar({ session, canEdit }: { session: CollabSession; canEdit: boolean }) {
  const { status, unsynced, peers } = session;
  const closed = status.kind === 'closed' ? explainClose(status.code) : null;
  return (
    <div className="connection-bar">
      <p className={`connection-status status-${status.kind}`} role="status">
        <span className="connection-dot" aria-hidden="true" />
        {statusLabel(status, unsynced)}
        {status.kind === 'offline' && unsynced > 0 && (
          <span className="muted small"> Saved on this device; they are sent when you reconnect.</span>
        )}
      </p>
      {!canEdit && status.kind !== 'closed' && <p className="read-only-note">Read only</p>}
      <div className="presence" aria-label="Also here">
        {status.kind !== 'connected' ? null : peers.length === 0 ? (
          <span className="muted small">No one else is here right now.</span>
        ) : (
          <>
            <span className="muted small">Also here:</span>
            <ul>
              {peers.map((peer) => (
                <li key={peer.clientId} className="presence-person">
                  <span className="presence-dot" style={{ backgroundColor: peer.color }} aria-hidden="true" />
                  {peer.name}
                  {peer.readOnly && <span className="muted small"> (reading)</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {closed && (
        <div className="notice notice-warning connection-closed" role="alert">
          <p>{closed.message}</p>
          {closed.action === 'reload' && (
            <button type="button" className="button-primary" onClick={() => window.location.reload()}>
              {status.kind === 'closed' && status.code === CloseCode.OUTDATED_CLIENT
                ? 'Reload to get the latest editor'
                : 'Reload the page'}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * A compact copy of the offline/unsent state for the sticky toolbar: the connection bar above
 * scrolls away in a long draft, and that is when a writer most needs to know edits are not sent.
 */
export function ConnectionChip({ session }: { session: CollabSession }) {
  const label = unsentLabel(session.status, session.unsynced);
  if (!label) return null;
  return (
    <p className={`connection-status connection-chip status-${session.status.kind}`} role="status">
      <span className="connection-dot" aria-hidden="true" />
      {label}
    </p>
  );
}
