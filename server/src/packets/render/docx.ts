import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  Document,
  FileChild,
  Footer,
  Header,
  HeadingLevel,
  ILevelsOptions,
  IRunOptions,
  InsertedTextRun,
  LevelFormat,
  LineRuleType,
  Packer,
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
import JSZip from 'jszip';
import { Packet, displayText, hasRtl, shortHash } from '@roundtable/shared';
import { Block, ListBlock, PacketDocument, Run, headingLine, packetDocument } from './document';

type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

const MUTED = '4A5463';
const TWIPS: Record<PacketDocument['pageSize'], { width: number; height: number }> = {
  LETTER: { width: 12240, height: 15840 },
  A4: { width: 11906, height: 16838 },
};
/** Indent of one list level, and of an aside. */
const STEP = 360;

/**
 * Maps the document model onto Word: real heading, list and table structures, redlines as Word's
 * own tracked changes (w:ins / w:del by "Roundtable board", dated at publication), a contents
 * field with page numbers, and the paper the board chose.
 */
class DocxWriter {
  private revision = 0;
  /** One numbering definition per ordered list, so every list counts from its own start. */
  readonly orderedLists: { reference: string; start: number }[] = [];

  constructor(private readonly doc: PacketDocument) {}

  private runStyle(r: Run): RunStyle {
    return {
      bold: r.bold || undefined,
      italics: r.italic || undefined,
      color: r.muted || r.label ? MUTED : undefined,
      size: r.label ? 16 : r.small ? 17 : undefined,
      smallCaps: r.label || undefined,
      font: r.code ? 'Consolas' : undefined,
    };
  }

  private runs(list: Run[]): ParagraphChild[] {
    return list.flatMap((r): ParagraphChild[] => {
      const text = displayText(r.text);
      const style: RunStyle = { ...this.runStyle(r), rightToLeft: hasRtl(text) || undefined };
      // A line break inside a paragraph is a w:br, never a raw newline inside w:t (Word shows that as a space).
      const pieces = text.split('\n');
      return pieces.flatMap((piece, i): ParagraphChild[] => {
        const options = { ...style, text: piece, break: i > 0 ? 1 : undefined };
        if (r.change) {
          const change = { id: ++this.revision, author: this.doc.revisionAuthor, date: this.doc.publishedAt };
          return [
            r.change === 'ins'
              ? new InsertedTextRun({ ...options, ...change })
              : new DeletedTextRun({ ...options, ...change }),
          ];
        }
        if (r.label) return [new TextRun({ ...options, text: `${piece}  ` })];
        return [new TextRun(options)];
      });
    });
  }

  private paragraph(
    runs: Run[],
    options: { rtl?: boolean; indent?: number; after?: number } = {},
  ): Paragraph {
    return new Paragraph({
      children: this.runs(runs),
      bidirectional: options.rtl || undefined,
      indent: options.indent ? { left: options.indent } : undefined,
      spacing: { after: options.after ?? 120 },
    });
  }

  private list(b: ListBlock, depth: number, indent: number): FileChild[] {
    let numbering: { reference: string; level: number };
    if (b.ordered) {
      const reference = `ordered-${this.orderedLists.length + 1}`;
      this.orderedLists.push({ reference, start: b.start });
      numbering = { reference, level: Math.min(depth, 8) };
    } else numbering = { reference: 'bullets', level: Math.min(depth, 8) };
    const itemIndent = STEP * (depth + 1) + indent;
    return b.items.flatMap((item) =>
      item.flatMap((child, k): FileChild[] => {
        if (child.kind === 'list') return this.list(child, depth + 1, indent);
        if (k === 0 && child.kind === 'paragraph')
          return [
            new Paragraph({
              children: this.runs(child.runs),
              bidirectional: child.rtl || undefined,
              numbering,
              style: 'ListParagraph',
              spacing: { after: 60 },
            }),
          ];
        return this.blocks([child], itemIndent);
      }),
    );
  }

  private table(headers: string[], rows: Block[][][], widths: number[], caption?: string): FileChild[] {
    const thin = { style: BorderStyle.SINGLE, size: 4, color: 'C9CED6' };
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const cellOf = (children: FileChild[], header: boolean, width: number) =>
      new TableCell({
        children: children.length ? (children as Paragraph[]) : [new Paragraph('')],
        width: { size: width, type: WidthType.PERCENTAGE },
        borders: { top: header ? none : thin, bottom: thin, left: none, right: none },
        margins: { top: 60, bottom: 60, left: 80, right: 80 },
      });
    const table = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: headers.map((h, i) =>
            cellOf(
              [new Paragraph({ children: [new TextRun({ text: h, bold: true, color: MUTED, size: 18 })] })],
              true,
              widths[i],
            ),
          ),
        }),
        ...rows.map(
          (cells) =>
            new TableRow({
              cantSplit: true,
              children: cells.map((c, i) => cellOf(this.blocks(c, 0, 0), false, widths[i])),
            }),
        ),
      ],
    });
    return [...(caption ? [this.paragraph([{ text: caption, label: true }], { after: 40 })] : []), table];
  }

  blocks(list: Block[], indent = 0, after?: number): FileChild[] {
    return list.flatMap((b): FileChild[] => {
      switch (b.kind) {
        case 'heading':
          return [
            new Paragraph({
              heading: HeadingLevel.HEADING_2,
              children: this.runs([{ text: headingLine(b) }]),
              bidirectional: hasRtl(b.text) || undefined,
            }),
          ];
        case 'paragraph':
          return [this.paragraph(b.runs, { rtl: b.rtl, indent, after })];
        case 'list':
          return this.list(b, 0, indent);
        case 'table':
          return this.table(b.headers, b.rows, b.widths, b.caption);
        case 'hash':
          return [
            this.paragraph([{ text: b.label, label: true }], { indent, after: 0 }),
            this.paragraph([{ text: b.value, code: true, small: true }], { indent }),
          ];
        case 'aside':
          return [
            this.paragraph(
              [
                { text: b.label, label: true },
                { text: b.note, muted: true },
              ],
              { indent: indent + STEP, after: 60 },
            ),
            ...this.blocks(b.blocks, indent + STEP, 80),
          ];
        case 'legend':
          return [
            this.paragraph([
              { text: 'How to read', label: true },
              {
                text: `Changes are Word tracked changes by ${this.doc.revisionAuthor}, dated at publication: in Review, accept or reject each one. Inserted text ${b.ins}; deleted text ${b.del}.`,
              },
            ]),
          ];
        case 'redline':
          return [
            this.paragraph(
              [
                { text: b.status, label: true },
                { text: b.where, bold: true },
              ],
              { after: 40 },
            ),
            ...b.heading.map((l) =>
              this.paragraph(
                l.runs.map((r) => ({ ...r, bold: true })),
                { after: 40 },
              ),
            ),
            ...b.body.map((l) => this.paragraph(l.runs, { after: 60, indent: STEP * l.depth })),
          ];
      }
    });
  }
}

function levels(ordered: boolean, start = 1): ILevelsOptions[] {
  const bullets = ['•', '◦', '▪'];
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? formats[level % 3] : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : bullets[level % 3],
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: STEP * (level + 1), hanging: 280 } } },
  }));
}

/** The packet as a Word document with real heading styles, so officials can navigate, comment and track changes. */
export async function renderDocx(packet: Packet, sha256: string): Promise<Buffer> {
  const doc = packetDocument(packet, sha256);
  const writer = new DocxWriter(doc);
  const body: FileChild[] = [];

  // Cover: the board's name once here, not again in a header on this page.
  body.push(
    new Paragraph({
      children: [new TextRun({ text: `${doc.board} · ${doc.jurisdiction}`, color: MUTED })],
      spacing: { after: 240 },
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: doc.title, rightToLeft: hasRtl(doc.title) || undefined })],
    }),
    new Paragraph({
      children: [new TextRun({ text: doc.cover.subtitle, size: 26, color: MUTED })],
      spacing: { after: 360 },
    }),
    ...writer.blocks([...doc.cover.facts, doc.cover.hash]),
    new Paragraph({ style: 'TOCHeading', children: [new TextRun('Contents')], pageBreakBefore: true }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  );
  for (const s of doc.sections) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(s.title)],
        pageBreakBefore: s.pageBreak,
      }),
    );
    body.push(...writer.blocks(s.blocks));
  }

  const lang = { value: 'en-US' };
  const spacing = (line: number, extra: object = {}) => ({ line, lineRule: LineRuleType.AUTO, ...extra });
  const small = { size: 15, color: MUTED };
  const document = new Document({
    creator: 'Roundtable',
    title: doc.title,
    description: `${doc.board} · Version ${doc.version} · SHA-256 ${sha256}`,
    lastModifiedBy: 'Roundtable',
    // The contents field is written with every heading and left for Word to number on opening
    // (it asks to update fields): docx's own page estimator took five seconds for 60 clauses.
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: 'Georgia', size: 21, color: '1D2430', language: lang },
          paragraph: { spacing: spacing(288) },
        },
        // lineRule auto: a multiple of the font's own line height, so a 26 pt title never overlaps itself.
        title: {
          run: { font: 'Arial', size: 52, bold: true },
          paragraph: { spacing: spacing(240, { after: 160 }) },
        },
        heading1: {
          run: { font: 'Arial', size: 34, bold: true, color: '1D2430' },
          paragraph: { spacing: spacing(240, { before: 240, after: 160 }), keepNext: true },
        },
        heading2: {
          run: { font: 'Arial', size: 25, bold: true, color: '1D2430' },
          paragraph: { spacing: spacing(240, { before: 280, after: 80 }), keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: 'Arial', size: 34, bold: true },
          paragraph: { spacing: spacing(240, { after: 160 }) },
        },
        { id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quickFormat: true },
      ],
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: levels(false) },
        ...writer.orderedLists.map((l) => ({ reference: l.reference, levels: levels(true, l.start) })),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: TWIPS[doc.pageSize],
            margin: { top: 1080, bottom: 1080, left: 1200, right: 1200 },
          },
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph('')] }),
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: `${doc.title} · Version ${doc.version}`, ...small })],
              }),
            ],
          }),
        },
        footers: {
          first: new Footer({ children: [new Paragraph('')] }),
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `SHA-256 ${shortHash(sha256)}… · Page `, ...small }),
                  new TextRun({ children: [PageNumber.CURRENT], ...small }),
                  new TextRun({ text: ' of ', ...small }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
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
    title: doc.title,
    description: `${doc.board} · Version ${doc.version} · SHA-256 ${sha256}`,
    date: publishedAt,
  });
  const packed = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: core }]);
  return stampZipEntries(await renumberBookmarks(packed), publishedAt);
}

/**
 * The docx package numbers the contents' heading bookmarks (_Toc1, _Toc2, …) from a counter shared
 * by every document the process writes, so a second render of one packet came out different.
 * Renumbered from 1 in order of appearance, the file is again a pure function of the packet.
 */
async function renumberBookmarks(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('DOCX: no word/document.xml');
  const xml = await file.async('string');
  const ids = new Map<string, number>();
  const idOf = (n: string) => {
    if (!ids.has(n)) ids.set(n, ids.size + 1);
    return ids.get(n)!;
  };
  // A bookmark's w:id and the number in its _Toc name are the same number (docx writes both).
  const renumbered = xml
    .replace(/_Toc(\d+)/g, (_m, n: string) => `_Toc${idOf(n)}`)
    .replace(
      /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g,
      (_m, head: string, n: string) => `${head}${idOf(n)}"`,
    );
  zip.file('word/document.xml', renumbered);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
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
