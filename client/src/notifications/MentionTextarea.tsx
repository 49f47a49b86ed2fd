import { resolveTypedMentions } from '@roundtable/shared';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { mentionQueryAt, settleMention, suggestMembers, type Mentionable } from './mentions';
import './notifications.css';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Members who can be mentioned (the author is left out by the caller). */
  members: Mentionable[];
  /** People picked so far; the form sends those whose "@Name" is still in the text. */
  mentioned: Mentionable[];
  onMentionedChange: (mentioned: Mentionable[]) => void;
  rows?: number;
  maxLength?: number;
  autoFocus?: boolean;
  required?: boolean;
}

/**
 * A comment box with @-autocomplete of board members (ARIA combobox with a listbox popup).
 * Typing "@" and letters lists matching members; Arrow keys move, Enter or Tab picks, Escape
 * closes. The pick inserts "@Name" and records the person, so the server gets their user id.
 * A name typed by hand counts too; one that fits several members ("@Maya") is asked about
 * below the box, and the form cannot be sent until it is settled.
 */
export function MentionTextarea({
  id,
  label,
  value,
  onChange,
  members,
  mentioned,
  onMentionedChange,
  rows = 3,
  maxLength,
  autoFocus,
  required,
}: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  /** Where the caret goes once a pick's new text is in the box. */
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();
  const hintId = useId();
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const options = query && dismissedAt !== query.start ? suggestMembers(members, query.query) : [];
  const open = options.length > 0;
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const unsettled = resolveTypedMentions(value, members).ambiguous;
  const whichId = `${id}-which`;
  const validity = unsettled.length
    ? `Say which member “${unsettled[0].token}” means (below), or that it is not a mention.`
    : '';
  // The browser's own form validation then refuses to send an ambiguous mention.
  useEffect(() => area.current?.setCustomValidity(validity), [validity]);

  function settle(token: string, candidates: Mentionable[], person: Mentionable | null) {
    const names = candidates.map((c) => c.name);
    onChange(settleMention(value, token, person ? `@${person.name}` : token.slice(1), names));
    if (person && !mentioned.some((m) => m.userId === person.userId))
      onMentionedChange([...mentioned, person]);
    area.current?.focus();
  }

  function track(text: string, caret: number) {
    const next = mentionQueryAt(text, caret);
    if (next?.start !== query?.start || next?.query !== query?.query) setActive(0);
    setQuery(next);
    if (dismissedAt !== null && next?.start !== dismissedAt) setDismissedAt(null);
  }

  function pick(person: Mentionable) {
    if (!query) return;
    const caret = query.start + 1 + query.query.length;
    const inserted = `@${person.name} `;
    const text = value.slice(0, query.start) + inserted + value.slice(caret);
    onChange(text);
    if (!mentioned.some((m) => m.userId === person.userId)) onMentionedChange([...mentioned, person]);
    setQuery(null);
    pendingCaret.current = query.start + inserted.length;
  }

  // Placed as soon as React has written the new text, before the next key is handled: a deferred
  // placement (animation frame) could land after the person had typed on, and move their caret
  // back into the middle of what they typed.
  useLayoutEffect(() => {
    const at = pendingCaret.current;
    if (at === null || !area.current) return;
    pendingCaret.current = null;
    area.current.focus();
    area.current.setSelectionRange(at, at);
  }, [value]);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((activeIndex + 1) % options.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex - 1 + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(options[activeIndex]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(query!.start);
    }
  }

  return (
    <div className="field mention-field">
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={hintId}>
        Type @ and a name to mention a board member; they are notified.
      </p>
      <textarea
        id={id}
        ref={area}
        rows={rows}
        required={required}
        autoFocus={autoFocus}
        maxLength={maxLength}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${activeIndex}` : undefined}
        aria-describedby={unsettled.length ? `${hintId} ${whichId}` : hintId}
        onChange={(e) => {
          onChange(e.target.value);
          track(e.target.value, e.target.selectionStart ?? e.target.value.length);
        }}
        onSelect={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart ?? 0)}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Members to mention"
        className="mention-options"
        hidden={!open}
      >
        {options.map((m, i) => (
          <li
            key={m.userId}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            className={i === activeIndex ? 'mention-option mention-option-active' : 'mention-option'}
            // mousedown, not click: the textarea keeps focus (and its caret) while picking.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(m);
            }}
          >
            @{m.name}
          </li>
        ))}
      </ul>
      {unsettled.length > 0 && !open && (
        <div id={whichId} className="mention-which">
          {unsettled.map(({ token, candidates }) => (
            <div key={token} role="group" aria-label={`Who is ${token}?`} className="mention-which-group">
              <p className="small">
                <strong>{token}</strong> could be {candidates.map((c) => c.name).join(' or ')}. Who do you
                mean?
              </p>
              <div className="button-row">
                {candidates.map((c) => (
                  <button
                    key={c.userId}
                    type="button"
                    className="button-secondary"
                    onClick={() => settle(token, candidates, c)}
                  >
                    {c.name}
                  </button>
                ))}
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => settle(token, candidates, null)}
                >
                  Nobody: not a mention
                </button>
              </div>
            </div>
          ))}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {open
          ? `${options.length} ${options.length === 1 ? 'member matches' : 'members match'}; use the arrow keys and Enter to choose.`
          : ''}
      </p>
    </div>
  );
}
