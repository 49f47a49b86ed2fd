import {
  BASELINE_STATUS_LABELS,
  REDLINE_STATUS_LABELS,
  describeRedline,
  type RedlinePart,
  type RedlineSummary,
} from '@roundtable/shared';
import { RedlineLegend, RedlineText } from './RedlineText';

export interface RedlineEntryView {
  clauseId: string;
  status: string;
  moved: boolean;
  before: { number: string; heading: string } | null;
  after: { number: string; heading: string } | null;
  heading: readonly RedlinePart[];
  text: readonly RedlinePart[];
}

interface Props {
  fromLabel: string;
  toLabel: string;
  summary: RedlineSummary;
  entries: readonly RedlineEntryView[];
  showUnchanged?: boolean;
  /** The older side is the department's imported policy: its clauses are numbered as the department numbered them. */
  againstBaseline?: boolean;
}

/** Clause-by-clause changes between two versions (or a version and the live draft, or the department's policy and the draft). */
export function RedlineView({
  fromLabel,
  toLabel,
  summary,
  entries,
  showUnchanged = false,
  againstBaseline = false,
}: Props) {
  const labels = againstBaseline ? BASELINE_STATUS_LABELS : REDLINE_STATUS_LABELS;
  const was = againstBaseline ? 'department §' : 'was §';
  const shown = showUnchanged ? entries : entries.filter((e) => e.status !== 'UNCHANGED');
  return (
    <section className="redline" aria-label={`Changes from ${fromLabel} to ${toLabel}`}>
      <p>
        <strong>
          {fromLabel} → {toLabel}:
        </strong>{' '}
        {describeRedline(summary)}.{summary.unchanged > 0 && ` ${summary.unchanged} unchanged.`}
      </p>
      <RedlineLegend />
      {againstBaseline && (
        <p className="muted small">
          Clauses are paired by heading. Struck-through text is in the department&rsquo;s policy only;
          underlined text is new in the draft.
        </p>
      )}
      {shown.length === 0 && <p className="empty-hint">No clause differs.</p>}
      <ol className="redline-list">
        {shown.map((e) => (
          <li key={`${e.clauseId}-${e.status}`} className={`redline-entry redline-${e.status.toLowerCase()}`}>
            <p className="redline-status">
              <span className="status-badge">
                {labels[e.status] ?? e.status}
                {e.moved && e.status === 'CHANGED' ? ' and moved' : ''}
              </span>{' '}
              {e.after ? `§ ${e.after.number}` : `${was} ${e.before?.number}`}
              {againstBaseline
                ? e.before && e.after && ` (${was} ${e.before.number})`
                : e.moved && e.before && e.after && ` (${was} ${e.before.number})`}
            </p>
            <h4 className="redline-heading" dir="auto">
              <RedlineText parts={e.heading} />
            </h4>
            {e.status !== 'MOVED' && (
              <p className="redline-body" dir="auto">
                <RedlineText parts={e.text} />
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
