import {
  BASELINE_SECTION_TITLE,
  BASELINE_STATUS_LABELS,
  COVERAGE_LABELS,
  DISSENT_LABELS,
  Packet,
  PacketBaselineComparison,
  PacketClause,
  PacketDissent,
  REDLINE_STATUS_LABELS,
  RESPONSE_STATUS_LABELS,
  RedlinePart,
  describeRedline,
  displayLine,
  formatOutcome,
  formatPacketDate,
  formatPacketDateTime,
  isMostlyRtl,
  paragraphs,
  shortHash,
  dismissalNote,
} from '@roundtable/shared';
import { FONT_DIRECTORIES, FONT_FILES, shareParsedFonts } from './fonts';
import { Inline, InlineStyle, inlines, rtlLines } from './pdf-text';

// pdfmake ships no types for its 0.3 server API; this is the part we use.
interface PdfMake {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}

shareParsedFonts();
const pdfmake = require('pdfmake') as PdfMake;
// Fonts are read once and kept parsed across renders (see shareParsedFonts): parsing them again for
// every packet, and measuring every word again, was most of a PDF's rendering time.
pdfmake.setFonts(FONT_FILES);
// Packets never load anything from the network, and only our own font files from disk.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => FONT_DIRECTORIES.some((dir) => file.startsWith(dir)));

type Node = Record<string, unknown> | string | Node[];

const PAGE_WIDTH = 612; // US Letter
const MARGIN_X = 64;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const BODY_SIZE = 10.5;
const INK = '#1d2430';
const MUTED = '#4a5463';
const RULE = '#c9ced6';

/** A paragraph of running text: right-aligned and reordered when it is mostly right-to-left. */
function para(
  text: string,
  style: InlineStyle & { margin?: number[]; fontSize?: number } = {},
  width = CONTENT_WIDTH,
): Node {
  const { margin = [0, 0, 0, 6], fontSize = BODY_SIZE, ...inlineStyle } = style;
  if (isMostlyRtl(text)) {
    return {
      stack: rtlLines(text, width, fontSize, inlineStyle).map((line) => ({ text: line, alignment: 'right' })),
      margin,
      fontSize,
    };
  }
  return { text: inlines(text, inlineStyle), margin, fontSize };
}

function paras(text: string, style: InlineStyle & { margin?: number[]; fontSize?: number } = {}): Node[] {
  const list = paragraphs(text);
  return list.length ? list.map((p) => para(p, style)) : [{ text: '—', color: MUTED }];
}

const sans = (text: string, style: InlineStyle = {}) => inlines(text, style, ['Sans', 'CJK']);

function heading(
  text: Inline[] | string,
  level: 1 | 2 | 3,
  options: { toc?: boolean; pageBreak?: boolean; id?: string } = {},
): Node {
  return {
    text: typeof text === 'string' ? sans(text) : text,
    style: `h${level}`,
    tocItem: options.toc ?? false,
    tocStyle: level === 1 ? { bold: true } : undefined,
    tocMargin: level === 1 ? [0, 6, 0, 0] : [12, 1, 0, 0],
    pageBreak: options.pageBreak ? 'before' : undefined,
    id: options.id,
    headlineLevel: level,
  };
}

function label(text: string): Inline {
  return { text, font: 'Sans', bold: true, fontSize: 8, color: MUTED, characterSpacing: 0.6 };
}

/** Redline parts: insertions underlined inside [+ +], deletions struck through inside [- -]. Colour only repeats it. */
function redlineInlines(parts: RedlinePart[]): Inline[] {
  return parts.flatMap((part): Inline[] => {
    if (part.op === 'equal') return inlines(part.text);
    const insert = part.op === 'insert';
    const style: InlineStyle = insert
      ? { decoration: 'underline', color: '#135e2b' }
      : { decoration: 'lineThrough', color: '#8a1c1c' };
    const mark = (t: string): Inline => ({
      text: t,
      font: 'Mono',
      bold: true,
      fontSize: 8.5,
      color: style.color,
    });
    return [mark(insert ? '[+' : '[-'), ...inlines(part.text, style), mark(insert ? '+]' : '-]')];
  });
}

const tableLayout = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3,
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function table(headers: string[], rows: Node[][], widths: (number | string)[]): Node {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        headers.map((h) => ({ text: h, font: 'Sans', bold: true, fontSize: 8.5, color: MUTED })),
        ...rows,
      ],
    },
    layout: tableLayout,
    fontSize: 9,
    margin: [0, 4, 0, 10],
  };
}

const cell = (text: string, style: InlineStyle = {}): Node => ({ text: inlines(displayLine(text), style) });

function clauseSection(clause: PacketClause): Node[] {
  const out: Node[] = [
    heading([{ text: `§ ${clause.number}  `, font: 'Sans' }, ...sans(displayLine(clause.heading))], 2, {
      toc: true,
      id: `clause-${clause.number}`,
    }),
  ];
  if (clause.components.length) {
    out.push({
      text: [
        label('IMPLEMENTS  '),
        ...sans(clause.components.map((c) => c.title).join(' · '), { fontSize: 9, color: MUTED }),
      ],
      margin: [0, 0, 0, 6],
    });
  }
  out.push(...paras(clause.text));
  if (clause.votes.length) {
    out.push({ text: [label('VOTES')], margin: [0, 4, 0, 0] });
    out.push(
      table(
        ['Question', 'Tally', 'Result', 'Wording'],
        clause.votes.map((v) => [
          { stack: [cell(v.question), { text: sans(v.rule, { fontSize: 7.5, color: MUTED }) }] },
          {
            stack: v.tallies
              .map((t) => ({ text: `${t.option}: ${t.count}`, font: 'Sans' }))
              .concat(v.eligible != null ? [{ text: `of ${v.eligible} eligible`, font: 'Sans' }] : []),
          },
          { text: `${v.passed ? '✓ ' : '✗ '}${formatOutcome(v)}`, font: 'Sans', bold: true },
          {
            text: v.matchesPacketText ? 'This wording' : 'An earlier wording',
            font: 'Sans',
            italics: !v.matchesPacketText,
          },
        ]),
        ['*', 90, 70, 70],
      ),
    );
  }
  for (const d of clause.dissents) out.push(dissentNode(d));
  if (clause.discussion.openThreads > 0) {
    out.push({
      stack: [
        {
          text: [
            label('STILL UNDER DISCUSSION  '),
            {
              text: `${clause.discussion.openThreads} open thread${clause.discussion.openThreads === 1 ? '' : 's'}`,
              font: 'Sans',
              fontSize: 9,
              color: MUTED,
            },
          ],
        },
        ...clause.discussion.excerpts.map((e) => ({
          text: [
            ...sans(`${e.author ? displayLine(e.author) : 'Someone'}: `, { bold: true, fontSize: 9 }),
            ...inlines(displayLine(e.text), { fontSize: 9 }),
          ],
          margin: [0, 1, 0, 1],
        })),
      ],
      margin: [12, 2, 0, 8],
    });
  }
  return out;
}

function buildDocument(packet: Packet, sha256: string): Record<string, unknown> {
  const title = displayLine(packet.title) || `Recommendations v${packet.version}`;
  const board = displayLine(packet.board.name);
  const content: Node[] = [];

  // Cover
  content.push(
    {
      text: sans(`${board} · ${displayLine(packet.board.jurisdiction)}`, { color: MUTED }),
      fontSize: 11,
      margin: [0, 120, 0, 12],
    },
    { text: sans(title, { bold: true }), fontSize: 26, lineHeight: 1.1, margin: [0, 0, 0, 8] },
    {
      text: sans(`Version ${packet.version} · ${displayLine(packet.draft.title)}`),
      fontSize: 13,
      color: MUTED,
      margin: [0, 0, 0, 36],
    },
    {
      text: [
        label('PUBLISHED  '),
        ...sans(`${formatPacketDateTime(packet.publishedAt)} by ${displayLine(packet.publishedBy)}`),
      ],
      fontSize: 10,
      margin: [0, 0, 0, 6],
    },
    {
      text: [label('FOR  '), ...sans(packet.recipients.map(displayLine).join('; ') || '—')],
      fontSize: 10,
      margin: [0, 0, 0, 6],
    },
    {
      text: [
        label('CONTENTS  '),
        ...sans(
          `${packet.clauses.length} recommendations, ${packet.meetings.length} meetings, ${packet.amendments.length} amendments`,
        ),
      ],
      fontSize: 10,
      margin: [0, 0, 0, 36],
    },
    { text: [label('SHA-256 OF THE JSON EDITION')], margin: [0, 0, 0, 2] },
    { text: sha256, font: 'Mono', fontSize: 8.5 },
    {
      text: sans(
        'Download the JSON edition and compute its SHA-256 to check that this document is the one the board published.',
        { fontSize: 8.5, color: MUTED },
      ),
      margin: [0, 4, 0, 0],
    },
  );

  content.push({ toc: { title: { text: 'Contents', style: 'h1' } }, pageBreak: 'before' });

  content.push(heading('Cover letter', 1, { toc: true, pageBreak: true }), ...paras(packet.coverLetter));

  if (packet.responses.length) {
    content.push(heading('Responses from officials', 1, { toc: true, pageBreak: true }));
    content.push(
      table(
        ['Recommendation', 'Response', 'By'],
        packet.responses.map((r) => [
          { text: `§ ${r.clauseNumber} (v${r.version})`, font: 'Sans' },
          {
            stack: [
              { text: RESPONSE_STATUS_LABELS[r.status] ?? r.status, font: 'Sans', bold: true },
              cell(r.text),
            ],
          },
          {
            stack: [
              cell(r.responderName),
              cell(r.responderRole, { italics: true }),
              { text: formatPacketDate(r.createdAt), font: 'Sans', fontSize: 8 },
            ],
          },
        ]),
        [90, '*', 120],
      ),
    );
  }

  if (packet.changeLog) {
    const log = packet.changeLog;
    content.push(heading(`Changes since version ${log.previousVersion}`, 1, { toc: true, pageBreak: true }));
    content.push(
      para(
        `${describeRedline(log.summary)}. Version ${log.previousVersion} had SHA-256 ${shortHash(log.previousSha256)}….`,
        { fontSize: 9.5 },
      ),
    );
    content.push({
      text: [
        label('HOW TO READ  '),
        { text: '[+', font: 'Mono', bold: true },
        { text: 'inserted', decoration: 'underline' },
        { text: '+]', font: 'Mono', bold: true },
        ' text is underlined; ',
        { text: '[-', font: 'Mono', bold: true },
        { text: 'deleted', decoration: 'lineThrough' },
        { text: '-]', font: 'Mono', bold: true },
        ' text is struck through. Colour repeats this but is never needed.',
      ],
      fontSize: 9,
      margin: [0, 0, 0, 10],
    });
    for (const entry of log.entries) {
      const where = entry.after ? `§ ${entry.after.number}` : `was § ${entry.before?.number}`;
      const movedNote = entry.moved && entry.before && entry.after ? ` (was § ${entry.before.number})` : '';
      content.push({
        text: [
          label(
            `${(REDLINE_STATUS_LABELS[entry.status] ?? entry.status).toUpperCase()}${entry.moved && entry.status === 'CHANGED' ? ' AND MOVED' : ''}  `,
          ),
          ...sans(`${where}${movedNote}`, { bold: true }),
        ],
        margin: [0, 6, 0, 2],
      });
      if (entry.heading.length)
        content.push({ text: redlineInlines(entry.heading), font: 'Sans', bold: true, margin: [0, 0, 0, 2] });
      if (entry.status !== 'MOVED' && entry.text.length)
        content.push({ text: redlineInlines(entry.text), fontSize: 9.5, margin: [0, 0, 0, 4] });
    }
  }

  if (packet.baselineComparison) content.push(...baselineNodes(packet.baselineComparison));

  content.push(heading('Recommendations', 1, { toc: true, pageBreak: true }));
  packet.clauses.forEach((clause) => content.push(...clauseSection(clause)));
  if (packet.dissents?.length) {
    content.push(heading('Other minority reports', 1, { toc: true }));
    for (const d of packet.dissents) content.push(dissentNode(d));
  }

  if (packet.amendments.length) {
    content.push(heading('Amendments', 1, { toc: true, pageBreak: true }));
    content.push(
      table(
        ['Clause', 'Amendment', 'Status', 'Proposed by'],
        packet.amendments.map((a) => [
          { text: a.clauseNumber ? `§ ${a.clauseNumber}` : '—', font: 'Sans' },
          {
            stack: [
              cell(a.title, { bold: true }),
              cell(a.proposedText),
              ...(a.rationale ? [cell(a.rationale, { italics: true, color: MUTED })] : []),
            ],
          },
          {
            text: `${a.status.charAt(0)}${a.status.slice(1).toLowerCase().replace(/_/g, ' ')}`,
            font: 'Sans',
            bold: a.status === 'ADOPTED',
          },
          cell(a.proposedBy ?? '—'),
        ]),
        [44, '*', 60, 90],
      ),
    );
  }

  if (packet.meetings.length) {
    content.push(heading('Meetings', 1, { toc: true, pageBreak: true }));
    for (const m of packet.meetings) {
      content.push(heading(displayLine(m.title), 3));
      content.push({
        text: sans(
          `${formatPacketDateTime(m.startsAt)}${m.location ? ` · ${displayLine(m.location)}` : ''} · ${m.attendees.length} present, ${m.absent.length} absent`,
          { color: MUTED },
        ),
        fontSize: 9,
        margin: [0, 0, 0, 4],
      });
      if (m.agenda.length)
        content.push({
          ul: m.agenda.map((item) => ({ text: inlines(displayLine(item)) })),
          fontSize: 9.5,
          margin: [0, 0, 0, 4],
        });
      content.push({
        text: [
          label('PRESENT  '),
          ...inlines(m.attendees.map(displayLine).join(', ') || '—', { fontSize: 8.5 }),
        ],
        margin: [0, 0, 0, 4],
      });
      content.push(...paras(m.minutes, { fontSize: 9.5 }));
    }
  }

  content.push(heading('Coverage of the toolkit', 1, { toc: true, pageBreak: true }));
  if (packet.coverage) {
    const s = packet.coverage.summary;
    content.push(
      para(
        `${s.covered} of ${s.total} components covered, ${s.partial} partly covered, ${s.missing} missing.`,
      ),
    );
    content.push(
      table(
        ['Component', 'Status', 'Clauses'],
        packet.coverage.components.map((c) => [
          cell(c.title),
          {
            text: `${c.status === 'COVERED' ? '● ' : c.status === 'PARTIAL' ? '◐ ' : '○ '}${COVERAGE_LABELS[c.status] ?? c.status}`,
            font: 'Sans',
            bold: c.status === 'MISSING',
          },
          {
            text: c.clauseNumbers.length ? c.clauseNumbers.map((n) => `§ ${n}`).join(', ') : '—',
            font: 'Sans',
          },
        ]),
        ['*', 100, 140],
      ),
    );
  } else {
    content.push(para('Coverage was not computed for this version.'));
  }

  content.push(heading('Language checks', 1, { toc: true }));
  if (packet.languageFindings.length) {
    content.push(
      table(
        ['Clause', 'Finding', 'Status'],
        packet.languageFindings.map((f) => [
          { text: f.clauseNumber ? `§ ${f.clauseNumber}` : '—', font: 'Sans' },
          { stack: [cell(f.message), cell(`“${f.excerpt}”`, { italics: true, color: MUTED })] },
          {
            stack: [
              { text: f.dismissed ? 'Dismissed' : `Open (${f.severity})`, font: 'Sans', bold: !f.dismissed },
              ...(dismissalNote(f) ? [cell(dismissalNote(f)!, { fontSize: 8 })] : []),
            ],
          },
        ]),
        [44, '*', 120],
      ),
    );
  } else {
    content.push(para('No language findings.'));
  }

  if (packet.members) {
    content.push(heading('Board members', 1, { toc: true }));
    content.push({
      columns: [0, 1].map((col) => ({
        stack: packet
          .members!.filter((_, i) => i % 2 === col)
          .map((m) => ({
            text: [
              ...sans(displayLine(m.name)),
              { text: `  ${m.role.toLowerCase()}`, font: 'Sans', color: MUTED, fontSize: 8 },
            ],
          })),
      })),
      fontSize: 9.5,
    });
  }

  content.push(heading('About this document', 1, { toc: true }));
  content.push(
    para(
      `Generated by Roundtable from version ${packet.version} of the packet (schema ${packet.schemaVersion}). Every format (PDF, Word, HTML, Markdown, JSON) renders the same frozen JSON; its SHA-256 is ${sha256}. Characters the embedded fonts cannot draw, such as most emoji, are shown as [U+XXXX] code points.`,
      { fontSize: 9 },
    ),
    ...packet.notes.map((n) => para(n, { fontSize: 9, italics: true })),
  );

  return {
    pageSize: 'LETTER',
    pageMargins: [MARGIN_X, 56, MARGIN_X, 60],
    info: {
      title,
      author: board,
      subject: `Version ${packet.version} · SHA-256 ${sha256}`,
      creator: 'Roundtable',
      producer: 'Roundtable',
      creationDate: new Date(packet.publishedAt),
      modDate: new Date(packet.publishedAt),
    },
    language: 'en',
    defaultStyle: { font: 'Serif', fontSize: BODY_SIZE, lineHeight: 1.25, color: INK },
    styles: {
      h1: { font: 'Sans', fontSize: 17, bold: true, margin: [0, 0, 0, 10] },
      h2: { font: 'Sans', fontSize: 12.5, bold: true, margin: [0, 14, 0, 4] },
      h3: { font: 'Sans', fontSize: 11, bold: true, margin: [0, 10, 0, 2] },
    },
    header: (page: number) =>
      page === 1
        ? null
        : { text: sans(board, { fontSize: 8, color: MUTED }), margin: [MARGIN_X, 24, MARGIN_X, 0] },
    footer: (page: number, pages: number) => ({
      columns: [
        {
          text: sans(
            `${title.length > 60 ? `${title.slice(0, 59)}…` : title} · Version ${packet.version} · SHA-256 ${shortHash(sha256)}`,
            { fontSize: 7.5, color: MUTED },
          ),
          width: '*',
        },
        {
          text: `Page ${page} of ${pages}`,
          font: 'Sans',
          fontSize: 7.5,
          color: MUTED,
          alignment: 'right',
          width: 80,
        },
      ],
      margin: [MARGIN_X, 24, MARGIN_X, 0],
    }),
    content,
  };
}

/** The packet as a typeset PDF: cover, contents, recommendations with votes, changes, meetings, coverage. */
export async function renderPdf(packet: Packet, sha256: string): Promise<Buffer> {
  return pdfmake.createPdf(buildDocument(packet, sha256)).getBuffer();
}

// ---- starting points: the department baseline and minority reports --------------------------

function dissentNode(d: PacketDissent): Node {
  return {
    stack: [
      {
        text: [
          label(`${(DISSENT_LABELS[d.kind] ?? d.kind).toUpperCase()}  `),
          ...sans(d.author ? displayLine(d.author) : 'Unnamed member', { fontSize: 9, color: MUTED }),
        ],
      },
      ...(d.title ? [para(displayLine(d.title), { fontSize: 9.5, bold: true, margin: [0, 1, 0, 1] })] : []),
      ...(d.signatories?.length
        ? [
            {
              text: sans(`Co-signed by ${d.signatories.map((n) => displayLine(n)).join(', ')}`, {
                fontSize: 8.5,
                color: MUTED,
              }),
              margin: [0, 0, 0, 2],
            },
          ]
        : []),
      ...paras(d.text, { fontSize: 9.5, italics: true }),
    ],
    margin: [12, 2, 0, 6],
  };
}

function baselineNodes(b: PacketBaselineComparison): Node[] {
  const out: Node[] = [heading(BASELINE_SECTION_TITLE, 1, { toc: true, pageBreak: true })];
  out.push(
    para(
      `Set against ${displayLine(b.sourceName)}, imported by ${displayLine(b.importedBy)} on ${formatPacketDate(b.importedAt)} (SHA-256 ${shortHash(b.sha256)}…). Clauses are paired by heading. ${describeRedline(b.summary)}.${b.summary.unchanged ? ` ${b.summary.unchanged} unchanged.` : ''}`,
      { fontSize: 9.5 },
    ),
  );
  out.push({
    text: [
      label('HOW TO READ  '),
      { text: '[+', font: 'Mono', bold: true },
      { text: 'inserted', decoration: 'underline' },
      { text: '+]', font: 'Mono', bold: true },
      ' text is new in the recommendations; ',
      { text: '[-', font: 'Mono', bold: true },
      { text: 'deleted', decoration: 'lineThrough' },
      { text: '-]', font: 'Mono', bold: true },
      " text is in the department's policy only. Colour repeats this but is never needed.",
    ],
    fontSize: 9,
    margin: [0, 0, 0, 10],
  });
  for (const entry of b.entries) {
    const where = entry.after ? `§ ${entry.after.number}` : `department § ${entry.before?.number}`;
    const was = entry.before && entry.after ? ` (department § ${entry.before.number})` : '';
    out.push({
      text: [
        label(
          `${(BASELINE_STATUS_LABELS[entry.status] ?? entry.status).toUpperCase()}${entry.moved && entry.status === 'CHANGED' ? ' AND MOVED' : ''}  `,
        ),
        ...sans(`${where}${was}`, { bold: true }),
      ],
      margin: [0, 6, 0, 2],
    });
    if (entry.heading.length)
      out.push({ text: redlineInlines(entry.heading), font: 'Sans', bold: true, margin: [0, 0, 0, 2] });
    if (entry.status !== 'MOVED' && entry.text.length)
      out.push({ text: redlineInlines(entry.text), fontSize: 9.5, margin: [0, 0, 0, 4] });
  }
  return out;
}
