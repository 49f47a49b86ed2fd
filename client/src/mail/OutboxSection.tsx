import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatDate } from '../app/format';
import type { MailStatus } from '../gql/graphql';
import { BoardOutboxQuery } from './operations';
import './mail.css';

const STATUS: Record<MailStatus, string> = {
  HELD: 'Waiting for a digest',
  QUEUED: 'Queued',
  SENT: 'Sent',
  OUTBOX: 'In the outbox',
  BUNDLED: 'In a digest',
  FAILED: 'Failed',
};

/**
 * Facilitators only. Without an SMTP server, email to this board's people stays here, to read
 * and pass on by hand. With one, this shows only messages that could not be sent.
 */
export function OutboxSection({ boardId }: { boardId: string }) {
  const { data, error } = useQuery(BoardOutboxQuery, {
    variables: { boardId },
    fetchPolicy: 'cache-and-network',
  });
  const outbox = data?.boardOutbox;
  if (!outbox && !error) return null;
  const shown = outbox
    ? outbox.smtpConfigured
      ? outbox.messages.filter((m) => m.status === 'FAILED')
      : outbox.messages
    : [];
  if (outbox?.smtpConfigured && shown.length === 0) return null;
  return (
    <section className="card" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">{outbox?.smtpConfigured ? 'Email that could not be sent' : 'Outbox'}</h2>
      <ErrorNotice error={error} title="We could not load the outbox" />
      {outbox && !outbox.smtpConfigured && (
        <p className="muted">
          Email is not set up on this server (no SMTP_URL), so messages to this board’s people are kept here
          instead of being sent. Open one to read it or pass it on.
        </p>
      )}
      {outbox && shown.length === 0 && <p className="empty-hint">No messages yet.</p>}
      {shown.length > 0 && (
        <ul className="outbox-list">
          {shown.map((m) => (
            <li key={m.id} className="outbox-item">
              <details>
                <summary>
                  <span className="outbox-subject">{m.subject}</span>
                  <span className="meta">
                    To {m.toAddress} · {formatDate(m.createdAt)} · {STATUS[m.status]}
                  </span>
                </summary>
                {m.lastError && (
                  <p className="form-error">
                    Last attempt ({m.attempts}) failed: {m.lastError}
                  </p>
                )}
                <pre className="outbox-text">{m.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
