import { useMutation } from '@apollo/client/react';
import {
  DELIBERATION_LIMITS,
  kindLabel,
  thresholdLabel,
  type QuestionKind,
  type Threshold,
} from '@roundtable/shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ConfirmButton } from '../app/ConfirmDialog';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatDateTime, plural } from '../app/format';
import type { BoardRole, QuestionFieldsFragment } from '../gql/graphql';
import { ballotOptions, choiceLabel, move } from './ballot';
import {
  CastBallotMutation,
  CloseQuestionMutation,
  OpenQuestionMutation,
  ReopenQuestionMutation,
} from './operations';
import { TallyChart } from './TallyChart';
import './deliberation.css';

export type VoteQuestion = QuestionFieldsFragment & {
  canVote?: boolean;
  myBallot?: { choice: string | null; ranking: string[] | null; reason: string | null; round: number } | null;
};

const STATE_LABEL = { DRAFT: 'Not open yet', OPEN: 'Open', CLOSED: 'Closed' } as const;

/**
 * One vote: what is asked and under which rules, the ballot (changeable until close), the
 * count when the rules allow it, and — for facilitators — opening and closing in one click.
 */
export function VoteCard({
  question,
  role,
  headingLevel = 3,
}: {
  question: VoteQuestion;
  role: BoardRole;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as 'h3';
  const headingId = useId();
  const facilitator = role === 'FACILITATOR';
  const [openQuestion, opening] = useMutation(OpenQuestionMutation);
  const [closeQuestion, closing] = useMutation(CloseQuestionMutation);
  const [reopenQuestion, reopening] = useMutation(ReopenQuestionMutation);
  const controlError = opening.error ?? closing.error ?? reopening.error;
  const latest = question.results[0];
  // `canVote` was read when the card loaded; a close arriving live changes `state` and must take
  // the form away at once, whatever `canVote` the cache still holds.
  const votable = Boolean(question.canVote) && question.state === 'OPEN';

  return (
    <article className={`vote-card vote-${question.state.toLowerCase()}`} aria-labelledby={headingId}>
      <header className="vote-header">
        <Heading id={headingId} className="vote-prompt">
          {question.prompt}
        </Heading>
        <p className="vote-badges">
          <span className={`status-badge vote-state-${question.state.toLowerCase()}`}>
            {STATE_LABEL[question.state]}
          </span>
          <span className="status-badge">{question.secret ? 'Secret ballot' : 'Recorded vote'}</span>
          <span className="status-badge">{question.liveResults ? 'Live results' : 'Results at close'}</span>
          {question.round > 1 && <span className="status-badge">Round {question.round}</span>}
        </p>
        <p className="meta small">
          {kindLabel(question.kind as QuestionKind)} · {thresholdLabel(question.threshold as Threshold)}
          {(question.quorumCount || question.quorumPercent) && (
            <>
              {' '}
              · quorum {question.quorumCount ? plural(question.quorumCount, 'ballot') : ''}
              {question.quorumCount && question.quorumPercent ? ' or ' : ''}
              {question.quorumPercent
                ? `${question.quorumPercent}% of ${question.quorumBase === 'PRESENT' ? 'those present' : 'members'}`
                : ''}
            </>
          )}
          {question.deadline && question.state !== 'CLOSED' && (
            <> · closes {formatDateTime(question.deadline)}</>
          )}
        </p>
      </header>

      {question.state === 'OPEN' && (
        <p className="vote-participation">
          <meter
            min={0}
            max={Math.max(1, question.eligibleCount)}
            value={question.ballotCount}
            aria-label="Ballots cast"
          />{' '}
          {question.ballotCount} of {plural(question.eligibleCount, 'member')} have voted.
        </p>
      )}

      {votable && <BallotForm question={question} />}
      {!question.canVote && question.state === 'OPEN' && role === 'OBSERVER' && (
        <p className="muted small">Observers follow votes; members and facilitators cast ballots.</p>
      )}
      {question.myBallot && question.state === 'CLOSED' && question.myBallot.round === question.round && (
        <p className="small">
          Your ballot:{' '}
          {question.myBallot.ranking
            ? question.myBallot.ranking.map((id) => choiceLabel(id, question.options)).join(' › ') ||
              'Abstain'
            : choiceLabel(question.myBallot.choice, question.options)}
        </p>
      )}

      {question.tally ? (
        <TallyChart tally={question.tally} title={`Result of “${question.prompt}”`} />
      ) : (
        question.state === 'OPEN' && <p className="muted small">The count is shown when the vote closes.</p>
      )}

      {question.state === 'CLOSED' && latest && (
        <div className="vote-record">
          {latest.dissents.length > 0 && (
            <>
              <h4 className="subheading">Dissents</h4>
              <ul className="dissents">
                {latest.dissents.map((d, i) => (
                  <li key={i}>
                    <span className="status-badge">{choiceLabel(d.choice, question.options)}</span> {d.reason}
                    {d.voterName && <span className="muted"> — {d.voterName}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {question.votes && question.votes.length > 0 && (
            <details>
              <summary>How each member voted ({question.votes.length})</summary>
              <table className="recorded-votes">
                <thead>
                  <tr>
                    <th scope="col">Member</th>
                    <th scope="col">Ballot</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  {question.votes.map((v) => (
                    <tr key={v.voterId}>
                      <td>{v.voterName}</td>
                      <td>
                        {v.ranking
                          ? v.ranking.map((id) => choiceLabel(id, question.options)).join(' › ') || 'Abstain'
                          : choiceLabel(v.choice, question.options)}
                      </td>
                      <td>{v.reason ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
          <p className="muted small hash">
            Wording voted on: sha256 <code>{latest.textHashAtOpen.slice(0, 16)}…</code>
            {latest.textChanged && <strong> — the wording changed while the vote was open.</strong>} · closed{' '}
            {formatDateTime(latest.closedAt)}
            {latest.closeReason === 'DEADLINE' && ' at its deadline'}
          </p>
          {question.results.length > 1 && (
            <details>
              <summary>Earlier rounds</summary>
              <ul>
                {question.results.slice(1).map((r) => (
                  <li key={r.round}>
                    Round {r.round}: {r.tally.summary}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}

      {facilitator && (
        <div className="button-row vote-controls">
          {question.state === 'DRAFT' && (
            <button
              type="button"
              className="button-primary"
              disabled={opening.loading}
              onClick={() =>
                void openQuestion({ variables: { questionId: question.id } }).catch(() => undefined)
              }
            >
              Open the vote
            </button>
          )}
          {question.state === 'OPEN' && (
            <ConfirmButton
              className="button-primary"
              disabled={closing.loading}
              title="Close this vote?"
              confirmLabel="Close the vote"
              explanation={
                <>
                  <p>
                    “{question.prompt}” stops taking ballots now, with{' '}
                    {plural(question.ballotCount, 'ballot')} of {question.eligibleCount} cast. The result is
                    recorded with the wording voted on and <strong>cannot be changed</strong>.
                  </p>
                  <p>Reopening it later starts a new round; this round’s result stays in the record.</p>
                </>
              }
              onConfirm={() => closeQuestion({ variables: { questionId: question.id } })}
            >
              Close the vote
            </ConfirmButton>
          )}
          {question.state === 'CLOSED' && (
            <button
              type="button"
              className="button-secondary"
              disabled={reopening.loading}
              onClick={() =>
                void reopenQuestion({ variables: { input: { questionId: question.id } } }).catch(
                  () => undefined,
                )
              }
            >
              Reopen (new round)
            </button>
          )}
        </div>
      )}
      <ErrorNotice error={controlError} />
    </article>
  );
}

function BallotForm({ question }: { question: VoteQuestion }) {
  const mine = question.myBallot && question.myBallot.round === question.round ? question.myBallot : null;
  const [choice, setChoice] = useState<string | null>(mine?.choice ?? null);
  const [ranking, setRanking] = useState<string[]>(mine?.ranking ?? []);
  const [reason, setReason] = useState(mine?.reason ?? '');
  const [saved, setSaved] = useState(false);
  const [cast, { loading, error }] = useMutation(CastBallotMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify({ __typename: 'Question', id: question.id }),
        fields: {
          myBallot: (_existing, { toReference }) =>
            toReference({
              __typename: 'MyBallot',
              questionId: data.castBallot.questionId,
              round: data.castBallot.round,
            }) ?? null,
        },
      });
    },
  });
  const groupId = useId();
  const reasonId = useId();
  useEffect(() => setSaved(false), [choice, ranking, reason]);

  const ranked = question.kind === 'RANKED';
  const options = ballotOptions(question.kind, question.threshold, question.options);
  const unranked = question.options.filter((o) => !ranking.includes(o.id));
  const needsReason = choice === 'OBJECT' || choice === 'BLOCK';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ranked && !choice) return;
    await cast({
      variables: {
        input: {
          questionId: question.id,
          ...(ranked ? { ranking } : { choice }),
          reason: reason.trim() || null,
        },
      },
    }).then(
      () => setSaved(true),
      () => undefined,
    );
  }

  return (
    <form className="ballot" onSubmit={submit} aria-describedby={`${groupId}-status`}>
      {ranked ? (
        <fieldset>
          <legend>Rank the alternatives you accept, most preferred first</legend>
          {ranking.length === 0 && (
            <p className="muted small">Nothing ranked yet: submitting now abstains.</p>
          )}
          <ol className="ranking">
            {ranking.map((id, i) => {
              const label = question.options.find((o) => o.id === id)?.label ?? id;
              return (
                <li key={id}>
                  <span className="ranking-label">{label}</span>
                  <span className="button-row">
                    <button
                      type="button"
                      className="button-quiet"
                      onClick={() => setRanking(move(ranking, i, -1))}
                      disabled={i === 0}
                      aria-label={`Move ${label} up`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button-quiet"
                      onClick={() => setRanking(move(ranking, i, 1))}
                      disabled={i === ranking.length - 1}
                      aria-label={`Move ${label} down`}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button-quiet"
                      onClick={() => setRanking(ranking.filter((x) => x !== id))}
                      aria-label={`Remove ${label} from your ranking`}
                    >
                      Remove
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          {unranked.length > 0 && (
            <p className="button-row">
              {unranked.map((o) => (
                <button
                  key={o.id}
                  type="button"
                  className="button-secondary"
                  onClick={() => setRanking([...ranking, o.id])}
                >
                  Rank “{o.label}” {ranking.length + 1}
                </button>
              ))}
            </p>
          )}
        </fieldset>
      ) : (
        <fieldset>
          <legend>Your ballot</legend>
          <div className="ballot-choices">
            {options.map((o) => (
              <label
                key={o.value}
                className={`ballot-choice${choice === o.value ? ' ballot-choice-selected' : ''}`}
              >
                <input
                  type="radio"
                  name={`${groupId}-choice`}
                  value={o.value}
                  checked={choice === o.value}
                  onChange={() => setChoice(o.value)}
                />
                <span>
                  <span className="ballot-choice-label">{o.label}</span>
                  {o.hint && <span className="muted small ballot-choice-hint">{o.hint}</span>}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={reasonId}>{needsReason ? 'Why? (recorded as a dissent)' : 'Reason (optional)'}</label>
        <textarea
          id={reasonId}
          rows={2}
          maxLength={DELIBERATION_LIMITS.commentMax}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={loading || (!ranked && !choice)}>
          {mine ? 'Change my ballot' : 'Cast my ballot'}
        </button>
        <span id={`${groupId}-status`} role="status" className="small">
          {saved
            ? 'Ballot saved. You can change it until the vote closes.'
            : mine
              ? `You voted: ${ranked ? (mine.ranking ?? []).map((id) => choiceLabel(id, question.options)).join(' › ') || 'Abstain' : choiceLabel(mine.choice, question.options)}.`
              : ''}
        </span>
      </div>
      <ErrorNotice error={error} />
    </form>
  );
}
