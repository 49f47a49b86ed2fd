import {
  BASELINE_SECTION_TITLE,
  BASELINE_STATUS_LABELS,
  COVERAGE_LABELS,
  DISSENT_LABELS,
  Packet,
  PacketBlock,
  PacketClause,
  PacketDissent,
  PacketPageSize,
  REDLINE_STATUS_LABELS,
  RESPONSE_STATUS_LABELS,
  RedlineEntry,
  RedlinePart,
  RedlineSummary,
  clauseBlocks,
  describeRedline,
  dismissalNote,
  displayLine,
  displayText,
  formatOutcome,
  formatPacketDate,
  formatPacketDateTime,
  isMostlyRtl,
  paragraphs,
} from '@roundtable/shared';

/*
 * One document model behind every export. `packetDocument` reads the frozen packet once and
 * decides everything a reader sees: section order, headings and their numbers, lists, tables,
 * hashes and redlines. The HTML, Markdown, PDF and DOCX renderers only map these blocks onto
 * their format, so a fix here is a fix in all four.
 */

/** A run of inline text. `change` marks a redline insertion or deletion. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Small grey label ("Published", "Votes") before a value. */
  label?: boolean;
  muted?: boolean;
  small?: boolean;
  /** Monospace, never broken: hashes. */
  code?: boolean;
  change?: 'ins' | 'del';
}

export interface HeadingBlock {
  kind: 'heading';
  /** 2: a clause, meeting or change entry inside a section (sections are level 1). */
  level: 2;
  /** "§ 3" for a clause; kept apart from the text so no format numbers a heading twice. */
  number?: string;
  text: string;
  /** Anchor and bookmark name: letters, digits and hyphens. */
  id: string;
  /** Listed in the contents and the PDF outline. */
  outline: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  /** Right-to-left, when most of its letters are. */
  rtl?: boolean;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: Block[][];
}

export interface TableBlock {
  kind: 'table';
  caption?: string;
  headers: string[];
  /** Relative column widths, summing to 100. */
  widths: number[];
  rows: Block[][][];
}

/** A hash on a line of its own: monospace, full length, never wrapped. */
export interface HashBlock {
  kind: 'hash';
  label: string;
  value: string;
}

/** Set off from the running text: a dissent or the open discussion of a clause. */
export interface AsideBlock {
  kind: 'aside';
  label: string;
  note: string;
  blocks: Block[];
  /** Dissents are italic in every format. */
  dissent?: boolean;
}

/**
 * One clause of a redline: heading and body as lines of runs, each line its own paragraph, with
 * insertions and deletions marked. DOCX writes them as tracked changes; the rest draw them.
 */
export interface RedlineBlock {
  kind: 'redline';
  status: string;
  where: string;
  heading: RedlineLine[];
  body: RedlineLine[];
}

/** How to read a redline: what an insertion and a deletion mean in this section. */
export interface LegendBlock {
  kind: 'legend';
  ins: string;
  del: string;
}

export type Block =
  | LegendBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | HashBlock
  | AsideBlock
  | RedlineBlock;

export interface Section {
  id: string;
  title: string;
  /** Starts a new page in the paged formats. */
  pageBreak: boolean;
  blocks: Block[];
}

export interface PacketDocument {
  lang: string;
  title: string;
  board: string;
  jurisdiction: string;
  version: number;
  schemaVersion: number;
  sha256: string;
  publishedAt: string;
  pageSize: PacketPageSize;
  /** Cover lines after the title, in order. */
  cover: { subtitle: string; facts: ParagraphBlock[]; hash: HashBlock };
  sections: Section[];
  /** Author and date of every tracked change in the DOCX. */
  revisionAuthor: string;
}

export const REVISION_AUTHOR = 'Roundtable board';

// ---- helpers -------------------------------------------------------------------------------

export const run = (text: string, style: Omit<Run, 'text'> = {}): Run => ({ ...style, text });

export function para(runs: Run[] | string, style: Omit<Run, 'text'> = {}): ParagraphBlock {
  const list = typeof runs === 'string' ? [run(displayText(runs), style)] : runs;
  const text = list.map((r) => r.text).join('');
  return isMostlyRtl(text) ? { kind: 'paragraph', runs: list, rtl: true } : { kind: 'paragraph', runs: list };
}

/** "Label  value" on one line. */
export const labelled = (
  label: string,
  value: string | Run[],
  style: Omit<Run, 'text'> = {},
): ParagraphBlock =>
  para([
    run(label, { label: true }),
    ...(typeof value === 'string' ? [run(displayLine(value), style)] : value),
  ]);

/** Plain text paragraphs (cover letter, minutes, dissents): one per line; a dash when empty. */
function textParas(text: string, style: Omit<Run, 'text'> = {}): ParagraphBlock[] {
  const list = paragraphs(text);
  return list.length ? list.map((p) => para(p, style)) : [para('—', { muted: true })];
}

const cell = (text: string, style: Omit<Run, 'text'> = {}): Block[] => [para(displayLine(text), style)];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A heading that already carries its number ("1. Purpose", "§ 2 Scope", "Section 3: Use") is
 * shown without it, since every format puts the clause's own number in front.
 */
export function headingWithoutNumber(heading: string): string {
  const stripped = displayLine(heading).replace(
    /^(?:(?:§|section|article|clause)\s*\d+(?:\.\d+)*[.):]?|\d+(?:\.\d+)*[.):])\s+/i,
    '',
  );
  return stripped || displayLine(heading);
}

/** Clause blocks from the packet (schema 2) or its text (schema 1), inline marks kept. */
function bodyBlocks(blocks: readonly PacketBlock[]): Block[] {
  return blocks.map((b): Block => {
    if (b.type === 'list')
      return {
        kind: 'list',
        ordered: b.ordered,
        start: b.ordered ? b.start : 1,
        items: b.items.map((item) => bodyBlocks(item.blocks)),
      };
    return para(
      b.content
        .map((i) => run(displayText(i.text), { bold: i.bold, italic: i.italic }))
        .filter((r) => r.text.length > 0),
    );
  });
}

/** A line of a redline: its runs, and how far in it sat (a nested list item, two spaces a level). */
export interface RedlineLine {
  depth: number;
  runs: Run[];
}

/** Redline parts as lines: a newline inside a part ends the line, so every line is its own paragraph. */
export function redlineLines(parts: readonly RedlinePart[]): RedlineLine[] {
  const lines: RedlineLine[] = [{ depth: 0, runs: [] }];
  for (const part of parts) {
    const change = part.op === 'insert' ? 'ins' : part.op === 'delete' ? 'del' : undefined;
    displayText(part.text)
      .split('\n')
      .forEach((piece, i) => {
        if (i > 0) lines.push({ depth: 0, runs: [] });
        const line = lines[lines.length - 1];
        let text = piece;
        if (line.runs.length === 0) {
          const indent = text.length - text.trimStart().length;
          line.depth = Math.floor(indent / 2);
          text = text.trimStart();
        }
        if (text) line.runs.push(change ? run(text, { change }) : run(text));
      });
  }
  return lines.filter((l) => l.runs.some((r) => r.text.trim()));
}

function redlineEntries(
  entries: readonly RedlineEntry[],
  labels: Readonly<Record<string, string>>,
  where: (e: RedlineEntry) => string,
): Block[] {
  return entries.map((e): RedlineBlock => ({
    kind: 'redline',
    status: `${labels[e.status] ?? e.status}${e.moved && e.status === 'CHANGED' ? ' and moved' : ''}`,
    where: where(e),
    heading: redlineLines(e.heading),
    body: e.status === 'MOVED' ? [] : redlineLines(e.text),
  }));
}

const howToRead = (ins: string, del: string): LegendBlock => ({ kind: 'legend', ins, del });

function summaryLine(summary: RedlineSummary): string {
  return `${describeRedline(summary)}.${summary.unchanged ? ` ${summary.unchanged} unchanged.` : ''}`;
}

function dissentAside(d: PacketDissent): AsideBlock {
  const blocks: Block[] = [];
  if (d.title) blocks.push(para(displayLine(d.title), { bold: true }));
  if (d.signatories?.length)
    blocks.push(
      para(`Co-signed by ${d.signatories.map(displayLine).join(', ')}`, { muted: true, small: true }),
    );
  blocks.push(...textParas(d.text, { italic: true }));
  return {
    kind: 'aside',
    label: DISSENT_LABELS[d.kind] ?? d.kind,
    note: d.author ? displayLine(d.author) : 'Unnamed member',
    blocks,
    dissent: true,
  };
}

export const clauseAnchor = (c: Pick<PacketClause, 'number'>) =>
  `clause-${c.number.replace(/[^A-Za-z0-9-]/g, '')}`;

function clauseBlocksOf(c: PacketClause): Block[] {
  const out: Block[] = [
    {
      kind: 'heading',
      level: 2,
      number: `§ ${c.number}`,
      text: headingWithoutNumber(c.heading),
      id: clauseAnchor(c),
      outline: true,
    },
  ];
  if (c.components.length)
    out.push(labelled('Implements', c.components.map((x) => x.title).join(' · '), { muted: true }));
  const body = bodyBlocks(clauseBlocks(c));
  out.push(...(body.length ? body : [para('—', { muted: true })]));
  if (c.votes.length)
    out.push({
      kind: 'table',
      caption: 'Votes',
      headers: ['Question', 'Tally', 'Result', 'Wording'],
      widths: [46, 20, 17, 17],
      rows: c.votes.map((v) => [
        [para(displayLine(v.question)), para(displayLine(v.rule), { muted: true, small: true })],
        [
          ...v.tallies.map((t) => para(`${displayLine(t.option)}: ${t.count}`)),
          ...(v.eligible != null ? [para(`of ${v.eligible} eligible`, { small: true })] : []),
        ],
        cell(`${v.passed ? '✓' : '✗'} ${formatOutcome(v)}`, { bold: true }),
        cell(v.matchesPacketText ? 'This wording' : 'An earlier wording', { italic: !v.matchesPacketText }),
      ]),
    });
  for (const d of c.dissents) out.push(dissentAside(d));
  if (c.discussion.openThreads > 0)
    out.push({
      kind: 'aside',
      label: 'Still under discussion',
      note: plural(c.discussion.openThreads, 'open thread'),
      blocks: c.discussion.excerpts.length
        ? [
            {
              kind: 'list',
              ordered: false,
              start: 1,
              items: c.discussion.excerpts.map((x) => [
                para([
                  run(`${x.author ? displayLine(x.author) : 'Someone'}: `, { bold: true }),
                  run(displayLine(x.text)),
                ]),
              ]),
            },
          ]
        : [],
    });
  return out;
}

const statusWord = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ');

/** The packet as a document every renderer maps. Reads nothing but the frozen packet. */
export function packetDocument(packet: Packet, sha256: string): PacketDocument {
  const title = displayLine(packet.title) || `Recommendations v${packet.version}`;
  const sections: Section[] = [];
  const add = (id: string, sectionTitle: string, blocks: Block[], pageBreak = true) =>
    sections.push({ id, title: sectionTitle, blocks, pageBreak });

  add('cover-letter', 'Cover letter', textParas(packet.coverLetter));

  if (packet.responses.length)
    add('responses', 'Responses from officials', [
      {
        kind: 'table',
        headers: ['Recommendation', 'Response', 'By'],
        widths: [20, 55, 25],
        rows: packet.responses.map((r) => [
          cell(`§ ${r.clauseNumber} (v${r.version})`),
          [para(RESPONSE_STATUS_LABELS[r.status] ?? r.status, { bold: true }), ...textParas(r.text)],
          [
            para(displayLine(r.responderName)),
            para(displayLine(r.responderRole), { italic: true }),
            para(formatPacketDate(r.createdAt), { small: true }),
          ],
        ]),
      },
    ]);

  if (packet.changeLog) {
    const log = packet.changeLog;
    add('changes', `Changes since version ${log.previousVersion}`, [
      para(summaryLine(log.summary)),
      { kind: 'hash', label: `SHA-256 of version ${log.previousVersion}`, value: log.previousSha256 },
      howToRead('is new in this version', 'was in the previous version only'),
      ...redlineEntries(log.entries, REDLINE_STATUS_LABELS, (e) =>
        e.after
          ? `§ ${e.after.number}${e.moved && e.before ? ` (was § ${e.before.number})` : ''}`
          : `was § ${e.before?.number ?? ''}`,
      ),
    ]);
  }

  const b = packet.baselineComparison;
  if (b)
    add('baseline', BASELINE_SECTION_TITLE, [
      para(
        `Set against ${displayLine(b.sourceName)}, imported by ${displayLine(b.importedBy)} on ${formatPacketDate(b.importedAt)}. Clauses are paired by heading. ${summaryLine(b.summary)}`,
      ),
      { kind: 'hash', label: 'SHA-256 of the imported policy', value: b.sha256 },
      howToRead('is new in the recommendations', "is in the department's policy only"),
      ...redlineEntries(b.entries, BASELINE_STATUS_LABELS, (e) =>
        e.after
          ? `§ ${e.after.number}${e.before ? ` (department § ${e.before.number})` : ''}`
          : `department § ${e.before?.number ?? ''}`,
      ),
    ]);

  add('recommendations', 'Recommendations', packet.clauses.flatMap(clauseBlocksOf));
  if (packet.dissents?.length)
    add('other-dissents', 'Other minority reports', packet.dissents.map(dissentAside), false);

  if (packet.amendments.length)
    add('amendments', 'Amendments', [
      {
        kind: 'table',
        headers: ['Clause', 'Amendment', 'Status', 'Proposed by'],
        widths: [10, 56, 14, 20],
        rows: packet.amendments.map((a) => [
          cell(a.clauseNumber ? `§ ${a.clauseNumber}` : '—'),
          [
            para(displayLine(a.title), { bold: true }),
            ...textParas(a.proposedText),
            ...(a.rationale ? textParas(a.rationale, { italic: true, muted: true }) : []),
          ],
          cell(statusWord(a.status), { bold: a.status === 'ADOPTED' }),
          cell(a.proposedBy ?? '—'),
        ]),
      },
    ]);

  if (packet.meetings.length)
    add(
      'meetings',
      'Meetings',
      packet.meetings.flatMap((m, i): Block[] => [
        { kind: 'heading', level: 2, text: displayLine(m.title), id: `meeting-${i + 1}`, outline: false },
        para(
          `${formatPacketDateTime(m.startsAt)}${m.location ? ` · ${displayLine(m.location)}` : ''} · ${m.attendees.length} present, ${m.absent.length} absent`,
          { muted: true },
        ),
        ...(m.agenda.length
          ? [
              {
                kind: 'list',
                ordered: false,
                start: 1,
                items: m.agenda.map((a) => [para(displayLine(a))]),
              } as ListBlock,
            ]
          : []),
        labelled('Present', m.attendees.map(displayLine).join(', ') || '—'),
        ...textParas(m.minutes),
      ]),
    );

  const cov = packet.coverage;
  add(
    'coverage',
    'Coverage of the toolkit',
    cov
      ? [
          para(
            `${cov.summary.covered} of ${cov.summary.total} components covered, ${cov.summary.partial} partly covered, ${cov.summary.missing} missing.`,
          ),
          {
            kind: 'table',
            headers: ['Component', 'Status', 'Clauses'],
            widths: [45, 20, 35],
            rows: cov.components.map((c) => [
              cell(c.title),
              cell(COVERAGE_LABELS[c.status] ?? c.status, { bold: c.status === 'MISSING' }),
              cell(c.clauseNumbers.map((n) => `§ ${n}`).join(', ') || '—'),
            ]),
          },
        ]
      : [para('Coverage was not computed for this version.')],
  );

  add(
    'language',
    'Language checks',
    packet.languageFindings.length
      ? [
          {
            kind: 'table',
            headers: ['Clause', 'Finding', 'Status'],
            widths: [10, 60, 30],
            rows: packet.languageFindings.map((f) => [
              cell(f.clauseNumber ? `§ ${f.clauseNumber}` : '—'),
              [
                para(displayLine(f.message)),
                para(`“${displayLine(f.excerpt)}”`, { italic: true, muted: true }),
              ],
              [
                para(f.dismissed ? 'Dismissed' : `Open (${displayLine(f.severity)})`, { bold: !f.dismissed }),
                ...(dismissalNote(f) ? [para(displayLine(dismissalNote(f)!), { small: true })] : []),
              ],
            ]),
          },
        ]
      : [para('No language findings.')],
    false,
  );

  if (packet.members)
    add(
      'members',
      'Board members',
      [
        {
          kind: 'list',
          ordered: false,
          start: 1,
          items: packet.members.map((m) => [
            para([run(displayLine(m.name)), run(`  ${m.role.toLowerCase()}`, { muted: true, small: true })]),
          ]),
        },
      ],
      false,
    );

  add(
    'about',
    'About this document',
    [
      para(
        `Generated by Roundtable from version ${packet.version} of the packet (schema ${packet.schemaVersion}). Every format (PDF, Word, HTML, Markdown, JSON) renders the same frozen JSON. Its SHA-256 is the hash of that JSON file's exact bytes:`,
        { small: true },
      ),
      { kind: 'hash', label: 'SHA-256', value: sha256 },
      ...packet.notes.map((n) => para(displayLine(n), { italic: true, small: true })),
    ],
    false,
  );

  return {
    lang: 'en',
    title,
    board: displayLine(packet.board.name),
    jurisdiction: displayLine(packet.board.jurisdiction),
    version: packet.version,
    schemaVersion: packet.schemaVersion,
    sha256,
    publishedAt: packet.publishedAt,
    pageSize: packet.pageSize ?? 'LETTER',
    cover: {
      subtitle: `Version ${packet.version} · ${displayLine(packet.draft.title)}`,
      facts: [
        labelled(
          'Published',
          `${formatPacketDateTime(packet.publishedAt)} by ${displayLine(packet.publishedBy)}`,
        ),
        labelled('For', packet.recipients.map(displayLine).join('; ') || '—'),
        labelled(
          'Contents',
          `${plural(packet.clauses.length, 'recommendation')}, ${plural(packet.meetings.length, 'meeting')}, ${plural(packet.amendments.length, 'amendment')}`,
        ),
      ],
      hash: { kind: 'hash', label: 'SHA-256 of the JSON edition', value: sha256 },
    },
    sections,
    revisionAuthor: REVISION_AUTHOR,
  };
}

/** Every outline entry in reading order: sections (level 1) and their outlined headings (level 2). */
export function outlineOf(doc: PacketDocument): { id: string; title: string; level: 1 | 2 }[] {
  return doc.sections.flatMap((s) => [
    { id: s.id, title: s.title, level: 1 as const },
    ...s.blocks
      .filter((b): b is HeadingBlock => b.kind === 'heading' && b.outline)
      .map((h) => ({ id: h.id, title: headingLine(h), level: 2 as const })),
  ]);
}

/** A heading as one line of text: "§ 3 Use of force". */
export const headingLine = (h: HeadingBlock): string => (h.number ? `${h.number} ${h.text}` : h.text);

/** The page size in points, for the PDF. */
export const PAGE_POINTS: Readonly<Record<PacketPageSize, [number, number]>> = {
  LETTER: [612, 792],
  A4: [595.28, 841.89],
};
