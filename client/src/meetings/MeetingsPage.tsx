import { useMutation, useQuery } from '@apollo/client/react';
import { MEETING_LIMITS } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Breadcrumb } from '../app/Breadcrumb';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatDateTime } from '../app/format';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import { MeetingsQuery, ScheduleMeetingMutation } from './operations';
import '../deliberation/deliberation.css';

const STATE_LABEL = { SCHEDULED: 'Scheduled', OPEN: 'In session', CLOSED: 'Closed' } as const;

/** A board's meetings: upcoming and in session first, then past ones with their decisions. */
export function MeetingsPage() {
  const { boardId = '' } = useParams();
  const { data, loading, error } = useQuery(MeetingsQuery, {
    variables: { boardId },
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(data?.board ? `Meetings · ${data.board.name}` : 'Meetings');
  const [scheduling, setScheduling] = useState(false);
  if (loading && !data) return <Loading label="Loading meetings…" />;
  if (!data) return <ErrorNotice error={error} title="These meetings are not available" />;
  const facilitator = data.board.myRole === 'FACILITATOR';
  return (
    <div className="page">
      <Breadcrumb trail={[{ label: data.board.name, to: `/boards/${boardId}` }]} current="Meetings" />
      <header className="page-header section-header">
        <h1>Meetings</h1>
        {facilitator && !scheduling && (
          <button type="button" className="button-primary" onClick={() => setScheduling(true)}>
            Schedule a meeting
          </button>
        )}
      </header>
      {scheduling && (
        <ScheduleForm boardId={boardId} drafts={data.board.drafts} onCancel={() => setScheduling(false)} />
      )}
      {data.meetings.length === 0 ? (
        <p className="empty-state">No meetings yet.</p>
      ) : (
        <ul className="card-list meeting-list">
          {data.meetings.map((m) => (
            <li key={m.id} className="card">
              <h2>
                <Link to={`/meetings/${m.id}`}>{m.title}</Link>
              </h2>
              <p className="meta">
                <span className={`status-badge meeting-state-${m.state.toLowerCase()}`}>
                  {STATE_LABEL[m.state]}
                </span>{' '}
                {formatDateTime(m.startsAt)}
                {m.location && ` · ${m.location}`} · {m.agenda.length} agenda item
                {m.agenda.length === 1 ? '' : 's'}
              </p>
              {m.decisions && <pre className="decisions">{m.decisions}</pre>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ScheduleForm({
  boardId,
  drafts,
  onCancel,
}: {
  boardId: string;
  drafts: { id: string; title: string }[];
  onCancel: () => void;
}) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState('90');
  const [location, setLocation] = useState('');
  const [link, setLink] = useState('');
  const [draftId, setDraftId] = useState(drafts[0]?.id ?? '');
  const [quorum, setQuorum] = useState('50');
  const [schedule, { loading, error }] = useMutation(ScheduleMeetingMutation, {
    refetchQueries: [MeetingsQuery],
  });
  const ids = {
    title: useId(),
    startsAt: useId(),
    duration: useId(),
    location: useId(),
    link: useId(),
    draft: useId(),
    quorum: useId(),
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await schedule({
      variables: {
        input: {
          boardId,
          title,
          startsAt: new Date(startsAt).toISOString(),
          durationMinutes: Number(duration) || 90,
          location: location || null,
          link: link || null,
          draftId: draftId || null,
          quorumPercent: quorum ? Number(quorum) : null,
        },
      },
    }).catch(() => null);
    if (result?.data) navigate(`/meetings/${result.data.scheduleMeeting.id}`);
  }
  return (
    <form className="card form" onSubmit={submit} aria-label="Schedule a meeting">
      <div className="field">
        <label htmlFor={ids.title}>Title</label>
        <input
          id={ids.title}
          required
          maxLength={MEETING_LIMITS.titleMax}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.startsAt}>Starts</label>
          <input
            id={ids.startsAt}
            type="datetime-local"
            required
            value={startsAt}
            onChange={(e) => setStartsAt(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.duration}>Length (minutes)</label>
          <input
            id={ids.duration}
            type="number"
            min={5}
            max={1440}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.quorum}>Quorum (% of members present)</label>
          <input
            id={ids.quorum}
            type="number"
            min={0}
            max={100}
            value={quorum}
            onChange={(e) => setQuorum(e.target.value)}
          />
        </div>
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.location}>Place (optional)</label>
          <input
            id={ids.location}
            maxLength={MEETING_LIMITS.locationMax}
            value={location}
            onChange={(e) => setLocation(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.link}>Video link (optional)</label>
          <input
            id={ids.link}
            type="url"
            placeholder="https://"
            maxLength={MEETING_LIMITS.linkMax}
            value={link}
            onChange={(e) => setLink(e.target.value)}
          />
        </div>
        {drafts.length > 0 && (
          <div className="field">
            <label htmlFor={ids.draft}>Draft to work on</label>
            <select id={ids.draft} value={draftId} onChange={(e) => setDraftId(e.target.value)}>
              <option value="">None</option>
              {drafts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <ErrorNotice error={error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={loading}>
          Schedule
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
