import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import './checkMarks.css';
import { KIND_LABEL, SEVERITY_LABEL, type PlacedMark, marksAt } from './checkMarks';
import { SeverityIcon } from './SeverityIcon';

/**
 * Says in words what the language-check mark under the caret (or the pointer) is about, with the
 * suggested rewrite. A polite live region, so a screen reader hears it when the caret enters a
 * mark; sighted keyboard users see the same text. (No `status` role: the connection bar owns that.)
 */
export function CheckMarkHint({ editor }: { editor: Editor }) {
  const [atCaret, setAtCaret] = useState<PlacedMark[]>([]);
  const [hovered, setHovered] = useState<PlacedMark[] | null>(null);

  useEffect(() => {
    const read = () => {
      const { from, empty } = editor.state.selection;
      setAtCaret(empty || editor.isFocused ? marksAt(editor.state, from) : []);
    };
    read();
    editor.on('selectionUpdate', read);
    editor.on('transaction', read);
    const dom = editor.view.dom;
    const over = (event: MouseEvent) => {
      const target = (event.target as HTMLElement | null)?.closest?.('.check-mark');
      if (!target) return setHovered(null);
      const pos = editor.view.posAtDOM(target, 0);
      setHovered(marksAt(editor.state, pos));
    };
    const out = () => setHovered(null);
    dom.addEventListener('mouseover', over);
    dom.addEventListener('mouseleave', out);
    return () => {
      editor.off('selectionUpdate', read);
      editor.off('transaction', read);
      dom.removeEventListener('mouseover', over);
      dom.removeEventListener('mouseleave', out);
    };
  }, [editor]);

  const shown = hovered && hovered.length ? hovered : atCaret;
  return (
    <div
      className={shown.length ? 'check-hint' : 'check-hint is-empty'}
      aria-live="polite"
      aria-atomic="true"
    >
      {shown.slice(0, 2).map(({ mark }) => (
        <p key={mark.id} className="check-hint-item">
          <strong>
            <SeverityIcon severity={mark.severity} />
            {SEVERITY_LABEL[mark.severity] ?? 'Note'}: {KIND_LABEL[mark.kind] ?? mark.kind}
          </strong>{' '}
          — “{mark.excerpt}”. {mark.message}{' '}
          <span className="check-hint-suggestion">Suggestion: {mark.suggestion}</span>
        </p>
      ))}
    </div>
  );
}
