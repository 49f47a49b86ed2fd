import { useMutation, useQuery } from '@apollo/client/react';
import {
  RESPONSE_STATUSES,
  RESPONSE_STATUS_LABELS,
  type Packet,
  type PacketClause,
  type ResponseStatus,
} from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { describeError } from '../app/errors';
import { Field } from '../app/Field';
import { formatDate, formatDateTime } from '../app/format';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import { RespondToPacketMutation, SharedPacketQuery } from './operations';
import { PacketView } from './PacketView';
import './packets.css';
import { describeResponder } from './responder';

interface ResponseRow {
  id: string;
  clauseId: string;
  status: ResponseStatus;
  text: string;
  responderName: string;
  responderRole: string;
  createdAt: string;
}

/** What an official sees from a share link: the packet, read-only, and a response form per recommendation. */
export function OfficialPacketPage() {
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(SharedPacketQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const shared = data?.sharedPacket;
  const [responder, setResponder] = useState({ name: '', role: '' });
  usePageTitle(shared ? `${shared.title} · ${shared.boardName}` : 'Shared packet');

  if (loading && !shared) return <Loading label="Opening the packet…" />;
  if (!shared) {
    const problem = error ? describeError(error) : null;
    return (
      <section className="card narrow" aria-labelledby="shared-unavailable">
        <h1 id="shared-unavailable">This link does not open a packet</h1>
        <p>
          {problem?.code === 'CONFLICT'
            ? 'It has expired or was withdrawn. Ask the board that sent it for a new link.'
            : 'Check that you copied the whole link, or ask the board that sent it for a new one.'}
        </p>
      </section>
    );
  }

  const packet = JSON.parse(shared.json) as Packet;
  const responses = shared.responses as readonly ResponseRow[];
  return (
    <div className="page packet-page official-page">
      <p className="notice">
        You are reading version {shared.version} of a recommendation packet from {shared.boardName}. This link
        works until {formatDate(shared.expiresAt)}. You can download it and respond to each recommendation
        below; the board will see your responses.
      </p>
      <ul className="packet-downloads" aria-label="Download this packet">
        {shared.files.map((f) => (
          <li key={f.format}>
            <a className="button-secondary" href={f.url} download={f.fileName}>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
      <section className="card-quiet" aria-labelledby="responder-heading">
        <h2 id="responder-heading">Who is responding</h2>
        <div className="inline-form">
          <Field label="Your name">
            {(p) => (
              <input
                {...p}
                value={responder.name}
                maxLength={120}
                autoComplete="name"
                onChange={(e) => setResponder({ ...responder, name: e.target.value })}
              />
            )}
          </Field>
          <Field label="Your role or office" hint="For example: Chief of Police, City Council.">
            {(p) => (
              <input
                {...p}
                value={responder.role}
                maxLength={120}
                autoComplete="organization-title"
                onChange={(e) => setResponder({ ...responder, role: e.target.value })}
              />
            )}
          </Field>
        </div>
      </section>
      <PacketView
        packet={packet}
        sha256={shared.sha256}
        headingLevel="h1"
        renderAfterClause={(clause) => (
          <ResponseForm
            token={token}
            clause={clause}
            responder={responder}
            existing={responses.filter((r) => r.clauseId === clause.id)}
          />
        )}
      />
    </div>
  );
}

function ResponseForm({
  token,
  clause,
  responder,
  existing,
}: {
  token: string;
  clause: PacketClause;
  responder: { name: string; role: string };
  existing: readonly ResponseRow[];
}) {
  const id = useId();
  const [status, setStatus] = useState<ResponseStatus | ''>('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<ResponseRow[]>([]);
  const [respond, { loading }] = useMutation(RespondToPacketMutation);
  const all = [...saved, ...existing];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!responder.name.trim() || !responder.role.trim())
      return setError('Please fill in your name and role at the top of the page first.');
    if (!status) return setError('Choose a response.');
    if (status !== 'ACCEPTED' && !text.trim()) return setError('Please explain your response.');
    try {
      const result = await respond({
        variables: {
          input: {
            token,
            clauseId: clause.id,
            status,
            text: text.trim(),
            responderName: responder.name.trim(),
            responderRole: responder.role.trim(),
          },
        },
      });
      const row = result.data?.respondToPacket;
      if (row) setSaved([row as ResponseRow, ...saved]);
      setText('');
      setStatus('');
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  return (
    <div className="packet-response">
      {all.length > 0 && (
        <ul className="packet-responses" aria-label={`Responses to recommendation ${clause.number}`}>
          {all.map((r) => (
            <li key={r.id}>
              <strong>{RESPONSE_STATUS_LABELS[r.status]}</strong> — {describeResponder(r)},{' '}
              {formatDateTime(r.createdAt)}
              {r.text && <p dir="auto">{r.text}</p>}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-legend`}>
        <fieldset>
          <legend id={`${id}-legend`}>Your response to recommendation {clause.number}</legend>
          <div className="packet-response-options">
            {RESPONSE_STATUSES.map((s) => (
              <label key={s} className="radio">
                <input
                  type="radio"
                  name={`${id}-status`}
                  value={s}
                  checked={status === s}
                  onChange={() => setStatus(s)}
                />{' '}
                {RESPONSE_STATUS_LABELS[s]}
              </label>
            ))}
          </div>
          <Field label="Explanation" hint="Required unless you accept the recommendation as written.">
            {(p) => (
              <textarea
                {...p}
                rows={3}
                maxLength={5000}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button-primary" disabled={loading}>
            {loading ? 'Sending…' : `Send response to § ${clause.number}`}
          </button>
          <p className="visually-hidden" role="status">
            {saved.length > 0 ? `Response to recommendation ${clause.number} recorded.` : ''}
          </p>
        </fieldset>
      </form>
    </div>
  );
}
