import type { Editor } from '@tiptap/core';
import { CATALOGUE } from '@roundtable/shared';
import { clauseTitle, type ClauseSummary, type EditorSnapshot } from './useEditorSnapshot';

interface Props {
  editor: Editor;
  snapshot: EditorSnapshot;
}

/** The draft at a glance: its clauses in order, and which toolkit components they cover. */
export function Outline({ editor, snapshot }: Props) {
  const { clauses, current } = snapshot;
  const covered = CATALOGUE.filter((component) => clauses.some((c) => c.componentIds.includes(component.id)));

  function go(clause: ClauseSummary) {
    if (clause.id) editor.chain().selectClause(clause.id).focus().run();
  }

  return (
    <nav className="card outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading">Outline</h2>
      {clauses.length === 0 ? (
        <p className="muted small">No clauses yet.</p>
      ) : (
        <ul className="outline-clauses">
          {clauses.map((clause) => (
            <li key={clause.id ?? clause.index}>
              <button
                type="button"
                className="outline-link"
                aria-current={current?.id === clause.id ? 'true' : undefined}
                onClick={() => go(clause)}
              >
                {clauseTitle(clause)}
              </button>
            </li>
          ))}
        </ul>
      )}

      <details className="outline-by-component" open>
        <summary>
          <span className="outline-subheading">
            By component{' '}
            <span className="muted small">
              ({covered.length} of {CATALOGUE.length} covered)
            </span>
          </span>
        </summary>
        <ul className="outline-components">
          {CATALOGUE.map((component) => {
            const inIt = clauses.filter((c) => c.componentIds.includes(component.id));
            return (
              <li key={component.id} className={inIt.length ? 'is-covered' : 'is-missing'}>
                <span className="outline-component">
                  {component.title}
                  {inIt.length === 0 && <span className="outline-missing"> · not covered yet</span>}
                </span>
                {inIt.length > 0 && (
                  <ul>
                    {inIt.map((clause) => (
                      <li key={clause.id ?? clause.index}>
                        <button type="button" className="outline-link" onClick={() => go(clause)}>
                          {clauseTitle(clause)}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </nav>
  );
}
