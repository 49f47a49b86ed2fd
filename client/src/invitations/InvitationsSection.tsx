import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../app/ErrorNotice';
import { describeError } from '../app/errors';
import { formatDate } from '../app/format';
import { Loading } from '../app/Loading';
import { RoleBadge, roleWithArticle } from '../boards/RoleBadge';
import { CreateInvitationForm } from './CreateInvitationForm';
import { BoardInvitationsQuery, RevokeInvitationMutation } from './operations';

const STATUS_LABEL: Record<string, string> = {
  PENDING: 'Waiting',
  ACCEPTED: 'Accepted',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

/** Facilitators only: make invitation links and keep track of the ones already sent. */
export function InvitationsSection({ boardId }: { boardId: string }) {
  const { data, loading, error } = useQuery(BoardInvitationsQuery, {
    variables: { boardId },
    fetchPolicy: 'cache-and-network',
  });
  const [revoke, { loading: revoking }] = useMutation(RevokeInvitationMutation);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const invitations = data?.board.invitations ?? [];

  async function onRevoke(invitationId: string) {
    setRevokeError(null);
    try {
      await revoke({ variables: { invitationId } });
    } catch (e) {
      setRevokeError(describeError(e).message);
    }
  }

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite people</h2>
      <p className="muted">Each link lets one person join with the role you choose.</p>
      <CreateInvitationForm boardId={boardId} />

      <h3 className="subheading">Invitation links</h3>
      {loading && !data && <Loading label="Loading invitations…" />}
      <ErrorNotice error={error} title="We could not load the invitations" />
      {revokeError && (
        <p className="form-error" role="alert">
          {revokeError}
        </p>
      )}
      {data && invitations.length === 0 && (
        <p className="empty-hint">No links yet. Links you create are listed here.</p>
      )}
      {invitations.length > 0 && (
        <ul className="invitation-list">
          {invitations.map((inv) => {
            const who = inv.note || roleWithArticle(inv.role);
            return (
              <li key={inv.id} className="invitation">
                <div className="invitation-main">
                  <span className="invitation-note">
                    {inv.note || <span className="muted">No note</span>}
                  </span>
                  <span className="invitation-meta">
                    <RoleBadge role={inv.role} />
                    <span className={`status-badge status-${inv.status.toLowerCase()}`}>
                      {STATUS_LABEL[inv.status] ?? inv.status}
                    </span>
                  </span>
                  <span className="meta">
                    {inv.status === 'ACCEPTED' && inv.acceptedByName
                      ? `Joined as ${inv.acceptedByName}`
                      : inv.status === 'PENDING'
                        ? `Works until ${formatDate(inv.expiresAt)}`
                        : `Created ${formatDate(inv.createdAt)}`}{' '}
                    · by {inv.createdByName}
                  </span>
                </div>
                {inv.status === 'PENDING' && (
                  <button
                    type="button"
                    className="button-quiet"
                    disabled={revoking}
                    onClick={() => onRevoke(inv.id)}
                  >
                    Revoke<span className="visually-hidden"> invitation for {who}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
