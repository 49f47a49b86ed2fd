import type { CoverageStatus } from '../gql/graphql';

/** Status in words and a shape, so it reads the same without colour. */
export const STATUS_TEXT: Record<CoverageStatus, { label: string; icon: string }> = {
  COVERED: { label: 'Covered', icon: '✓' },
  PARTLY: { label: 'Partly covered', icon: '◐' },
  MISSING: { label: 'Missing', icon: '○' },
  CONTRADICTED: { label: 'Contradicted', icon: '✕' },
};

export function StatusBadge({ status }: { status: CoverageStatus }) {
  const { label, icon } = STATUS_TEXT[status];
  return (
    <span className={`coverage-status coverage-status--${status.toLowerCase()}`}>
      <span aria-hidden="true" className="coverage-status-icon">
        {icon}
      </span>{' '}
      {label}
    </span>
  );
}
