import { useMutation, useQuery } from '@apollo/client/react';
import { DELIBERATION_LIMITS, wordDiff } from '@roundtable/shared';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatDateTime, plural } from '../app/format';
import { Loading } from '../app/Loading';
import type { AmendmentFieldsFragment, BoardRole, QuestionKind } from '../gql/graphql';
import { RedlineLegend, RedlineText } from '../packets/RedlineText';
import { CommentsPanel } from './CommentsPanel';
import { useAmendmentUpdates } from './live';
import {
  AmendmentsQuery,
  CreateQuestionMutation,
  ProposeAmendmentMutation,
  QuestionsQuery,
  SupportAmendmentMutation,
  WithdrawAmendmentMutation,
} from './operations';

const STATUS_LABEL: Record<AmendmentFieldsFragment['status'], string> = {
  OPEN: 'Proposed',
  VOTING: 'In a vote',
  ADOPTED: 'Adopted',
  REJECTED: 'Not adopted',
  WITHDRAWN: 'Withdrawn',
};

interface Props {
  boardId: string;
  draftId: string;
  clauseId: string;
  clauseText: string;
  role: BoardRole;
  myUserId: string | null;
  meetingId?: string | null;
}

/**
 * Alternative wording for a clause: each shown as a redline against the current text (or side
 * by side), with its rationale and supporters; members propose and support; a facilitator puts
 * one or several, with "keep the current text", to a vote.
 */
export function AmendmentsPanel({
  boardId,
  draftId,
  clauseId,
  clauseText,
  role,
  myUserId,
  meetingId = null,
}: Props) {
  const { data, loading, error, refetch } = useQuery(AmendmentsQuery, {
    variables: { draftId, clauseId },
    fetchPolicy: 'cache-and-network',
  });
  const amendments = useMemo(() => data?.amendments ?? [], [data]);
  useAmendmentUpdates(draftId, (id) => {
    if (!amendments.some((a) => a.id === id)) void refetch().catch(() => undefined);
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [proposing, setProposing] = useState(false);
  const writer = role !== 'OBSERVER';
  const facilitator = role === 'FACILITATOR';
  const votable = amendments.filter((a) => a.status === 'OPEN');

  if (loading && !data) return <Loading label="Loading amendments…" />;
  return (
    <section className="amendments" aria-label="Amendments to this clause">
      <ErrorNotice error={error} />
      {writer && !proposing && (
        <button type="button" className="button-secondary" onClick={() => setProposing(true)}>
          Propose new wording
        </button>
      )}
      {proposing && (
        <ProposeForm
          draftId={draftId}
          clauseId={clauseId}
          clauseText={clauseText}
          onDone={() => setProposing(false)}
        />
      )}
      {amendments.length === 0 ? (
        <p className="muted">No amendments to this clause yet.</p>
      ) : (
        <>
          <RedlineLegend />
          <ul className="amendment-list">
            {amendments.map((a) => (
              <AmendmentItem
                key={a.id}
                amendment={a}
                clauseText={clauseText}
                writer={writer}
                mine={a.authorId === myUserId}
                supported={myUserId !== null && a.supporterIds.includes(myUserId)}
                selectable={facilitator && a.status === 'OPEN'}
                selected={selected.includes(a.id)}
                role={role}
                myUserId={myUserId}
                onSelect={(on) =>
                  setSelected(on ? [...selected, a.id] : selected.filter((id) => id !== a.id))
                }
              />
            ))}
          </ul>
        </>
      )}
      {facilitator && votable.length > 0 && (
        <PutToVote
          boardId={boardId}
          draftId={draftId}
          clauseId={clauseId}
          amendmentIds={selected.filter((id) => votable.some((a) => a.id === id))}
          meetingId={meetingId}
          onDone={() => setSelected([])}
        />
      )}
    </section>
  );
}

function AmendmentItem(props: {
  amendment: AmendmentFieldsFragment;
  clauseText: string;
  writer: boolean;
  mine: boolean;
  supported: boolean;
  selectable: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
  role: BoardRole;
  myUserId: string | null;
}) {
  const { amendment: a, clauseText } = props;
  const [sideBySide, setSideBySide] = useState(false);
  const [discussing, setDiscussing] = useState(false);
  const [support, supporting] = useMutation(SupportAmendmentMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawAmendmentMutation);
  const against = a.status === 'ADOPTED' ? a.baseText : clauseText;
  const parts = useMemo(() => wordDiff(against, a.text), [against, a.text]);
  const headingId = useId();
  return (
    <li className={`amendment amendment-${a.status.toLowerCase()}`} aria-labelledby={headingId}>
      <div className="amendment-head">
        {props.selectable && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={props.selected}
              onChange={(e) => props.onSelect(e.target.checked)}
            />
            <span className="visually-hidden">Include amendment {a.number} in a vote</span>
          </label>
        )}
        <h3 id={headingId}>
          Amendment {a.number} <span className="muted small">by {a.authorName}</span>
        </h3>
        <span className={`status-badge amendment-status-${a.status.toLowerCase()}`}>
          {STATUS_LABEL[a.status]}
        </span>
      </div>
      {sideBySide ? (
        <div className="side-by-side">
          <div>
            <p className="eyebrow">{a.status === 'ADOPTED' ? 'Before' : 'Current text'}</p>
            <p className="clause-text">{against}</p>
          </div>
          <div>
            <p className="eyebrow">Proposed</p>
            <p className="clause-text">{a.text}</p>
          </div>
        </div>
      ) : (
        <p className="clause-text redline">
          <RedlineText parts={parts} />
        </p>
      )}
      <button type="button" className="button-link small" onClick={() => setSideBySide(!sideBySide)}>
        {sideBySide ? 'Show as redline' : 'Show side by side'}
      </button>
      <p className="amendment-rationale">
        <span className="eyebrow">Why</span> {a.rationale}
      </p>
      <p className="muted small">
        Proposed {formatDateTime(a.createdAt)} · {plural(a.supportCount, 'supporter')}
        {a.supporters.length > 0 && `: ${a.supporters.join(', ')}`} · {plural(a.commentCount, 'comment')}
        {a.status === 'ADOPTED' && (a.appliedAt ? ' · now in the draft' : ' · being written into the draft…')}
      </p>
      {props.writer && (a.status === 'OPEN' || a.status === 'VOTING') && (
        <div className="button-row">
          <button
            type="button"
            className={props.supported ? 'button-secondary' : 'button-quiet'}
            aria-pressed={props.supported}
            disabled={supporting.loading}
            onClick={() =>
              void support({ variables: { amendmentId: a.id, support: !props.supported } }).catch(
                () => undefined,
              )
            }
          >
            {props.supported ? 'Supported ✓' : 'Support'}
          </button>
          {props.mine && a.status === 'OPEN' && (
            <button
              type="button"
              className="button-quiet"
              disabled={withdrawing.loading}
              onClick={() => void withdraw({ variables: { amendmentId: a.id } }).catch(() => undefined)}
            >
              Withdraw
            </button>
          )}
        </div>
      )}
      <button
        type="button"
        className="button-link small"
        aria-expanded={discussing}
        onClick={() => setDiscussing(!discussing)}
      >
        {discussing ? 'Hide comments' : `Comments on amendment ${a.number} (${a.commentCount})`}
      </button>
      {discussing && (
        <CommentsPanel
          draftId={a.draftId}
          clauseId={a.clauseId}
          amendmentId={a.id}
          role={props.role}
          myUserId={props.myUserId}
          members={[]}
          doc={null}
        />
      )}
      <ErrorNotice error={supporting.error ?? withdrawing.error} />
    </li>
  );
}

function ProposeForm({
  draftId,
  clauseId,
  clauseText,
  onDone,
}: {
  draftId: string;
  clauseId: string;
  clauseText: string;
  onDone: () => void;
}) {
  const [text, setText] = useState(clauseText);
  const [rationale, setRationale] = useState('');
  const [propose, { loading, error }] = useMutation(ProposeAmendmentMutation, {
    refetchQueries: [AmendmentsQuery],
  });
  const textId = useId();
  const whyId = useId();
  const preview = useMemo(() => wordDiff(clauseText, text), [clauseText, text]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    await propose({ variables: { input: { draftId, clauseId, text, rationale } } }).then(
      onDone,
      () => undefined,
    );
  }
  return (
    <form className="card-quiet propose-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={textId}>New wording for the clause body</label>
        <p className="field-hint">
          One paragraph per line. Start from the current text and change what you would change.
        </p>
        <textarea
          id={textId}
          rows={6}
          required
          maxLength={DELIBERATION_LIMITS.amendmentTextMax}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p className="small" aria-live="polite">
        <span className="eyebrow">Your change</span> <RedlineText parts={preview} />
      </p>
      <div className="field">
        <label htmlFor={whyId}>Why is this better?</label>
        <textarea
          id={whyId}
          rows={3}
          required
          maxLength={DELIBERATION_LIMITS.rationaleMax}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
      </div>
      <ErrorNotice error={error} />
      <div className="button-row">
        <button
          type="submit"
          className="button-primary"
          disabled={loading || text.trim() === clauseText.trim() || !rationale.trim()}
        >
          Propose amendment
        </button>
        <button type="button" className="button-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function PutToVote({
  boardId,
  draftId,
  clauseId,
  amendmentIds,
  meetingId,
  onDone,
}: {
  boardId: string;
  draftId: string;
  clauseId: string;
  amendmentIds: string[];
  meetingId: string | null;
  onDone: () => void;
}) {
  const [kind, setKind] = useState<QuestionKind>('CHOICE');
  const [secret, setSecret] = useState(false);
  const [create, { loading, error }] = useMutation(CreateQuestionMutation, {
    refetchQueries: [AmendmentsQuery, QuestionsQuery],
  });
  const kindId = useId();
  const single = amendmentIds.length === 1;
  return (
    <form
      className="card-quiet put-to-vote"
      onSubmit={(e) => {
        e.preventDefault();
        void create({
          variables: {
            input: {
              boardId,
              subject: 'AMENDMENTS',
              draftId,
              clauseId,
              amendmentIds,
              meetingId,
              kind: single && kind === 'APPROVAL' ? 'APPROVAL' : kind === 'APPROVAL' ? 'CHOICE' : kind,
              prompt: single ? 'Adopt this amendment?' : 'Which wording should this clause have?',
              secret,
              ...(meetingId ? { quorumBase: 'PRESENT' as const, quorumPercent: 50 } : {}),
            },
          },
        }).then(onDone, () => undefined);
      }}
    >
      <p>
        <strong>Put to a vote:</strong>{' '}
        {amendmentIds.length === 0
          ? 'tick the amendments to include.'
          : `${plural(amendmentIds.length, 'amendment')} and “keep the current text”.`}
      </p>
      <div className="inline-form">
        <label htmlFor={kindId}>How</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as QuestionKind)}>
          <option value="CHOICE">Choose one</option>
          <option value="RANKED">Rank them (instant runoff)</option>
          {single && <option value="APPROVAL">Approve / object to the one amendment</option>}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={secret} onChange={(e) => setSecret(e.target.checked)} /> Secret
          ballot
        </label>
        <button type="submit" className="button-primary" disabled={loading || amendmentIds.length === 0}>
          Open the vote
        </button>
      </div>
      <ErrorNotice error={error} />
    </form>
  );
}
