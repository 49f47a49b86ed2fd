import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  IRunOptions,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ParagraphChild,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  BASELINE_SECTION_TITLE,
  BASELINE_STATUS_LABELS,
  PacketBaselineComparison,
  PacketDissent,
  COVERAGE_LABELS,
  DISSENT_LABELS,
  Packet,
  PacketClause,
  REDLINE_STATUS_LABELS,
  RESPONSE_STATUS_LABELS,
  RedlinePart,
  describeRedline,
  displayLine,
  displayText,
  formatOutcome,
  formatPacketDate,
  formatPacketDateTime,
  hasRtl,
  isMostlyRtl,
  paragraphs,
  shortHash,
  dismissalNote,
} from '@roundtable/shared';

type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

/** A run of text; right-to-left runs are flagged so Word orders and shapes them itself. */
function run(text: string, style: RunStyle = {}): TextRun {
  const clean = displayText(text);
  return new TextRun({ ...style, text: clean, rightToLeft: hasRtl(clean) || undefined });
}

function para(
  text: string,
  style: RunStyle = {},
  options: { spacingAfter?: number; indent?: number } = {},
): Paragraph {
  return new Paragraph({
    children: [run(text, style)],
    bidirectional: isMostlyRtl(text) || undefined,
    spacing: { after: options.spacingAfter ?? 120 },
    indent: options.indent ? { left: options.indent } : undefined,
  });
}

function paras(text: string, style: RunStyle = {}, indent?: number): Paragraph[] {
  const list = paragraphs(text);
  return list.length ? list.map((p) => para(p, style, { indent })) : [para('—', { color: '595959' })];
}

function labelled(label: string, value: string, valueStyle: RunStyle = {}, indent?: number): Paragraph {
  return new Paragraph({
    children: [
      new TextRun({ text: `${label}  `, bold: true, smallCaps: true, color: '4A5463', size: 18 }),
      run(value, valueStyle),
    ],
    spacing: { after: 80 },
    indent: indent ? { left: indent } : undefined,
  });
}

function heading(
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  pageBreakBefore = false,
): Paragraph {
  return new Paragraph({
    heading: level,
    children: [run(displayLine(text))],
    pageBreakBefore,
    bidirectional: isMostlyRtl(text) || undefined,
  });
}

/** Insertions underlined inside [+ +], deletions struck through inside [- -]: readable in greyscale and by screen readers. */
function redlineRuns(parts: RedlinePart[]): ParagraphChild[] {
  return parts.flatMap((part) => {
    if (part.op === 'equal') return [run(part.text)];
    const insert = part.op === 'insert';
    const mark = (t: string) =>
      new TextRun({ text: t, bold: true, font: 'Consolas', color: insert ? '135E2B' : '8A1C1C' });
    return [
      mark(insert ? '[+' : '[-'),
      run(part.text, insert ? { underline: {}, color: '135E2B' } : { strike: true, color: '8A1C1C' }),
      mark(insert ? '+]' : '-]'),
    ];
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'C9CED6' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function table(headers: string[], rows: Paragraph[][][], widths: number[]): Table {
  const cellOf = (children: Paragraph[], header = false, width = 0) =>
    new TableCell({
      children: children.length ? children : [new Paragraph('')],
      width: { size: width, type: WidthType.PERCENTAGE },
      borders: { top: header ? NONE : THIN, bottom: THIN, left: NONE, right: NONE },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map((h, i) =>
          cellOf(
            [new Paragraph({ children: [new TextRun({ text: h, bold: true, color: '4A5463', size: 18 })] })],
            true,
            widths[i],
          ),
        ),
      }),
      ...rows.map(
        (cells) =>
          new TableRow({ cantSplit: true, children: cells.map((c, i) => cellOf(c, false, widths[i])) }),
      ),
    ],
  });
}

const cellText = (text: string, style: RunStyle = {}) => [
  para(displayLine(text), style, { spacingAfter: 0 }),
];

function clauseBlocks(clause: PacketClause): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    heading(`§ ${clause.number}  ${displayLine(clause.heading)}`, HeadingLevel.HEADING_2),
  ];
  if (clause.components.length)
    out.push(
      labelled('Implements', clause.components.map((c) => c.title).join(' · '), {
        color: '4A5463',
        size: 18,
      }),
    );
  out.push(...paras(clause.text));
  if (clause.votes.length) {
    out.push(labelled('Votes', ''));
    out.push(
      table(
        ['Question', 'Tally', 'Result', 'Wording'],
        clause.votes.map((v) => [
          [...cellText(v.question), para(v.rule, { size: 16, color: '4A5463' }, { spacingAfter: 0 })],
          [
            ...v.tallies.map((t) => para(`${t.option}: ${t.count}`, {}, { spacingAfter: 0 })),
            ...(v.eligible != null
              ? [para(`of ${v.eligible} eligible`, { size: 16 }, { spacingAfter: 0 })]
              : []),
          ],
          cellText(`${v.passed ? '✓' : '✗'} ${formatOutcome(v)}`, { bold: true }),
          cellText(v.matchesPacketText ? 'This wording' : 'An earlier wording', {
            italics: !v.matchesPacketText,
          }),
        ]),
        [46, 20, 17, 17],
      ),
    );
  }
  for (const d of clause.dissents) out.push(...dissentBlocks(d));
  if (clause.discussion.openThreads > 0) {
    const n = clause.discussion.openThreads;
    out.push(
      labelled('Still under discussion', `${n} open thread${n === 1 ? '' : 's'}`, { color: '4A5463' }, 360),
    );
    for (const e of clause.discussion.excerpts) {
      out.push(
        new Paragraph({
          children: [
            run(`${e.author ? displayLine(e.author) : 'Someone'}: `, { bold: true }),
            run(displayLine(e.text)),
          ],
          indent: { left: 360 },
          spacing: { after: 60 },
        }),
      );
    }
  }
  return out;
}

/** The packet as a Word document with real heading styles, so officials can navigate, comment and track changes. */
export async function renderDocx(packet: Packet, sha256: string): Promise<Buffer> {
  const title = displayLine(packet.title) || `Recommendations v${packet.version}`;
  const board = displayLine(packet.board.name);
  const body: (Paragraph | Table | TableOfContents)[] = [];

  body.push(
    para(`${board} · ${displayLine(packet.board.jurisdiction)}`, { color: '4A5463' }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(title)] }),
    para(`Version ${packet.version} · ${displayLine(packet.draft.title)}`, { size: 26, color: '4A5463' }),
    labelled(
      'Published',
      `${formatPacketDateTime(packet.publishedAt)} by ${displayLine(packet.publishedBy)}`,
    ),
    labelled('For', packet.recipients.map(displayLine).join('; ') || '—'),
    labelled('SHA-256 of the JSON edition', sha256, { font: 'Consolas', size: 16 }),
    new Paragraph({ children: [new PageBreak()] }),
    new TableOfContents('Contents', {
      hyperlink: true,
      headingStyleRange: '1-2',
      cachedEntries: [
        { title: 'Cover letter', level: 1 },
        ...(packet.responses.length ? [{ title: 'Responses from officials', level: 1 }] : []),
        ...(packet.changeLog
          ? [{ title: `Changes since version ${packet.changeLog.previousVersion}`, level: 1 }]
          : []),
        ...(packet.baselineComparison ? [{ title: BASELINE_SECTION_TITLE, level: 1 }] : []),
        { title: 'Recommendations', level: 1 },
        ...packet.clauses.map((c) => ({ title: `§ ${c.number}  ${displayLine(c.heading)}`, level: 2 })),
        ...(packet.dissents?.length ? [{ title: 'Other minority reports', level: 1 }] : []),
      ],
    }),
    heading('Cover letter', HeadingLevel.HEADING_1, true),
    ...paras(packet.coverLetter),
  );

  if (packet.responses.length) {
    body.push(heading('Responses from officials', HeadingLevel.HEADING_1, true));
    body.push(
      table(
        ['Recommendation', 'Response', 'By'],
        packet.responses.map((r) => [
          cellText(`§ ${r.clauseNumber} (v${r.version})`),
          [...cellText(RESPONSE_STATUS_LABELS[r.status] ?? r.status, { bold: true }), ...paras(r.text)],
          [
            ...cellText(r.responderName),
            ...cellText(r.responderRole, { italics: true }),
            ...cellText(formatPacketDate(r.createdAt), { size: 16 }),
          ],
        ]),
        [20, 55, 25],
      ),
    );
  }

  if (packet.changeLog) {
    const log = packet.changeLog;
    body.push(heading(`Changes since version ${log.previousVersion}`, HeadingLevel.HEADING_1, true));
    body.push(
      para(
        `${describeRedline(log.summary)}. Version ${log.previousVersion} had SHA-256 ${log.previousSha256}.`,
      ),
    );
    body.push(
      new Paragraph({
        children: [
          new TextRun({ text: 'How to read: ', bold: true }),
          ...redlineRuns([{ op: 'insert', text: 'inserted' }]),
          new TextRun(' text is underlined; '),
          ...redlineRuns([{ op: 'delete', text: 'deleted' }]),
          new TextRun(' text is struck through.'),
        ],
        spacing: { after: 200 },
      }),
    );
    for (const entry of log.entries) {
      const where = entry.after ? `§ ${entry.after.number}` : `was § ${entry.before?.number}`;
      const moved = entry.moved && entry.before && entry.after ? ` (was § ${entry.before.number})` : '';
      body.push(
        labelled(
          `${REDLINE_STATUS_LABELS[entry.status] ?? entry.status}${entry.moved && entry.status === 'CHANGED' ? ' and moved' : ''}`,
          `${where}${moved}`,
          { bold: true },
        ),
      );
      if (entry.heading.length)
        body.push(new Paragraph({ children: redlineRuns(entry.heading), spacing: { after: 60 } }));
      if (entry.status !== 'MOVED' && entry.text.length)
        body.push(new Paragraph({ children: redlineRuns(entry.text), spacing: { after: 200 } }));
    }
  }

  if (packet.baselineComparison) body.push(...baselineBlocks(packet.baselineComparison));

  body.push(heading('Recommendations', HeadingLevel.HEADING_1, true));
  for (const clause of packet.clauses) body.push(...clauseBlocks(clause));
  if (packet.dissents?.length) {
    body.push(heading('Other minority reports', HeadingLevel.HEADING_1));
    for (const d of packet.dissents) body.push(...dissentBlocks(d));
  }

  if (packet.amendments.length) {
    body.push(heading('Amendments', HeadingLevel.HEADING_1, true));
    body.push(
      table(
        ['Clause', 'Amendment', 'Status', 'Proposed by'],
        packet.amendments.map((a) => [
          cellText(a.clauseNumber ? `§ ${a.clauseNumber}` : '—'),
          [
            ...cellText(a.title, { bold: true }),
            ...paras(a.proposedText),
            ...(a.rationale ? paras(a.rationale, { italics: true }) : []),
          ],
          cellText(a.status.charAt(0) + a.status.slice(1).toLowerCase().replace(/_/g, ' ')),
          cellText(a.proposedBy ?? '—'),
        ]),
        [10, 56, 14, 20],
      ),
    );
  }

  if (packet.meetings.length) {
    body.push(heading('Meetings', HeadingLevel.HEADING_1, true));
    for (const m of packet.meetings) {
      body.push(heading(displayLine(m.title), HeadingLevel.HEADING_3));
      body.push(
        para(
          `${formatPacketDateTime(m.startsAt)}${m.location ? ` · ${displayLine(m.location)}` : ''} · ${m.attendees.length} present, ${m.absent.length} absent`,
          { color: '4A5463' },
        ),
      );
      for (const item of m.agenda)
        body.push(
          new Paragraph({
            children: [run(displayLine(item))],
            numbering: { reference: 'bullets', level: 0 },
          }),
        );
      body.push(labelled('Present', m.attendees.map(displayLine).join(', ') || '—', { size: 18 }));
      body.push(...paras(m.minutes));
    }
  }

  body.push(heading('Coverage of the toolkit', HeadingLevel.HEADING_1, true));
  if (packet.coverage) {
    const s = packet.coverage.summary;
    body.push(
      para(
        `${s.covered} of ${s.total} components covered, ${s.partial} partly covered, ${s.missing} missing.`,
      ),
    );
    body.push(
      table(
        ['Component', 'Status', 'Clauses'],
        packet.coverage.components.map((c) => [
          cellText(c.title),
          cellText(COVERAGE_LABELS[c.status] ?? c.status, { bold: c.status === 'MISSING' }),
          cellText(c.clauseNumbers.length ? c.clauseNumbers.map((n) => `§ ${n}`).join(', ') : '—'),
        ]),
        [45, 20, 35],
      ),
    );
  } else body.push(para('Coverage was not computed for this version.'));

  body.push(heading('Language checks', HeadingLevel.HEADING_1));
  if (packet.languageFindings.length) {
    body.push(
      table(
        ['Clause', 'Finding', 'Status'],
        packet.languageFindings.map((f) => [
          cellText(f.clauseNumber ? `§ ${f.clauseNumber}` : '—'),
          [...cellText(f.message), ...cellText(`“${f.excerpt}”`, { italics: true })],
          [
            ...cellText(f.dismissed ? 'Dismissed' : `Open (${f.severity})`, { bold: !f.dismissed }),
            ...(dismissalNote(f) ? cellText(dismissalNote(f)!, { size: 16 }) : []),
          ],
        ]),
        [10, 60, 30],
      ),
    );
  } else body.push(para('No language findings.'));

  if (packet.members) {
    body.push(heading('Board members', HeadingLevel.HEADING_1));
    for (const m of packet.members)
      body.push(
        new Paragraph({
          children: [
            run(displayLine(m.name)),
            new TextRun({ text: `  ${m.role.toLowerCase()}`, color: '4A5463', size: 16 }),
          ],
          numbering: { reference: 'bullets', level: 0 },
        }),
      );
  }

  body.push(heading('About this document', HeadingLevel.HEADING_1));
  body.push(
    para(
      `Generated by Roundtable from version ${packet.version} of the packet (schema ${packet.schemaVersion}). Every format renders the same frozen JSON; its SHA-256 is ${sha256}.`,
      { size: 18 },
    ),
  );
  for (const note of packet.notes) body.push(para(note, { italics: true, size: 18 }));

  const doc = new Document({
    creator: 'Roundtable',
    title,
    description: `${board} · Version ${packet.version} · SHA-256 ${sha256}`,
    lastModifiedBy: 'Roundtable',
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: 'Georgia', size: 21, color: '1D2430' },
          paragraph: { spacing: { line: 288 } },
        },
        title: { run: { font: 'Arial', size: 52, bold: true } },
        heading1: {
          run: { font: 'Arial', size: 34, bold: true, color: '1D2430' },
          paragraph: { spacing: { before: 240, after: 160 } },
        },
        heading2: {
          run: { font: 'Arial', size: 25, bold: true, color: '1D2430' },
          paragraph: { spacing: { before: 280, after: 80 }, keepNext: true },
        },
        heading3: {
          run: { font: 'Arial', size: 22, bold: true, color: '1D2430' },
          paragraph: { spacing: { before: 200, after: 40 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1080, bottom: 1080, left: 1200, right: 1200 } } },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [run(board, { size: 16, color: '4A5463' })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  run(
                    `${title.length > 60 ? `${title.slice(0, 59)}…` : title} · Version ${packet.version} · SHA-256 ${shortHash(sha256)} · Page `,
                    { size: 15, color: '4A5463' },
                  ),
                  new TextRun({ children: [PageNumber.CURRENT], size: 15, color: '4A5463' }),
                  new TextRun({ text: ' of ', size: 15, color: '4A5463' }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 15, color: '4A5463' }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  const publishedAt = new Date(packet.publishedAt);
  const core = coreProperties({
    title,
    description: `${board} · Version ${packet.version} · SHA-256 ${sha256}`,
    date: publishedAt,
  });
  return stampZipEntries(
    await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]),
    publishedAt,
  );
}

// ---- reproducible output ---------------------------------------------------------------------
// The docx package stamps the document's created/modified properties and every zip entry with the
// current time, so two renders of one frozen packet differed. Both come from the packet's
// publication time instead, which makes the file a pure function of the frozen JSON.

function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

/** docProps/core.xml as the docx package writes it, dated at publication. */
function coreProperties({
  title,
  description,
  date,
}: {
  title: string;
  description: string;
  date: Date;
}): string {
  const stamp = date.toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>Roundtable</dc:creator><dc:description>${xmlText(description)}</dc:description>` +
    '<cp:lastModifiedBy>Roundtable</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Sets the MS-DOS modification time of every entry (local header and central directory) of a zip
 * to `date`, in UTC. Timestamps are outside the compressed data and its CRC, so nothing else
 * changes; this saves inflating and deflating the package again.
 */
export function stampZipEntries(zip: Buffer, date: Date): Buffer {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  const dosDate = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  // End of central directory: the last record with its signature, at most 64 KiB of comment away.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('DOCX: not a zip archive');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('DOCX: bad central directory');
    zip.writeUInt16LE(dosTime, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('DOCX: bad local header');
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

// ---- starting points: the department baseline and minority reports --------------------------

function dissentBlocks(d: PacketDissent): Paragraph[] {
  const out = [
    labelled(
      DISSENT_LABELS[d.kind] ?? d.kind,
      d.author ? displayLine(d.author) : 'Unnamed member',
      { color: '4A5463' },
      360,
    ),
  ];
  if (d.title) out.push(para(displayLine(d.title), { bold: true }, { indent: 360, spacingAfter: 60 }));
  if (d.signatories?.length)
    out.push(labelled('Co-signed by', d.signatories.map(displayLine).join(', '), { color: '4A5463' }, 360));
  out.push(...paras(d.text, { italics: true }, 360));
  return out;
}

function baselineBlocks(b: PacketBaselineComparison): Paragraph[] {
  const out: Paragraph[] = [heading(BASELINE_SECTION_TITLE, HeadingLevel.HEADING_1, true)];
  out.push(
    para(
      `Set against ${displayLine(b.sourceName)}, imported by ${displayLine(b.importedBy)} on ${formatPacketDate(b.importedAt)} (SHA-256 ${b.sha256}). Clauses are paired by heading. ${describeRedline(b.summary)}.${b.summary.unchanged ? ` ${b.summary.unchanged} unchanged.` : ''}`,
    ),
    new Paragraph({
      children: [
        new TextRun({ text: 'How to read: ', bold: true }),
        ...redlineRuns([{ op: 'insert', text: 'inserted' }]),
        new TextRun(' text is new in the recommendations; '),
        ...redlineRuns([{ op: 'delete', text: 'deleted' }]),
        new TextRun(" text is in the department's policy only."),
      ],
      spacing: { after: 200 },
    }),
  );
  for (const entry of b.entries) {
    const where = entry.after ? `§ ${entry.after.number}` : `department § ${entry.before?.number}`;
    const was = entry.before && entry.after ? ` (department § ${entry.before.number})` : '';
    out.push(
      labelled(
        `${BASELINE_STATUS_LABELS[entry.status] ?? entry.status}${entry.moved && entry.status === 'CHANGED' ? ' and moved' : ''}`,
        `${where}${was}`,
        { bold: true },
      ),
    );
    if (entry.heading.length)
      out.push(new Paragraph({ children: redlineRuns(entry.heading), spacing: { after: 60 } }));
    if (entry.status !== 'MOVED' && entry.text.length)
      out.push(new Paragraph({ children: redlineRuns(entry.text), spacing: { after: 200 } }));
  }
  return out;
}
