import './checkMarks.css';

/**
 * Drawn, not typed: the body font has no glyph for ⓘ (it rendered as an empty box), and a shape
 * per severity keeps the hint readable without colour.
 */
export function SeverityIcon({ severity }: { severity: string }) {
  const common = {
    'aria-hidden': true,
    width: 16,
    height: 16,
    viewBox: '0 0 16 16',
    className: `check-hint-icon check-hint-icon--${severity}`,
    focusable: 'false',
  } as const;
  if (severity === 'problem')
    return (
      <svg {...common}>
        <path d="M8 1.5 15 14.5H1z" fill="currentColor" />
        <path d="M8 6v4.2M8 11.8v.9" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
    );
  if (severity === 'warning')
    return (
      <svg {...common}>
        <path d="M8 2 14.5 14h-13z" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    );
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 7.2v4.3M8 4.6v.9" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
