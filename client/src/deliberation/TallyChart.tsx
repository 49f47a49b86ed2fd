import type { TallyFieldsFragment } from '../gql/graphql';
import './deliberation.css';

function percent(count: number, of: number): string {
  return of > 0 ? `${Math.round((count / of) * 100)}%` : '0%';
}

/**
 * A tally as labelled bars. Every number is in the text (the bars are decoration), so it reads
 * the same to a screen reader and in print; the winning option is marked in words, not colour.
 */
export function TallyChart({ tally, title = 'Result' }: { tally: TallyFieldsFragment; title?: string }) {
  const decisive = tally.counts.filter((c) => c.option !== 'ABSTAIN').reduce((sum, c) => sum + c.count, 0);
  const max = Math.max(1, ...tally.counts.map((c) => c.count));
  return (
    <figure className="tally" aria-label={title}>
      {tally.provisional && <p className="tally-provisional">Live count — the vote is still open.</p>}
      <ul className="tally-bars">
        {tally.counts.map((c) => {
          const winner =
            tally.winner === c.option ||
            (tally.outcome === 'PASSED' && !tally.winner && c.option === 'APPROVE');
          return (
            <li key={c.option} className={winner ? 'tally-row tally-winner' : 'tally-row'}>
              <span className="tally-label">
                {c.label}
                {winner && <span className="tally-mark"> (carried)</span>}
              </span>
              <span className="tally-track" aria-hidden="true">
                <span
                  className={`tally-bar tally-bar-${c.option.toLowerCase()}`}
                  style={{ width: `${(c.count / max) * 100}%` }}
                />
              </span>
              <span className="tally-count">
                {c.count}
                {c.option !== 'ABSTAIN' && decisive > 0 && (
                  <span className="muted"> · {percent(c.count, decisive)}</span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {tally.rounds.length > 1 && (
        <details className="tally-rounds">
          <summary>Instant-runoff rounds ({tally.rounds.length})</summary>
          <ol>
            {tally.rounds.map((round, i) => (
              <li key={i}>
                {round.counts.map((c) => `${c.label} ${c.count}`).join(' · ')}
                {round.exhausted > 0 && ` · ${round.exhausted} exhausted`}
                {round.eliminated.length > 0 && (
                  <>
                    {' '}
                    — eliminated:{' '}
                    {round.eliminated
                      .map((id) => round.counts.find((c) => c.option === id)?.label ?? id)
                      .join(', ')}
                  </>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
      <figcaption>
        <strong>{tally.summary}</strong>{' '}
        <span className="muted small">
          {tally.ballots} of {tally.eligible} eligible voted
          {tally.abstentions > 0 && `, ${tally.abstentions} abstained`}.{' '}
          {tally.quorumRequired === 0 ? (
            'No quorum was required.'
          ) : (
            <>
              Quorum {tally.quorumRequired}
              {tally.quorumBase !== tally.eligible && ` (of ${tally.quorumBase} present)`}:{' '}
              {tally.quorumMet ? 'met' : 'not met'}.
            </>
          )}
        </span>
      </figcaption>
    </figure>
  );
}
