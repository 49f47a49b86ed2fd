import { TOOLKIT_TEMPLATE } from '@roundtable/shared';
import { Link } from 'react-router';
import { formatDate } from '../app/format';
import { AttachBaseline } from './AttachBaseline';
import './drafts.css';

interface Props {
  boardId: string;
  draftId: string;
  /** Facilitators may attach the department's policy to a draft that has none. */
  canAttachBaseline: boolean;
  startingPoint: string;
  baseline: { sourceName: string; createdByName: string; createdAt: string; sha256: string } | null;
}

/**
 * How the draft began: for a template draft, the drafting notes behind each scaffold clause (kept
 * out of the clause text); for a draft with a baseline, where the department's policy came from
 * and a way to compare with it; for a facilitator on a draft without one, a way to attach it.
 */
export function StartingPointAside({ boardId, draftId, canAttachBaseline, startingPoint, baseline }: Props) {
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
  const attach = canAttachBaseline && <AttachBaseline boardId={boardId} draftId={draftId} />;
  if (startingPoint !== 'TEMPLATE') {
    return attach ? (
      <aside className="card starting-point" aria-label="Department baseline">
        {attach}
      </aside>
    ) : null;
  }
  return (
    <aside className="card starting-point" aria-labelledby="template-notes-summary">
      {attach}
      <details open>
        <summary id="template-notes-summary">Drafting notes for the template clauses</summary>
        <p className="muted small">
          Each starting clause has [placeholders] to replace. These notes say what the board should decide;
          they are not part of the policy text.
        </p>
        {/* It scrolls on its own, so it must take focus: keyboard users scroll it with the arrows. */}
        <div className="drafting-notes" role="region" aria-label="Drafting notes" tabIndex={0}>
          <dl>
            {TOOLKIT_TEMPLATE.map((t) => (
              <div key={t.componentId}>
                <dt>{t.heading}</dt>
                <dd>{t.guidance}</dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
    </aside>
  );
}
