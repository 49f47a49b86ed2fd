import { useMutation } from '@apollo/client/react';
import { BOARD_ROLES, BoardRole, LIMITS } from '@roundtable/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../app/errors';
import { Field } from '../app/Field';
import { roleDescription, roleLabel } from '../boards/RoleBadge';
import type { BoardRole as GqlBoardRole } from '../gql/graphql';
import { BoardInvitationsQuery, CreateInvitationMutation } from './operations';
import '../mail/mail.css';

/** The server caps the note at 120 characters (CreateInvitationInput); not yet in shared LIMITS. */
export const INVITATION_NOTE_MAX = 120;

interface Created {
  url: string;
  role: GqlBoardRole;
  note: string | null;
  emailedTo: string | null;
}

/**
 * Makes a single-use invitation link. The server keeps only a hash of the token, so the link
 * exists in this component's state alone: once the person moves on, it cannot be shown again.
 */
export function CreateInvitationForm({ boardId }: { boardId: string }) {
  const [role, setRole] = useState<GqlBoardRole>(BoardRole.MEMBER);
  const [note, setNote] = useState('');
  const [sendEmail, setSendEmail] = useState(false);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [days, setDays] = useState(String(LIMITS.invitationDefaultDays));
  const [daysError, setDaysError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const linkInput = useRef<HTMLTextAreaElement>(null);
  const [createInvitation, { loading }] = useMutation(CreateInvitationMutation, {
    refetchQueries: [{ query: BoardInvitationsQuery, variables: { boardId } }],
  });

  useEffect(() => {
    if (created) {
      linkInput.current?.focus();
      linkInput.current?.select();
    }
  }, [created]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setServerError(null);
    const expiresInDays = Number(days);
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > LIMITS.invitationMaxDays) {
      setDaysError(`Choose a whole number of days from 1 to ${LIMITS.invitationMaxDays}.`);
      return;
    }
    setDaysError(null);
    const sendToEmail = sendEmail ? email.trim() : null;
    if (sendToEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(sendToEmail)) {
      setEmailError('Enter an email address such as name@example.org.');
      return;
    }
    setEmailError(null);
    try {
      const { data } = await createInvitation({
        variables: { input: { boardId, role, note: note.trim() || null, expiresInDays, sendToEmail } },
      });
      if (data?.createInvitation) {
        setCopied(null);
        setCreated({
          url: data.createInvitation.url,
          role,
          note: note.trim() || null,
          emailedTo: sendToEmail,
        });
      }
    } catch (error) {
      setServerError(describeError(error).message);
    }
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied('yes');
    } catch {
      linkInput.current?.select();
      setCopied('failed');
    }
  }

  function startOver() {
    setCreated(null);
    setNote('');
    setEmail('');
    setSendEmail(false);
    setCopied(null);
  }

  if (created) {
    return (
      <div className="invitation-created">
        <p className="notice notice-success">
          Invitation link for{' '}
          {created.note ? `${created.note} (${roleLabel(created.role)})` : `a new ${roleLabel(created.role)}`}{' '}
          is ready.
          {created.emailedTo && ` It is also on its way by email to ${created.emailedTo}.`}
        </p>
        <div className="field">
          <label htmlFor="invitation-link">Invitation link</label>
          <p className="field-hint" id="invitation-link-hint">
            <strong>This link is shown only once.</strong> Copy it now and send it to the person yourself.
            Roundtable keeps only a fingerprint of it, so it cannot show it again; if you lose it, revoke it
            and make a new one.
          </p>
          <textarea
            id="invitation-link"
            className="invitation-link"
            ref={linkInput}
            readOnly
            rows={3}
            value={created.url}
            aria-describedby="invitation-link-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="button-row">
            <button type="button" className="button-primary" onClick={copy}>
              Copy link
            </button>
          </div>
          <p className="field-hint" role="status">
            {copied === 'yes' && 'Copied. Paste it into an email or message to the person you are inviting.'}
            {copied === 'failed' &&
              'Your browser blocked copying. The link is selected: press Ctrl+C (or ⌘C) to copy it.'}
          </p>
        </div>
        <button type="button" className="button-secondary" onClick={startOver}>
          Done, create another link
        </button>
      </div>
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Create an invitation link">
      <Field label="Role" hint={roleDescription(role)}>
        {(props) => (
          <select {...props} value={role} onChange={(e) => setRole(e.target.value as GqlBoardRole)}>
            {BOARD_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Note (optional)"
        hint="Who the link is for, so you can tell your links apart. Only facilitators see it."
      >
        {(props) => (
          <input
            {...props}
            type="text"
            maxLength={INVITATION_NOTE_MAX}
            value={note}
            placeholder="e.g. Jordan from the tenants’ union"
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <Field label="Link works for (days)" error={daysError} className="field-short">
        {(props) => (
          <input
            {...props}
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.invitationMaxDays}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        )}
      </Field>
      <div className="checkbox-row">
        <input
          id="invitation-send-email"
          type="checkbox"
          checked={sendEmail}
          onChange={(e) => setSendEmail(e.target.checked)}
        />
        <label htmlFor="invitation-send-email">Email the invitation</label>
      </div>
      {sendEmail && (
        <Field
          label="Email address"
          hint="We send the link to this address, in the language of its account if it has one. You still get the link to copy."
          error={emailError}
        >
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="off"
              maxLength={254}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
      )}
      {serverError && (
        <p className="form-error" role="alert">
          {serverError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? 'Creating link…' : 'Create invitation link'}
        </button>
      </div>
    </form>
  );
}
