import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorNotice } from '../app/ErrorNotice';
import { describeError } from '../app/errors';
import { formatDate, plural } from '../app/format';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import { SignInForm } from '../auth/SignInForm';
import { SignUpForm } from '../auth/SignUpForm';
import { useMe } from '../auth/useMe';
import { MyBoardsQuery } from '../boards/operations';
import { RoleBadge, roleDescription, roleWithArticle } from '../boards/RoleBadge';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './operations';

const UNUSABLE: Record<string, string> = {
  ACCEPTED: 'This invitation link has already been used. Ask the facilitator who sent it for a new one.',
  REVOKED: 'The facilitator withdrew this invitation. Ask them for a new link if you still want to join.',
  EXPIRED: 'This invitation has expired. Ask the facilitator who sent it for a new one.',
};

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { me, loading: meLoading } = useMe();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(InvitationPreviewQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const [accept, { loading: accepting }] = useMutation(AcceptInvitationMutation, {
    refetchQueries: [MyBoardsQuery],
  });
  const [acceptError, setAcceptError] = useState<string | null>(null);
  const [mode, setMode] = useState<'signup' | 'signin'>('signup');
  const preview = data?.invitation;
  usePageTitle(preview ? `Join ${preview.boardName}` : 'Invitation');

  async function onJoin() {
    setAcceptError(null);
    try {
      const { data: accepted } = await accept({ variables: { token } });
      if (accepted?.acceptInvitation) navigate(`/boards/${accepted.acceptInvitation.id}`, { replace: true });
    } catch (e) {
      setAcceptError(describeError(e).message);
    }
  }

  if ((loading && !data) || meLoading) return <Loading label="Opening your invitation…" />;
  if (!preview) {
    return (
      <section className="card narrow" aria-labelledby="invite-heading">
        <h1 id="invite-heading">This invitation link does not work</h1>
        <ErrorNotice error={error} />
        <p>If it still does not work, ask the facilitator who sent it for a new one.</p>
      </section>
    );
  }

  const usable = preview.status === 'PENDING';
  // The server lets a current member "accept" a used link again and returns the board, so the
  // person who used it can still find their way in from it.
  const reopen = preview.status === 'ACCEPTED' && me != null;
  return (
    <div className={usable && !me ? 'invite-layout' : 'invite-layout invite-layout-single'}>
      <section className="card invite-card" aria-labelledby="invite-heading">
        <p className="eyebrow">{usable ? 'You are invited' : 'Invitation'}</p>
        <h1 id="invite-heading">{preview.boardName}</h1>
        <p className="meta">
          {preview.jurisdiction} · {plural(preview.memberCount, 'member')}
        </p>
        <p>
          <strong>{preview.invitedByName}</strong> invited you to join as {roleWithArticle(preview.role)}.
        </p>
        <div className="role-explainer">
          <RoleBadge role={preview.role} />
          <p>{roleDescription(preview.role)}</p>
        </div>
        {usable && (
          <p className="muted small">
            This link works until {formatDate(preview.expiresAt)} and can be used once.
          </p>
        )}
        {!usable && (
          <p className="notice notice-warning" role="alert">
            {UNUSABLE[preview.status] ?? 'This invitation can no longer be used.'}
          </p>
        )}
        {usable && me && (
          <div className="join">
            <p>
              You are signed in as <strong>{me.name}</strong>.
            </p>
            {acceptError && (
              <p className="form-error" role="alert">
                {acceptError}
              </p>
            )}
            <button
              type="button"
              className="button-primary button-large"
              onClick={onJoin}
              disabled={accepting}
            >
              {accepting ? 'Joining…' : 'Join board'}
            </button>
          </div>
        )}
        {reopen && (
          <div className="join">
            <p>If you joined with this link, you can open the board from here.</p>
            {acceptError && (
              <p className="form-error" role="alert">
                {acceptError}
              </p>
            )}
            <button type="button" className="button-secondary" onClick={onJoin} disabled={accepting}>
              Open the board
            </button>
          </div>
        )}
        {!usable && (
          <p className="invite-links">
            <Link to={me ? '/boards' : `/signin?next=${encodeURIComponent(`/invite/${token}`)}`}>
              {me ? 'Go to your boards' : 'Sign in'}
            </Link>
          </p>
        )}
      </section>
      {usable && !me && (
        <section className="card invite-auth" aria-labelledby="invite-auth-heading">
          <h2 id="invite-auth-heading">
            {mode === 'signup' ? 'First, create your account' : 'First, sign in'}
          </h2>
          <p className="muted">
            {mode === 'signup'
              ? 'Then you can join the board with one click.'
              : 'Use the account you already have, then join the board with one click.'}
          </p>
          {mode === 'signup' ? <SignUpForm /> : <SignInForm />}
          <p className="auth-switch">
            {mode === 'signup' ? 'Already have an account? ' : 'New to Roundtable? '}
            <button
              type="button"
              className="button-link"
              onClick={() => setMode(mode === 'signup' ? 'signin' : 'signup')}
            >
              {mode === 'signup' ? 'Sign in instead' : 'Create an account instead'}
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
