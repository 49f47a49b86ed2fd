import { CATALOGUE } from '@roundtable/shared';

/** The toolkit catalogue as reading material beside the draft; closed until someone opens it. */
export function ToolkitAside() {
  return (
    <aside className="card toolkit-aside" aria-labelledby="toolkit-summary">
      <details>
        <summary id="toolkit-summary">What the toolkits recommend</summary>
        <p className="muted small">
          The parts a complete use-of-force policy should cover, drawn from two public community toolkits.
        </p>
        <ol className="toolkit-list">
          {CATALOGUE.map((component) => (
            <li key={component.id}>
              <h3>{component.title}</h3>
              <p>{component.guidance}</p>
            </li>
          ))}
        </ol>
      </details>
    </aside>
  );
}
