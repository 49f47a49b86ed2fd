import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../app/ErrorNotice';
import { Loading } from '../app/Loading';
import { KIND_LABEL, SEVERITY_LABEL } from '../editor/checkLabels';
import type { CheckFindingFieldsFragment } from '../gql/graphql';
import {
  CheckDismissalsQuery,
  ClauseChecksQuery,
  DismissCheckMarkMutation,
  UndismissCheckMarkMutation,
} from './operations';
import './coverage.css';
import { SeverityIcon } from '../editor/SeverityIcon';

interface Props {
  draftId: string;
  clauseId: string;
  /** The clause text as the reader sees it; the list is re-read shortly after it changes. */
  clauseText: string;
  canWrite: boolean;
}

/** The language checks of one clause: why each matters, a better wording, and dismiss-with-reason. */
export function ChecksPanel({ draftId, clauseId, clauseText, canWrite }: Props) {
  const { data, loading, error, refetch } = useQuery(ClauseChecksQuery, {
    variables: { id: draftId },
    fetchPolicy: 'cache-and-network',
  });
  // The server reads the clause mirror, which trails the live text by up to a second.
  useEffect(() => {
    const timer = setTimeout(() => void refetch().catch(() => undefined), 1500);
    return () => clearTimeout(timer);
  }, [clauseText, refetch]);
  const findings = data?.draft.clauses.find((c) => c.id === clauseId)?.checks ?? [];
  if (loading && !data) return <Loading label="Checking the wording…" />;
  const open = findings.filter((f) => !f.dismissed);
  return (
    <div className="checks-panel">
      <ErrorNotice error={error} />
      <p className="muted small">
        {open.length === 0
          ? 'No open language findings on this clause.'
          : `${open.length} open finding${open.length === 1 ? '' : 's'}${findings.length > open.length ? `, ${findings.length - open.length} dismissed` : ''}.`}
      </p>
      <ul className="checks-list" aria-label="Language checks on this clause">
        {findings.map((f) => (
          <Finding key={f.id} finding={f} draftId={draftId} canWrite={canWrite} />
        ))}
      </ul>
    </div>
  );
}

function Finding({
  finding: f,
  draftId,
  canWrite,
}: {
  finding: CheckFindingFieldsFragment;
  draftId: string;
  canWrite: boolean;
}) {
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const refetchQueries = [ClauseChecksQuery, CheckDismissalsQuery];
  const [dismiss, dismissState] = useMutation(DismissCheckMarkMutation, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [undismiss, undismissState] = useMutation(UndismissCheckMarkMutation, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await dismiss({
        variables: {
          input: {
            draftId,
            clauseId: f.clauseId,
            ruleId: f.ruleId,
            excerpt: f.excerpt,
            reason: reason.trim(),
          },
        },
      });
      setDismissing(false);
      setReason('');
    } catch {
      // shown by ErrorNotice below
    }
  }
  const kind = KIND_LABEL[f.ruleId] ?? f.ruleId;
  return (
    <li className={`check-finding check-finding--${f.severity}${f.dismissed ? ' is-dismissed' : ''}`}>
      <p className="check-finding-title">
        <SeverityIcon severity={f.severity} />
        <strong>
          {SEVERITY_LABEL[f.severity] ?? 'Note'}: {kind}
        </strong>
        {f.dismissed && <span className="check-dismissed-tag"> (dismissed)</span>}
      </p>
      <blockquote className="check-excerpt">“{f.excerpt}”</blockquote>
      <p>{f.explanation}</p>
      <p>
        <span className="check-label">Suggested wording:</span> {f.suggestion}
      </p>
      {f.dismissal && (
        <p className="check-dismissal">
          Dismissed by {f.dismissal.dismissedByName ?? 'a former member'}: {f.dismissal.reason}
        </p>
      )}
      {canWrite && f.dismissal && (
        <button
          type="button"
          className="button-quiet"
          disabled={undismissState.loading}
          onClick={() =>
            void undismiss({ variables: { input: { draftId, dismissalId: f.dismissal!.id } } }).catch(
              () => undefined,
            )
          }
        >
          Restore this mark
          <span className="visually-hidden">
            : {kind}, “{f.excerpt}”
          </span>
        </button>
      )}
      {canWrite && !f.dismissed && !dismissing && (
        <button type="button" className="button-quiet" onClick={() => setDismissing(true)}>
          Dismiss
          <span className="visually-hidden">
            {' '}
            {kind}, “{f.excerpt}”
          </span>
        </button>
      )}
      {dismissing && (
        <form className="check-dismiss-form" onSubmit={submit}>
          <label htmlFor={reasonId}>Why does this not apply? (the board and the packet see it)</label>
          <textarea
            id={reasonId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            minLength={3}
            maxLength={1000}
            rows={2}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="button-primary"
              disabled={dismissState.loading || reason.trim().length < 3}
            >
              Dismiss with this reason
            </button>
            <button type="button" className="button-quiet" onClick={() => setDismissing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <ErrorNotice error={dismissState.error ?? undismissState.error} />
    </li>
  );
}
