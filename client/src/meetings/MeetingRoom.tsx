import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { MEETING_LIMITS } from '@roundtable/shared';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../app/Breadcrumb';
import { ConfirmButton } from '../app/ConfirmDialog';
import { ErrorNotice } from '../app/ErrorNotice';
import { plural } from '../app/format';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../auth/useMe';
import type { AgendaItemKind, BoardRole, MeetingFieldsFragment } from '../gql/graphql';
import { CreateQuestionMutation, DiscussDraftQuery, QuestionsQuery } from '../deliberation/operations';
import { NewQuestionForm, QuestionsPanel } from '../deliberation/QuestionsPanel';
import {
  AddAgendaItemMutation,
  CheckInMutation,
  CloseMeetingMutation,
  MarkAttendanceMutation,
  MeetingBoardQuery,
  MeetingRoomQuery,
  MeetingUpdatedSubscription,
  OpenMeetingMutation,
  RemoveAgendaItemMutation,
  SetCurrentAgendaItemMutation,
  UpdateAgendaItemMutation,
} from './operations';
import { meetingTimes } from './meetingTimes';
import MinutesEditor from './MinutesEditor';
import '../deliberation/deliberation.css';

type Meeting = MeetingFieldsFragment;
type Clause = { id: string; heading: string; position: number };

const STATE_LABEL = { SCHEDULED: 'Scheduled', OPEN: 'In session', CLOSED: 'Closed' } as const;
const KIND_LABEL: Record<AgendaItemKind, string> = {
  CLAUSE: 'Clause',
  AMENDMENT: 'Amendment',
  QUESTION: 'Vote',
  FREE: 'Item',
};

/**
 * The meeting room. Everyone sees the agenda, the item under discussion, who is present and
 * whether there is a quorum, live; members check in and vote; the facilitator runs the agenda and
 * opens and closes votes in one click; anyone on the board may keep the minutes.
 */
export function MeetingRoom() {
  const { meetingId = '' } = useParams();
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(MeetingRoomQuery, {
    variables: { id: meetingId },
    fetchPolicy: 'cache-and-network',
  });
  const refetchMeeting = useCallback(() => void refetch(), [refetch]);
  useSubscription(MeetingUpdatedSubscription, { variables: { meetingId } });
  const meeting = data?.meeting;
  const board = useQuery(MeetingBoardQuery, {
    variables: { boardId: meeting?.boardId ?? '' },
    skip: !meeting,
  });
  const draft = useQuery(DiscussDraftQuery, {
    variables: { id: meeting?.draftId ?? '' },
    skip: !meeting?.draftId,
  });
  usePageTitle(meeting ? `${meeting.title} · meeting` : 'Meeting');

  if (loading && !meeting) return <Loading label="Entering the meeting room…" />;
  if (!meeting) return <ErrorNotice error={error} title="This meeting is not available" />;
  const role: BoardRole = board.data?.board.myRole ?? 'OBSERVER';
  const facilitator = role === 'FACILITATOR';
  const clauses: Clause[] = draft.data?.draft?.clauses ?? [];
  const members = board.data?.board.members ?? [];
  const current = meeting.agenda.find((a) => a.id === meeting.currentItemId) ?? null;
  const present = meeting.attendance.some((a) => a.userId === me?.id);

  return (
    <div className="page meeting-room">
      <Breadcrumb
        trail={[
          { label: board.data?.board.name ?? 'Board', to: `/boards/${meeting.boardId}` },
          { label: 'Meetings', to: `/boards/${meeting.boardId}/meetings` },
        ]}
        current={meeting.title}
      />
      <header className="page-header meeting-header">
        <div>
          <h1>{meeting.title}</h1>
          <p className="meta">
            <span className={`status-badge meeting-state-${meeting.state.toLowerCase()}`}>
              {STATE_LABEL[meeting.state]}
            </span>{' '}
            {meetingTimes(meeting)}
            {meeting.location && ` · ${meeting.location}`}
            {meeting.link && (
              <>
                {' '}
                ·{' '}
                <a href={meeting.link} rel="noopener noreferrer" target="_blank">
                  Join the call
                </a>
              </>
            )}
            {meeting.draftId && (
              <>
                {' '}
                · <Link to={`/drafts/${meeting.draftId}/discuss`}>Discuss the draft</Link>
              </>
            )}
          </p>
        </div>
        {facilitator && <MeetingControls meeting={meeting} />}
      </header>

      <QuorumBar meeting={meeting} />

      <div className="meeting-grid">
        <div className="meeting-main">
          <section aria-labelledby="now-heading" className="card now-card" aria-live="polite">
            <h2 id="now-heading">Now</h2>
            {meeting.state === 'SCHEDULED' && <p className="muted">The meeting has not started.</p>}
            {meeting.state === 'CLOSED' && <p className="muted">The meeting is closed.</p>}
            {meeting.state === 'OPEN' && !current && (
              <p className="muted">No agenda item is under discussion.</p>
            )}
            {current && <CurrentItem item={current} clauses={clauses} />}
          </section>
          <section aria-labelledby="votes-heading" className="card">
            <div className="section-header">
              <h2 id="votes-heading">Votes in this meeting</h2>
            </div>
            {facilitator && meeting.state !== 'CLOSED' && (
              <NewQuestionForm
                scope={{ boardId: meeting.boardId, draftId: meeting.draftId, meetingId: meeting.id }}
                subject="MOTION"
                defaultPrompt=""
              />
            )}
            <QuestionsPanel
              scope={{ boardId: meeting.boardId, meetingId: meeting.id }}
              role={role}
              emptyText={
                meeting.state === 'CLOSED'
                  ? 'No votes were held in this meeting.'
                  : 'No votes yet in this meeting.'
              }
            />
          </section>
          <Minutes
            meeting={meeting}
            canEdit={role !== 'OBSERVER'}
            userName={me?.name ?? 'Me'}
            onRightsChanged={refetchMeeting}
          />
        </div>
        <div className="meeting-side">
          <Agenda meeting={meeting} facilitator={facilitator} clauses={clauses} />
          <Attendance meeting={meeting} present={present} facilitator={facilitator} members={members} />
        </div>
      </div>
    </div>
  );
}

function MeetingControls({ meeting }: { meeting: Meeting }) {
  const [open, opening] = useMutation(OpenMeetingMutation);
  const [close, closing] = useMutation(CloseMeetingMutation);
  return (
    <div className="meeting-controls">
      {meeting.state === 'SCHEDULED' && (
        <button
          type="button"
          className="button-primary"
          disabled={opening.loading}
          onClick={() => void open({ variables: { meetingId: meeting.id } }).catch(() => undefined)}
        >
          Open the meeting
        </button>
      )}
      {meeting.state === 'OPEN' && (
        <ConfirmButton
          className="button-secondary"
          disabled={closing.loading}
          title="Close this meeting?"
          confirmLabel="Close the meeting"
          explanation={
            <>
              <p>
                Closing ends the meeting for everyone. Attendance ({plural(meeting.presentCount, 'member')}{' '}
                present), the decisions and the minutes become the record and{' '}
                <strong>cannot be reopened or edited</strong>.
              </p>
              <p>Close any open vote first.</p>
            </>
          }
          onConfirm={() => close({ variables: { meetingId: meeting.id } })}
        >
          Close the meeting
        </ConfirmButton>
      )}
      <ErrorNotice error={opening.error ?? closing.error} />
    </div>
  );
}

function QuorumBar({ meeting }: { meeting: Meeting }) {
  const closed = meeting.state === 'CLOSED';
  return (
    <p className={`quorum-bar ${meeting.quorumMet ? 'quorum-met' : 'quorum-short'}`} role="status">
      {closed && <span className="quorum-recorded">As recorded at close: </span>}
      <meter
        min={0}
        max={Math.max(1, meeting.eligibleCount)}
        value={meeting.presentCount}
        low={meeting.quorumRequired}
        optimum={meeting.eligibleCount}
        aria-label="Members present"
      />{' '}
      <strong>
        {meeting.presentCount} of {plural(meeting.eligibleCount, 'member')} present
      </strong>{' '}
      —{' '}
      {meeting.quorumRequired === 0 ? (
        'no quorum set'
      ) : (
        <>
          quorum {meeting.quorumRequired}:{' '}
          {meeting.quorumMet
            ? 'met'
            : closed
              ? 'not met'
              : `${meeting.quorumRequired - meeting.presentCount} more needed`}
        </>
      )}
    </p>
  );
}

function useRemaining(startedAt: string | null, minutes: number | null): string | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt || !minutes) return;
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [startedAt, minutes]);
  if (!startedAt || !minutes) return null;
  const left = Math.round((new Date(startedAt).getTime() + minutes * 60_000 - now) / 60_000);
  return left >= 0 ? `${plural(left, 'minute')} left` : `${plural(-left, 'minute')} over time`;
}

function CurrentItem({ item, clauses }: { item: Meeting['agenda'][number]; clauses: Clause[] }) {
  const remaining = useRemaining(item.startedAt, item.timeBoxMinutes);
  const clause = item.clauseId ? clauses.find((c) => c.id === item.clauseId) : null;
  return (
    <div className="current-item">
      <p className="eyebrow">
        {KIND_LABEL[item.kind]} {item.position + 1}
        {remaining && ` · ${remaining}`}
      </p>
      <p className="current-item-title">{item.title}</p>
      {item.notes && <p>{item.notes}</p>}
      {clause && <p className="small muted">Clause {clause.position + 1} of the draft.</p>}
      {item.kind === 'QUESTION' && <p className="small">Vote below, under “Votes in this meeting”.</p>}
    </div>
  );
}

function Agenda({
  meeting,
  facilitator,
  clauses,
}: {
  meeting: Meeting;
  facilitator: boolean;
  clauses: Clause[];
}) {
  const [setCurrent, setting] = useMutation(SetCurrentAgendaItemMutation);
  const [update, updating] = useMutation(UpdateAgendaItemMutation);
  const [remove, removing] = useMutation(RemoveAgendaItemMutation);
  const [putToVote, putting] = useMutation(CreateQuestionMutation, { refetchQueries: [QuestionsQuery] });
  const running = meeting.state === 'OPEN';
  return (
    <section aria-labelledby="agenda-heading" className="card agenda">
      <h2 id="agenda-heading">Agenda</h2>
      {meeting.agenda.length === 0 && <p className="muted">Nothing on the agenda yet.</p>}
      <ol className="agenda-list">
        {meeting.agenda.map((item, i) => {
          const now = item.id === meeting.currentItemId;
          return (
            <li
              key={item.id}
              className={`agenda-item${now ? ' agenda-item-current' : ''}${item.endedAt && !now ? ' agenda-item-done' : ''}`}
              aria-current={now ? 'step' : undefined}
            >
              <p className="agenda-title">
                {now && <span className="status-badge">Now</span>} {item.title}
              </p>
              <p className="muted small">
                {KIND_LABEL[item.kind]}
                {item.timeBoxMinutes && ` · ${plural(item.timeBoxMinutes, 'minute')}`}
                {item.endedAt && !now && ' · done'}
              </p>
              {facilitator && meeting.state !== 'CLOSED' && (
                <div className="button-row">
                  {running && !now && (
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={setting.loading}
                      onClick={() =>
                        void setCurrent({
                          variables: { meetingId: meeting.id, agendaItemId: item.id },
                        }).catch(() => undefined)
                      }
                    >
                      Discuss now<span className="visually-hidden">: {item.title}</span>
                    </button>
                  )}
                  {item.kind === 'CLAUSE' && item.clauseId && running && meeting.draftId && (
                    <button
                      type="button"
                      className="button-quiet"
                      disabled={putting.loading}
                      onClick={() =>
                        void putToVote({
                          variables: {
                            input: {
                              boardId: meeting.boardId,
                              subject: 'CLAUSE',
                              draftId: meeting.draftId,
                              clauseId: item.clauseId,
                              meetingId: meeting.id,
                              prompt: `Approve “${item.title}” as written?`,
                              kind: 'APPROVAL',
                              quorumBase: 'PRESENT',
                              quorumPercent: 50,
                            },
                          },
                        }).catch(() => undefined)
                      }
                    >
                      Put to a vote<span className="visually-hidden">: {item.title}</span>
                    </button>
                  )}
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={`Move “${item.title}” up`}
                    disabled={i === 0 || updating.loading}
                    onClick={() =>
                      void update({ variables: { input: { agendaItemId: item.id, position: i - 1 } } }).catch(
                        () => undefined,
                      )
                    }
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={`Move “${item.title}” down`}
                    disabled={i === meeting.agenda.length - 1 || updating.loading}
                    onClick={() =>
                      void update({ variables: { input: { agendaItemId: item.id, position: i + 1 } } }).catch(
                        () => undefined,
                      )
                    }
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={`Remove “${item.title}” from the agenda`}
                    disabled={removing.loading}
                    onClick={() =>
                      void remove({ variables: { agendaItemId: item.id } }).catch(() => undefined)
                    }
                  >
                    Remove
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {facilitator && running && meeting.currentItemId && (
        <button
          type="button"
          className="button-quiet"
          onClick={() =>
            void setCurrent({ variables: { meetingId: meeting.id, agendaItemId: null } }).catch(
              () => undefined,
            )
          }
        >
          Clear the current item
        </button>
      )}
      <ErrorNotice error={setting.error ?? updating.error ?? removing.error ?? putting.error} />
      {facilitator && meeting.state !== 'CLOSED' && <AddAgendaItem meeting={meeting} clauses={clauses} />}
    </section>
  );
}

function AddAgendaItem({ meeting, clauses }: { meeting: Meeting; clauses: Clause[] }) {
  const [kind, setKind] = useState<AgendaItemKind>('FREE');
  const [title, setTitle] = useState('');
  const [clauseId, setClauseId] = useState('');
  const [minutes, setMinutes] = useState('');
  const [add, { loading, error }] = useMutation(AddAgendaItemMutation);
  const ids = { kind: useId(), title: useId(), clause: useId(), minutes: useId() };
  async function submit(event: FormEvent) {
    event.preventDefault();
    await add({
      variables: {
        input: {
          meetingId: meeting.id,
          kind,
          title: title || null,
          clauseId: kind === 'CLAUSE' ? clauseId : null,
          timeBoxMinutes: minutes ? Number(minutes) : null,
        },
      },
    }).then(
      () => {
        setTitle('');
        setMinutes('');
      },
      () => undefined,
    );
  }
  return (
    <form className="add-agenda form" onSubmit={submit} aria-label="Add to the agenda">
      <h3 className="subheading">Add to the agenda</h3>
      <div className="field">
        <label htmlFor={ids.kind}>Kind</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as AgendaItemKind)}>
          <option value="FREE">Discussion item</option>
          {clauses.length > 0 && <option value="CLAUSE">A clause of the draft</option>}
        </select>
      </div>
      {kind === 'CLAUSE' ? (
        <div className="field">
          <label htmlFor={ids.clause}>Clause</label>
          <select id={ids.clause} required value={clauseId} onChange={(e) => setClauseId(e.target.value)}>
            <option value="">Choose a clause</option>
            {clauses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.position + 1}. {c.heading || 'Untitled clause'}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={ids.title}>Title</label>
          <input
            id={ids.title}
            required
            maxLength={MEETING_LIMITS.agendaTitleMax}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.minutes}>Time box (minutes, optional)</label>
        <input
          id={ids.minutes}
          type="number"
          min={1}
          max={MEETING_LIMITS.timeBoxMaxMinutes}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </div>
      <ErrorNotice error={error} />
      <button type="submit" className="button-secondary" disabled={loading}>
        Add item
      </button>
    </form>
  );
}

function Attendance({
  meeting,
  present,
  facilitator,
  members,
}: {
  meeting: Meeting;
  present: boolean;
  facilitator: boolean;
  members: { userId: string; name: string; role: BoardRole }[];
}) {
  const [checkIn, checking] = useMutation(CheckInMutation);
  const [mark, marking] = useMutation(MarkAttendanceMutation);
  const [who, setWho] = useState('');
  const whoId = useId();
  const absent = members.filter((m) => !meeting.attendance.some((a) => a.userId === m.userId));
  return (
    <section aria-labelledby="attendance-heading" className="card attendance">
      <h2 id="attendance-heading">Present ({meeting.attendance.length})</h2>
      {meeting.state === 'CLOSED' && <p className="muted small">Everyone who attended, as recorded.</p>}
      {meeting.state !== 'CLOSED' && (
        <button
          type="button"
          className={present ? 'button-quiet' : 'button-primary'}
          disabled={checking.loading}
          onClick={() =>
            void checkIn({ variables: { meetingId: meeting.id, present: !present } }).catch(() => undefined)
          }
        >
          {present ? 'Leave the meeting' : 'Check in — I’m here'}
        </button>
      )}
      <ul className="attendee-list">
        {meeting.attendance.map((a) => (
          <li key={a.userId}>
            {a.name} {a.role === 'OBSERVER' && <span className="muted small">(observer)</span>}
            {a.markedByName && <span className="muted small"> · marked by {a.markedByName}</span>}
            {facilitator && meeting.state !== 'CLOSED' && (
              <button
                type="button"
                className="button-quiet"
                onClick={() =>
                  void mark({
                    variables: { input: { meetingId: meeting.id, userId: a.userId, present: false } },
                  }).catch(() => undefined)
                }
              >
                Mark absent<span className="visually-hidden">: {a.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {facilitator && meeting.state !== 'CLOSED' && absent.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (who)
              void mark({ variables: { input: { meetingId: meeting.id, userId: who, present: true } } }).then(
                () => setWho(''),
                () => undefined,
              );
          }}
        >
          <label htmlFor={whoId}>Mark present</label>
          <select id={whoId} value={who} onChange={(e) => setWho(e.target.value)}>
            <option value="">Choose a member</option>
            {absent.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button-secondary" disabled={!who || marking.loading}>
            Mark
          </button>
        </form>
      )}
      <ErrorNotice error={checking.error ?? marking.error} />
    </section>
  );
}

/** The minutes, written together live (see MinutesEditor); final once the meeting closes. */
function Minutes({
  meeting,
  canEdit,
  userName,
  onRightsChanged,
}: {
  meeting: Meeting;
  canEdit: boolean;
  userName: string;
  onRightsChanged: () => void;
}) {
  return (
    <section aria-labelledby="minutes-heading" className="card minutes">
      <h2 id="minutes-heading">Minutes</h2>
      <MinutesEditor
        meetingId={meeting.id}
        canEdit={canEdit && meeting.state !== 'CLOSED'}
        userName={userName}
        onRightsChanged={onRightsChanged}
      />
    </section>
  );
}
