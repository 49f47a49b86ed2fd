import type { PacketLanguageFinding, PacketVote, RedlineSummary } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "21 November 2025" in UTC. Renderers format dates themselves, without the host's locale or
 * time zone, so an export renders to the same bytes on any machine.
 */
export function formatPacketDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "21 November 2025, 14:05 UTC". */
export function formatPacketDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatPacketDate(iso)}, ${hh}:${mm} UTC`;
}

/** "Yes 9 · No 2 · Abstain 1". */
export function formatTallies(vote: PacketVote): string {
  return vote.tallies.map((t) => `${t.option} ${t.count}`).join(' · ');
}

/** "Passed", "Failed", "No quorum". */
export function formatOutcome(vote: PacketVote): string {
  const words = vote.outcome.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const COVERAGE_LABELS: Readonly<Record<string, string>> = {
  COVERED: 'Covered',
  PARTIAL: 'Partly covered',
  MISSING: 'Missing',
  CONTRADICTED: 'Contradicted',
};

export const DISSENT_LABELS: Readonly<Record<string, string>> = {
  OBJECTION: 'Objection',
  BLOCK: 'Block',
  MINORITY_REPORT: 'Minority report',
};

export const REDLINE_STATUS_LABELS: Readonly<Record<string, string>> = {
  ADDED: 'Added',
  REMOVED: 'Removed',
  MOVED: 'Moved',
  CHANGED: 'Changed',
  UNCHANGED: 'Unchanged',
};

/** Redline statuses read against the department's imported policy rather than a previous version. */
export const BASELINE_STATUS_LABELS: Readonly<Record<string, string>> = {
  ADDED: 'New: not in the department policy',
  REMOVED: 'Only in the department policy',
  MOVED: 'Same words, new place',
  CHANGED: 'Changed from the department policy',
  UNCHANGED: 'As in the department policy',
};

/** The packet section that compares the draft with the department's imported policy. */
export const BASELINE_SECTION_TITLE = "Compared with the department's current policy";

/** Text markers that carry a redline without colour: [+inserted+] and [-deleted-]. */
export const REDLINE_MARKERS = {
  insertOpen: '[+',
  insertClose: '+]',
  deleteOpen: '[-',
  deleteClose: '-]',
} as const;

export function summaryTotal(summary: RedlineSummary): number {
  return summary.added + summary.removed + summary.changed + summary.moved;
}

/** The short form of a hash shown in footers: first 16 hex digits. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 16);
}

/**
 * What every format prints under a dismissed finding: the reason, then who dismissed it and when
 * when the packet records that. Null for open findings without a reason.
 */
export function dismissalNote(f: PacketLanguageFinding): string | null {
  const who = [
    f.dismissedBy ? `by ${f.dismissedBy}` : '',
    f.dismissedAt ? `on ${formatPacketDate(f.dismissedAt)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const parts = [f.dismissalReason ?? '', f.dismissed && who ? `Dismissed ${who}.` : ''].filter(Boolean);
  return parts.length ? parts.join(' — ') : null;
}
