import type { RedlinePart } from '@roundtable/shared';

/**
 * Word-level changes. Insertions are underlined and deletions struck through, each also wrapped
 * in visible [+ +] / [- -] markers and announced to screen readers, so colour is never needed.
 */
export function RedlineText({ parts }: { parts: readonly RedlinePart[] }) {
  return (
    <>
      {parts.map((part, i) => {
        if (part.op === 'equal') return <span key={i}>{part.text}</span>;
        if (part.op === 'insert') {
          return (
            <ins key={i} className="redline-ins">
              <span className="visually-hidden">[inserted: </span>
              <span className="redline-mark" aria-hidden="true">
                [+
              </span>
              {part.text}
              <span className="redline-mark" aria-hidden="true">
                +]
              </span>
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        return (
          <del key={i} className="redline-del">
            <span className="visually-hidden">[deleted: </span>
            <span className="redline-mark" aria-hidden="true">
              [-
            </span>
            {part.text}
            <span className="redline-mark" aria-hidden="true">
              -]
            </span>
            <span className="visually-hidden">]</span>
          </del>
        );
      })}
    </>
  );
}

export function RedlineLegend() {
  return (
    <p className="redline-legend small">
      How to read:{' '}
      <ins className="redline-ins">
        <span className="redline-mark">[+</span>inserted<span className="redline-mark">+]</span>
      </ins>{' '}
      text is underlined,{' '}
      <del className="redline-del">
        <span className="redline-mark">[-</span>deleted<span className="redline-mark">-]</span>
      </del>{' '}
      text is struck through.
    </p>
  );
}
