import { useMutation, useQuery } from '@apollo/client/react';
import {
  allowedThresholds,
  thresholdLabel,
  VOTE_LIMITS,
  type QuestionKind as Kind,
} from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../app/ErrorNotice';
import { Loading } from '../app/Loading';
import type { BoardRole, QuestionKind, QuestionSubject, Threshold } from '../gql/graphql';
import { useQuestionUpdates } from './live';
import { CreateQuestionMutation, QuestionsQuery } from './operations';
import { VoteCard } from './VoteCard';

interface Scope {
  boardId: string;
  draftId?: string | null;
  clauseId?: string | null;
  meetingId?: string | null;
}

/** The votes about one clause (or of one meeting), newest first, live. */
export function QuestionsPanel({
  scope,
  role,
  emptyText = 'No votes yet.',
  cardHeadingLevel = 4,
}: {
  scope: Scope;
  role: BoardRole;
  emptyText?: string;
  /** One under the heading the panel sits beneath (the clause panel's is an h2). */
  cardHeadingLevel?: 3 | 4;
}) {
  const { data, loading, error, refetch } = useQuery(QuestionsQuery, {
    variables: {
      boardId: scope.boardId,
      draftId: scope.draftId ?? null,
      clauseId: scope.clauseId ?? null,
      meetingId: scope.meetingId ?? null,
      take: 50,
    },
    fetchPolicy: 'cache-and-network',
  });
  const questions = data?.questions ?? [];
  useQuestionUpdates(scope.boardId, (id) => {
    if (!questions.some((q) => q.id === id)) void refetch().catch(() => undefined);
  });
  if (loading && !data) return <Loading label="Loading votes…" />;
  return (
    <section className="questions" aria-label="Votes">
      <ErrorNotice error={error} />
      {role === 'FACILITATOR' && scope.clauseId && (
        <NewQuestionForm scope={scope} subject="CLAUSE" defaultPrompt="Approve this clause as written?" />
      )}
      {questions.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="question-list">
          {questions.map((q) => (
            <li key={q.id}>
              <VoteCard question={q} role={role} headingLevel={cardHeadingLevel} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A facilitator puts a question: on a clause as written, or a motion. Rules default to the
 * common case (approve/object by simple majority, recorded, results at close).
 */
export function NewQuestionForm({
  scope,
  subject,
  defaultPrompt = '',
  onDone,
}: {
  scope: Scope;
  subject: QuestionSubject;
  defaultPrompt?: string;
  onDone?: () => void;
}) {
  const [prompt, setPrompt] = useState(defaultPrompt);
  const [kind, setKind] = useState<QuestionKind>('APPROVAL');
  const [threshold, setThreshold] = useState<Threshold>('SIMPLE_MAJORITY');
  const [options, setOptions] = useState('');
  const [secret, setSecret] = useState(false);
  const [live, setLive] = useState(false);
  const [quorumPercent, setQuorumPercent] = useState('');
  const [deadline, setDeadline] = useState('');
  const [open, setOpen] = useState(true);
  const [expanded, setExpanded] = useState(false);
  const [create, { loading, error }] = useMutation(CreateQuestionMutation, {
    refetchQueries: [QuestionsQuery],
  });
  const ids = {
    prompt: useId(),
    kind: useId(),
    threshold: useId(),
    options: useId(),
    quorum: useId(),
    deadline: useId(),
  };
  const thresholds = allowedThresholds(kind as Kind);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await create({
      variables: {
        input: {
          boardId: scope.boardId,
          draftId: scope.draftId ?? null,
          clauseId: subject === 'CLAUSE' ? scope.clauseId : null,
          meetingId: scope.meetingId ?? null,
          subject,
          prompt,
          kind,
          threshold: thresholds.includes(threshold as never) ? threshold : (thresholds[0] as Threshold),
          options:
            kind === 'APPROVAL'
              ? null
              : options
                  .split('\n')
                  .map((o) => o.trim())
                  .filter(Boolean),
          secret,
          liveResults: live && !secret,
          quorumPercent: quorumPercent ? Number(quorumPercent) : null,
          quorumBase: scope.meetingId ? 'PRESENT' : 'ELIGIBLE',
          deadline: deadline ? new Date(deadline).toISOString() : null,
          open,
        },
      },
    }).then(
      () => {
        setExpanded(false);
        onDone?.();
      },
      () => undefined,
    );
  }

  if (!expanded) {
    return (
      <button type="button" className="button-secondary" onClick={() => setExpanded(true)}>
        {subject === 'CLAUSE' ? 'Put this clause to a vote…' : 'New vote…'}
      </button>
    );
  }
  return (
    <form className="card-quiet new-question" onSubmit={submit}>
      <div className="field">
        <label htmlFor={ids.prompt}>Question</label>
        <input
          id={ids.prompt}
          required
          maxLength={VOTE_LIMITS.promptMax}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
        />
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.kind}>Kind</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as QuestionKind)}>
            <option value="APPROVAL">Approve / object / abstain</option>
            {subject !== 'CLAUSE' && <option value="CHOICE">Choose one of several</option>}
            {subject !== 'CLAUSE' && <option value="RANKED">Rank alternatives (instant runoff)</option>}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.threshold}>Needs</label>
          <select
            id={ids.threshold}
            value={thresholds.includes(threshold as never) ? threshold : thresholds[0]}
            onChange={(e) => setThreshold(e.target.value as Threshold)}
          >
            {thresholds.map((t) => (
              <option key={t} value={t}>
                {thresholdLabel(t)}
                {t === 'CONSENSUS' ? ' (members may block)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.quorum}>Quorum (% of {scope.meetingId ? 'those present' : 'members'})</label>
          <input
            id={ids.quorum}
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            value={quorumPercent}
            onChange={(e) => setQuorumPercent(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.deadline}>Closes automatically at (optional)</label>
          <input
            id={ids.deadline}
            type="datetime-local"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
        </div>
      </div>
      {kind !== 'APPROVAL' && (
        <div className="field">
          <label htmlFor={ids.options}>Alternatives, one per line</label>
          <textarea
            id={ids.options}
            rows={3}
            required
            value={options}
            onChange={(e) => setOptions(e.target.value)}
          />
        </div>
      )}
      <fieldset className="checkbox-row">
        <legend className="visually-hidden">Ballot rules</legend>
        <label className="checkbox">
          <input type="checkbox" checked={secret} onChange={(e) => setSecret(e.target.checked)} /> Secret
          ballot (nobody sees who chose what)
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={live && !secret}
            disabled={secret}
            onChange={(e) => setLive(e.target.checked)}
          />{' '}
          Show the count while open
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} /> Open it now
        </label>
      </fieldset>
      <ErrorNotice error={error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={loading || !prompt.trim()}>
          {open ? 'Open the vote' : 'Prepare the vote'}
        </button>
        <button type="button" className="button-quiet" onClick={() => setExpanded(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
