/**
 * The recommendation packet: one frozen JSON document per published version. Every export
 * (PDF, DOCX, HTML, Markdown, JSON) renders from this document alone, never from live tables.
 *
 * Compatibility: bump PACKET_SCHEMA_VERSION whenever a field is removed, renamed or changes
 * meaning. Adding an optional field keeps the version. Renderers must accept every version
 * they claim in SUPPORTED_PACKET_SCHEMA_VERSIONS.
 */
export const PACKET_SCHEMA_VERSION = 2 as const;
/**
 * 1: clause bodies as plain text only (lists as "- " / "1. " lines).
 * 2: clause bodies also as blocks (paragraphs, nested lists, bold/italic), and a page size.
 */
export const SUPPORTED_PACKET_SCHEMA_VERSIONS = [1, 2] as const;
export type PacketSchemaVersion = (typeof SUPPORTED_PACKET_SCHEMA_VERSIONS)[number];

/** Paper every paged format (PDF, DOCX, HTML print) uses. */
export const PACKET_PAGE_SIZES = ['LETTER', 'A4'] as const;
export type PacketPageSize = (typeof PACKET_PAGE_SIZES)[number];

/** The export formats, in the order the UI offers them. */
export const PACKET_FORMATS = ['pdf', 'docx', 'html', 'md', 'json', 'zip'] as const;
export type PacketFormat = (typeof PACKET_FORMATS)[number];

export const PACKET_CONTENT_TYPES: Readonly<Record<PacketFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
};

export const PACKET_FORMAT_LABELS: Readonly<Record<PacketFormat, string>> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  html: 'Web page (HTML)',
  md: 'Markdown',
  json: 'JSON data',
  zip: 'Everything (ZIP)',
};

export type BoardRoleName = 'FACILITATOR' | 'MEMBER' | 'OBSERVER';

export interface PacketBoard {
  id: string;
  name: string;
  /** URL- and file-name-safe form of the board name, used in download names. */
  slug: string;
  jurisdiction: string;
}

export interface PacketPerson {
  name: string;
  role: BoardRoleName;
}

export interface PacketComponentRef {
  id: string;
  title: string;
}

export interface PacketTally {
  /** e.g. "Yes", "No", "Abstain", "Block". */
  option: string;
  count: number;
}

export interface PacketVote {
  questionId: string;
  question: string;
  /** How the vote was decided, in words: "Simple majority of votes cast, quorum 50%". */
  rule: string;
  tallies: PacketTally[];
  /** Members entitled to vote when it closed (null when unknown). */
  eligible: number | null;
  /** PASSED, FAILED, NO_QUORUM, … as recorded when the vote closed. */
  outcome: string;
  passed: boolean;
  closedAt: string | null;
  /** Hash of the clause text the vote was about. */
  textHash: string | null;
  /** True when that hash equals the hash of the clause text in this packet. */
  matchesPacketText: boolean;
}

export type DissentKind = 'OBJECTION' | 'BLOCK' | 'MINORITY_REPORT';

export interface PacketDissent {
  kind: DissentKind;
  /** Null when the member asked not to be named. */
  author: string | null;
  text: string;
  questionId: string | null;
  createdAt: string | null;
  /** Minority reports only: the report's title. */
  title?: string;
  /** Minority reports only: members who co-signed it, besides the author. */
  signatories?: string[];
}

export interface PacketDiscussion {
  /** Comment threads on this clause that are still open. */
  openThreads: number;
  /** A few of the open threads, oldest first, so officials see what is still argued. */
  excerpts: { author: string | null; text: string; createdAt: string | null }[];
}

/** A run of clause text with the editor's marks; a line break inside a paragraph is "\n". */
export interface PacketInline {
  text: string;
  bold?: true;
  italic?: true;
}

export interface PacketParagraphBlock {
  type: 'paragraph';
  content: PacketInline[];
}

export interface PacketListBlock {
  type: 'list';
  ordered: boolean;
  /** Number of the first item (1 for bulleted lists). */
  start: number;
  /** Each item holds blocks: its paragraphs and any nested list. */
  items: { blocks: PacketBlock[] }[];
}

/** A clause body block as the editor holds it (schema 2 on). */
export type PacketBlock = PacketParagraphBlock | PacketListBlock;

export interface PacketClause {
  id: string;
  /** "1", "2", …: position in this version. */
  number: string;
  heading: string;
  /**
   * Plain text as mirrored from the editor: one block (paragraph or list item) per line, list
   * items as "- " / "1. " lines indented two spaces a level. Votes and redlines compare it.
   */
  text: string;
  /** The same body with its structure (schema 2 on; absent in schema 1 packets). */
  blocks?: PacketBlock[];
  textHash: string;
  components: PacketComponentRef[];
  votes: PacketVote[];
  dissents: PacketDissent[];
  discussion: PacketDiscussion;
}

export type AmendmentStatus = 'ADOPTED' | 'REJECTED' | 'WITHDRAWN' | 'OPEN' | string;

export interface PacketAmendment {
  id: string;
  clauseId: string | null;
  clauseNumber: string | null;
  title: string;
  proposedText: string;
  rationale: string;
  status: AmendmentStatus;
  proposedBy: string | null;
  decidedAt: string | null;
}

export interface PacketMeeting {
  id: string;
  title: string;
  startsAt: string | null;
  location: string;
  attendees: string[];
  absent: string[];
  agenda: string[];
  minutes: string;
}

export type CoverageStatus = 'COVERED' | 'PARTIAL' | 'MISSING' | 'CONTRADICTED' | string;

export interface PacketCoverageItem {
  id: string;
  title: string;
  status: CoverageStatus;
}

export interface PacketCoverageComponent {
  id: string;
  title: string;
  status: CoverageStatus;
  clauseNumbers: string[];
  items: PacketCoverageItem[];
}

export interface PacketCoverage {
  components: PacketCoverageComponent[];
  summary: { covered: number; partial: number; missing: number; total: number };
}

export interface PacketLanguageFinding {
  clauseId: string | null;
  clauseNumber: string | null;
  ruleId: string;
  severity: string;
  message: string;
  excerpt: string;
  dismissed: boolean;
  dismissalReason: string | null;
  /** Who dismissed it and when (optional: packets published before dismissals were stored lack them). */
  dismissedBy?: string | null;
  dismissedAt?: string | null;
}

export type RedlineOp = 'equal' | 'insert' | 'delete';

export interface RedlinePart {
  op: RedlineOp;
  text: string;
}

export type RedlineStatus = 'ADDED' | 'REMOVED' | 'MOVED' | 'CHANGED' | 'UNCHANGED';

export interface RedlineEntry {
  clauseId: string;
  status: RedlineStatus;
  /** Also true for a CHANGED clause whose place in the order changed. */
  moved: boolean;
  before: { number: string; heading: string } | null;
  after: { number: string; heading: string } | null;
  heading: RedlinePart[];
  text: RedlinePart[];
}

export interface RedlineSummary {
  added: number;
  removed: number;
  moved: number;
  changed: number;
  unchanged: number;
}

export interface Redline {
  summary: RedlineSummary;
  entries: RedlineEntry[];
}

export interface PacketChangeLog {
  previousVersion: number;
  previousSha256: string;
  summary: RedlineSummary;
  /** Only clauses that differ (UNCHANGED entries are left out to keep packets small). */
  entries: RedlineEntry[];
}

export type ResponseStatus = 'ACCEPTED' | 'ACCEPTED_WITH_CHANGES' | 'REJECTED' | 'UNDER_REVIEW';
export const RESPONSE_STATUSES: readonly ResponseStatus[] = [
  'ACCEPTED',
  'ACCEPTED_WITH_CHANGES',
  'REJECTED',
  'UNDER_REVIEW',
];
export const RESPONSE_STATUS_LABELS: Readonly<Record<ResponseStatus, string>> = {
  ACCEPTED: 'Accepted',
  ACCEPTED_WITH_CHANGES: 'Accepted with changes',
  REJECTED: 'Rejected',
  UNDER_REVIEW: 'Under review',
};

/** An official's formal answer to one recommendation of an earlier version, carried forward. */
export interface PacketResponse {
  version: number;
  clauseId: string;
  clauseNumber: string;
  status: ResponseStatus;
  text: string;
  responderName: string;
  responderRole: string;
  createdAt: string;
}

/**
 * The draft set against the department's policy as imported when the draft began (a baseline
 * never changes). Clauses are paired by heading, since imported clauses never shared our ids.
 */
export interface PacketBaselineComparison {
  sourceName: string;
  /** PASTE, TXT or DOCX. */
  sourceKind: string;
  importedAt: string;
  importedBy: string;
  /** SHA-256 of the imported text. */
  sha256: string;
  summary: RedlineSummary;
  /** Only clauses that differ. */
  entries: RedlineEntry[];
}

export interface Packet {
  schemaVersion: PacketSchemaVersion;
  /** Schema 2 on; schema 1 packets print on US Letter. */
  pageSize?: PacketPageSize;
  board: PacketBoard;
  draft: { id: string; title: string };
  version: number;
  title: string;
  coverLetter: string;
  recipients: string[];
  publishedAt: string;
  publishedBy: string;
  /** Null when the board chose not to list its members. */
  members: PacketPerson[] | null;
  clauses: PacketClause[];
  amendments: PacketAmendment[];
  meetings: PacketMeeting[];
  coverage: PacketCoverage | null;
  languageFindings: PacketLanguageFinding[];
  changeLog: PacketChangeLog | null;
  responses: PacketResponse[];
  /** Present when the draft was imported from the department's policy. */
  baselineComparison?: PacketBaselineComparison;
  /** Dissents not tied to any clause (a minority report on a question about no clause). */
  dissents?: PacketDissent[];
  /** Sections that had no data source when this version was published, so readers are not misled by empty lists. */
  notes: string[];
}
