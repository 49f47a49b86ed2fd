import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { describeError } from '../app/errors';
import { ErrorNotice } from '../app/ErrorNotice';
import { Field } from '../app/Field';
import { formatDateTime } from '../app/format';
import { Loading } from '../app/Loading';
import type { BoardRole, MinorityReportsQuery as MinorityReportsResult } from '../gql/graphql';
import {
  ClauseQuestionsForReportQuery,
  CreateMinorityReportMutation,
  MinorityReportsChangedSubscription,
  MinorityReportsQuery,
  SignMinorityReportMutation,
  UpdateMinorityReportMutation,
  WithdrawMinorityReportMutation,
} from './operations';
import './minority-reports.css';

const TITLE_MAX = 200;
const BODY_MAX = 20000;

type Report = MinorityReportsResult['minorityReports'][number];

interface Props {
  boardId: string;
  draftId: string;
  clauseId: string;
  role: BoardRole;
  myUserId: string | null;
}

/**
 * Minority reports on one clause: members who disagree with the board's wording say why, others
 * co-sign, and each goes into the packet beside the clause. Its author can change it until a
 * packet including it is published.
 */
export function MinorityReportsPanel({ boardId, draftId, clauseId, role, myUserId }: Props) {
  const { data, loading, error, refetch } = useQuery(MinorityReportsQuery, {
    variables: { draftId, clauseId },
    fetchPolicy: 'cache-and-network',
  });
  const questions =
    useQuery(ClauseQuestionsForReportQuery, {
      variables: { boardId, draftId, clauseId },
      fetchPolicy: 'cache-and-network',
    }).data?.questions ?? [];
  const [writing, setWriting] = useState(false);
  const writer = role !== 'OBSERVER';
  const reports = data?.minorityReports ?? [];
  const reload = () => void refetch().catch(() => undefined);
  // A change elsewhere (another member, another tab) to a report on this clause: read them again.
  useSubscription(MinorityReportsChangedSubscription, {
    variables: { draftId },
    onData: ({ data: pushed }) => {
      const change = pushed.data?.minorityReportsChanged;
      if (change && (change.clauseId === clauseId || reports.some((r) => r.id === change.reportId))) reload();
    },
  });

  if (loading && !data) return <Loading label="Loading minority reports…" />;
  return (
    <section className="minority-reports" aria-label="Minority reports on this clause">
      <ErrorNotice error={error} />
      <p className="muted small">
        A minority report records why some members disagree with this clause. It is published in the packet
        with the names of everyone who signs it.
      </p>
      {writer && !writing && (
        <button type="button" className="button-secondary" onClick={() => setWriting(true)}>
          Write a minority report
        </button>
      )}
      {writing && (
        <ReportForm
          draftId={draftId}
          clauseId={clauseId}
          questions={questions}
          onDone={() => {
            setWriting(false);
            reload();
          }}
        />
      )}
      {reports.length === 0 ? (
        <p className="muted">No minority reports on this clause.</p>
      ) : (
        <ul className="report-list">
          {reports.map((r) => (
            <ReportItem
              key={r.id}
              report={r}
              draftId={draftId}
              writer={writer}
              myUserId={myUserId}
              onChanged={reload}
              aboutVote={questions.find((q) => q.id === r.questionId)?.prompt ?? null}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportItem({
  report: r,
  draftId,
  writer,
  myUserId,
  onChanged,
  aboutVote,
}: {
  report: Report;
  draftId: string;
  writer: boolean;
  myUserId: string | null;
  onChanged: () => void;
  aboutVote: string | null;
}) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sign, { loading: signing }] = useMutation(SignMinorityReportMutation);
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawMinorityReportMutation);
  const mine = myUserId !== null && r.authorId === myUserId;
  const signed = r.signatories.some((s) => s.userId === myUserId);
  const headingId = useId();

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
      onChanged();
    } catch (e) {
      setProblem(describeError(e).message);
    }
  }

  if (editing)
    return (
      <li className="report">
        <ReportForm
          draftId={draftId}
          existing={r}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      </li>
    );
  return (
    <li className="report" aria-labelledby={headingId}>
      <h3 id={headingId} className="report-title" dir="auto">
        {r.title}
      </h3>
      <p className="meta">
        By {r.authorName ?? 'a former member'} · {formatDateTime(r.createdAt)}
        {r.locked && <span className="status-badge"> Published, can no longer change</span>}
      </p>
      {r.questionId && (
        <p className="small" dir="auto">
          About the vote: {aboutVote ?? 'a vote on this clause'}
        </p>
      )}
      <div className="report-body" dir="auto">
        {r.body.split('\n').map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <p className="small">
        {r.signatories.length === 0
          ? 'No co-signers yet.'
          : `Co-signed by ${r.signatories.map((s) => s.name).join(', ')}.`}
      </p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {writer && !r.locked && (
        <div className="button-row">
          {!mine && (
            <button
              type="button"
              className={signed ? 'button-quiet' : 'button-secondary'}
              disabled={signing}
              aria-pressed={signed}
              onClick={() =>
                run(() => sign({ variables: { input: { draftId, reportId: r.id, signed: !signed } } }))
              }
            >
              {signed ? 'Remove my signature' : 'Co-sign'}
              <span className="visually-hidden"> “{r.title}”</span>
            </button>
          )}
          {mine && (
            <>
              <button type="button" className="button-quiet" onClick={() => setEditing(true)}>
                Edit<span className="visually-hidden"> “{r.title}”</span>
              </button>
              <button
                type="button"
                className="button-quiet"
                disabled={withdrawing}
                onClick={() => {
                  if (window.confirm('Withdraw this minority report? Its co-signatures go with it.'))
                    void run(() => withdraw({ variables: { input: { draftId, reportId: r.id } } }));
                }}
              >
                Withdraw<span className="visually-hidden"> “{r.title}”</span>
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

function ReportForm({
  draftId,
  clauseId,
  questions = [],
  existing,
  onDone,
}: {
  draftId: string;
  clauseId?: string;
  questions?: readonly { id: string; prompt: string }[];
  existing?: Report;
  onDone: () => void;
}) {
  const [title, setTitle] = useState(existing?.title ?? '');
  const [questionId, setQuestionId] = useState('');
  const [body, setBody] = useState(existing?.body ?? '');
  const [errors, setErrors] = useState<{ title?: string; body?: string; form?: string }>({});
  const [create, { loading: creating }] = useMutation(CreateMinorityReportMutation);
  const [update, { loading: updating }] = useMutation(UpdateMinorityReportMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      title: title.trim() ? undefined : 'Give the report a title.',
      body: body.trim() ? undefined : 'Say why you disagree.',
    };
    setErrors(next);
    if (next.title || next.body) return;
    try {
      if (existing)
        await update({
          variables: { input: { draftId, reportId: existing.id, title: title.trim(), body: body.trim() } },
        });
      else
        await create({ variables: { input: { draftId, clauseId, title: title.trim(), body: body.trim() } } });
      onDone();
    } catch (e) {
      setErrors({ form: describeError(e).message });
    }
  }

  return (
    <form
      className="form report-form"
      onSubmit={submit}
      noValidate
      aria-label={existing ? 'Edit minority report' : 'New minority report'}
    >
      {!existing && questions.length > 0 && (
        <Field label="About">
          {(p) => (
            <select {...p} value={questionId} onChange={(e) => setQuestionId(e.target.value)}>
              <option value="">This clause as a whole</option>
              {questions.map((q) => (
                <option key={q.id} value={q.id}>
                  The vote: {q.prompt}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label="Title" error={errors.title}>
        {(p) => (
          <input
            {...p}
            type="text"
            maxLength={TITLE_MAX}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Why you disagree"
        error={errors.body}
        hint="Written for officials: say what you would do instead and why."
      >
        {(p) => (
          <textarea
            {...p}
            rows={6}
            maxLength={BODY_MAX}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={creating || updating}>
          {existing ? 'Save changes' : 'Add minority report'}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
