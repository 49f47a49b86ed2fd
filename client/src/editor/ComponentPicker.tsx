import { CATALOGUE } from '@roundtable/shared';
import { useId, useRef, useState } from 'react';

interface Props {
  selected: readonly string[];
  clauseLabel: string;
  onChange: (componentIds: string[]) => void;
  disabled?: boolean;
}

/** Which toolkit components a clause covers: a disclosure with one checkbox per component. */
export function ComponentPicker({ selected, clauseLabel, onChange, disabled }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    button.current?.focus();
  }
  const chosen = new Set(selected);

  function toggle(id: string, checked: boolean) {
    const next = CATALOGUE.map((c) => c.id).filter((cid) => (cid === id ? checked : chosen.has(cid)));
    onChange(next);
  }

  return (
    <div
      className="component-picker"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button-secondary"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        Components ({selected.length})
      </button>
      {open && !disabled && (
        <fieldset id={panelId} className="component-panel">
          <legend>Toolkit components that “{clauseLabel}” covers</legend>
          <ul>
            {CATALOGUE.map((component) => (
              <li key={component.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(component.id)}
                    onChange={(e) => toggle(component.id, e.target.checked)}
                  />
                  <span>
                    {component.title}
                    <span className="component-summary">{component.summary}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <button type="button" className="button-quiet" onClick={close}>
            Done
          </button>
        </fieldset>
      )}
    </div>
  );
}
