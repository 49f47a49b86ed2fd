import { TOOLKIT_TEMPLATE } from '@roundtable/shared';
import { Link } from 'react-router';
import { formatDate } from '../app/format';
import './drafts.css';

interface Props {
  draftId: string;
  startingPoint: string;
  baseline: { sourceName: string; createdByName: string; createdAt: string; sha256: string } | null;
}

/**
 * How the draft began: for a template draft, the drafting notes behind each scaffold clause (kept
 * out of the clause text); for an imported one, where the department's policy came from and a
 * way to compare with it.
 */
export function StartingPointAside({ draftId, startingPoint, baseline }: Props) {
  if (baseline) {
    return (
      <aside className="card starting-point" aria-labelledby="baseline-aside-heading">
        <h2 id="baseline-aside-heading" className="aside-heading">
          Department baseline
        </h2>
        <p>
          Imported from <strong dir="auto">{baseline.sourceName}</strong> by {baseline.createdByName} on{' '}
          {formatDate(baseline.createdAt)}. It never changes.
        </p>
        <p className="muted small">
          SHA-256 <code>{baseline.sha256.slice(0, 16)}…</code>
        </p>
        <p>
          <Link to={`/drafts/${draftId}/packet?compare=baseline#compare-heading`}>
            Compare this draft with the department&rsquo;s policy
          </Link>
        </p>
      </aside>
    );
  }
  if (startingPoint !== 'TEMPLATE') return null;
  return (
    <aside className="card starting-point" aria-labelledby="template-notes-summary">
      <details open>
        <summary id="template-notes-summary">Drafting notes for the template clauses</summary>
        <p className="muted small">
          Each starting clause has [placeholders] to replace. These notes say what the board should decide;
          they are not part of the policy text.
        </p>
        <dl className="drafting-notes">
          {TOOLKIT_TEMPLATE.map((t) => (
            <div key={t.componentId}>
              <dt>{t.heading}</dt>
              <dd>{t.guidance}</dd>
            </div>
          ))}
        </dl>
      </details>
    </aside>
  );
}
