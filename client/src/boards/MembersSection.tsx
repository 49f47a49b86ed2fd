import { useMutation } from '@apollo/client/react';
import { BOARD_ROLES, BoardRole } from '@roundtable/shared';
import { useState } from 'react';
import { ConfirmButton } from '../app/ConfirmDialog';
import { describeError } from '../app/errors';
import { formatDate } from '../app/format';
import type { BoardRole as GqlBoardRole } from '../gql/graphql';
import { BoardQuery, ChangeMemberRoleMutation, RemoveMemberMutation } from './operations';
import { RoleBadge, roleLabel, roleWithArticle } from './RoleBadge';

export interface MemberRow {
  id: string;
  userId: string;
  name: string;
  email: string | null;
  role: GqlBoardRole;
  joinedAt: string;
}

interface Props {
  boardId: string;
  members: readonly MemberRow[];
  myRole: GqlBoardRole;
  myUserId: string;
}

/** Who is on the board and in what role; facilitators can change roles and remove people. */
export function MembersSection({ boardId, members, myRole, myUserId }: Props) {
  const canManage = myRole === BoardRole.FACILITATOR;
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  return (
    <section className="card" aria-labelledby="members-heading">
      <div className="section-header">
        <h2 id="members-heading">Members</h2>
        <p className="muted">{members.length === 1 ? 'Just you so far.' : `${members.length} people`}</p>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <ul className="member-list">
        {members.map((member) => (
          <MemberItem
            key={member.id}
            boardId={boardId}
            member={member}
            isMe={member.userId === myUserId}
            canManage={canManage && member.userId !== myUserId}
            onStatus={(message) => {
              setError(null);
              setStatus(message);
            }}
            onError={(message) => {
              setStatus('');
              setError(message);
            }}
          />
        ))}
      </ul>
      {members.length <= 1 && canManage && (
        <p className="empty-hint">
          Invite people with an invitation link: each link is for one person and one role.
        </p>
      )}
    </section>
  );
}

interface ItemProps {
  boardId: string;
  member: MemberRow;
  isMe: boolean;
  canManage: boolean;
  onStatus: (message: string) => void;
  onError: (message: string) => void;
}

function MemberItem({ boardId, member, isMe, canManage, onStatus, onError }: ItemProps) {
  const [changeRole, { loading: changing }] = useMutation(ChangeMemberRoleMutation);
  const [removeMember, { loading: removing }] = useMutation(RemoveMemberMutation, {
    refetchQueries: [{ query: BoardQuery, variables: { id: boardId } }],
    awaitRefetchQueries: true,
  });

  async function onRoleChange(role: GqlBoardRole) {
    try {
      await changeRole({ variables: { input: { membershipId: member.id, role } } });
      onStatus(`${member.name} is now ${roleWithArticle(role)}.`);
    } catch (error) {
      onError(describeError(error).message);
    }
  }

  async function onRemove() {
    try {
      await removeMember({ variables: { membershipId: member.id } });
      onStatus(`${member.name} was removed from the board.`);
    } catch (error) {
      onError(describeError(error).message);
    }
  }

  const selectId = `role-${member.id}`;
  return (
    <li className="member">
      <div className="member-who">
        <span className="member-name">
          {member.name}
          {isMe && <span className="muted"> (you)</span>}
        </span>
        {member.email && <span className="member-email">{member.email}</span>}
        <span className="member-joined">Joined {formatDate(member.joinedAt)}</span>
      </div>
      <div className="member-role">
        {canManage ? (
          <>
            <label htmlFor={selectId} className="visually-hidden">
              Role for {member.name}
            </label>
            <select
              id={selectId}
              value={member.role}
              disabled={changing || removing}
              onChange={(e) => onRoleChange(e.target.value as GqlBoardRole)}
            >
              {BOARD_ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role)}
                </option>
              ))}
            </select>
          </>
        ) : (
          <RoleBadge role={member.role} />
        )}
      </div>
      {canManage && (
        <div className="member-actions">
          <ConfirmButton
            className="button-quiet"
            tone="danger"
            disabled={removing}
            title={`Remove ${member.name}?`}
            confirmLabel={`Remove ${member.name}`}
            explanation={
              <p>
                {member.name} loses access to this board at once: their open editors and live views close, and
                they no longer see its drafts. This <strong>cannot be undone</strong> here; to bring them
                back, invite them again. What they wrote and how they voted stays in the record.
              </p>
            }
            onConfirm={onRemove}
          >
            Remove<span className="visually-hidden"> {member.name}</span>
          </ConfirmButton>
        </div>
      )}
    </li>
  );
}
