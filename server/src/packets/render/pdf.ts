import { Packet, shortHash } from '@roundtable/shared';
import { Block, PAGE_POINTS, PacketDocument, Run, headingLine, packetDocument } from './document';
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

const MARGIN_X = 64;
const BODY_SIZE = 10.5;
const INK = '#1d2430';
const MUTED = '#4a5463';
const RULE = '#c9ced6';
const INS = '#135e2b';
const DEL = '#8a1c1c';

const sans = (text: string, style: InlineStyle = {}) => inlines(text, style, ['Sans', 'CJK']);

function label(text: string): Inline {
  return {
    text: `${text.toUpperCase()}  `,
    font: 'Sans',
    bold: true,
    fontSize: 8,
    color: MUTED,
    characterSpacing: 0.6,
  };
}

/** A mark that says "inserted" or "deleted" without colour: [+ +] and [- -]. */
const mark = (text: string, change: 'ins' | 'del'): Inline => ({
  text,
  font: 'Mono',
  bold: true,
  fontSize: 8.5,
  color: change === 'ins' ? INS : DEL,
});

function runInlines(r: Run): Inline[] {
  if (r.label) return [label(r.text)];
  // A hash is one unbroken word in a monospace face, so copying it never picks up a line break.
  if (r.code) return [{ text: r.text, font: 'Mono', fontSize: 8.5 }];
  const style: InlineStyle = {
    bold: r.bold || undefined,
    italics: r.italic || undefined,
    color: r.muted ? MUTED : undefined,
    fontSize: r.small ? 8.5 : undefined,
  };
  if (!r.change) return inlines(r.text, style);
  const ins = r.change === 'ins';
  const body = inlines(r.text, {
    ...style,
    decoration: ins ? 'underline' : 'lineThrough',
    color: ins ? INS : DEL,
  });
  return [mark(ins ? '[+' : '[-', r.change), ...body, mark(ins ? '+]' : '-]', r.change)];
}

function paragraph(runs: Run[], rtl: boolean | undefined, width: number, margin = [0, 0, 0, 6]): Node {
  if (rtl) {
    const text = runs.map((r) => r.text).join('');
    return {
      stack: rtlLines(text, width, BODY_SIZE).map((line) => ({ text: line, alignment: 'right' })),
      margin,
    };
  }
  return { text: runs.flatMap(runInlines), margin };
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

class PdfWriter {
  constructor(private readonly contentWidth: number) {}

  nodes(blocks: Block[], sectionId: string, width = this.contentWidth): Node[] {
    return blocks.map((b) => this.node(b, sectionId, width));
  }

  node(b: Block, sectionId: string, width: number): Node {
    switch (b.kind) {
      case 'heading':
        return {
          text: [...(b.number ? [{ text: `${b.number}  `, font: 'Sans' }] : []), ...sans(b.text)],
          style: 'h2',
          tocItem: b.outline,
          tocMargin: [12, 1, 0, 0],
          outline: b.outline,
          outlineText: headingLine(b),
          outlineParentId: sectionId,
          id: b.id,
          headlineLevel: 2,
        };
      case 'paragraph':
        return paragraph(b.runs, b.rtl, width);
      case 'list': {
        const items = b.items.map((item) => {
          const children = this.nodes(item, sectionId, width - 16);
          return children.length === 1 ? children[0] : { stack: children };
        });
        return b.ordered
          ? { ol: items, start: b.start, margin: [0, 0, 0, 6] }
          : { ul: items, margin: [0, 0, 0, 6] };
      }
      case 'table':
        return {
          stack: [
            ...(b.caption ? [{ text: [label(b.caption)], margin: [0, 4, 0, 0] }] : []),
            {
              table: {
                headerRows: 1,
                dontBreakRows: true,
                widths: b.widths.map((w) => (w >= 40 ? '*' : (w / 100) * width)),
                body: [
                  b.headers.map((h) => ({ text: h, font: 'Sans', bold: true, fontSize: 8.5, color: MUTED })),
                  ...b.rows.map((row) =>
                    row.map((c) => ({ stack: this.nodes(c, sectionId, width / 2).map(tight) })),
                  ),
                ],
              },
              layout: tableLayout,
              fontSize: 9,
              margin: [0, 4, 0, 10],
            },
          ],
        };
      case 'hash':
        return {
          stack: [{ text: [label(b.label)] }, { text: b.value, font: 'Mono', fontSize: 8.5 }],
          margin: [0, 0, 0, 8],
        };
      case 'aside':
        return {
          stack: [
            { text: [label(b.label), ...sans(b.note, { fontSize: 9, color: MUTED })], margin: [0, 0, 0, 2] },
            ...this.nodes(b.blocks, sectionId, width - 12),
          ],
          fontSize: 9.5,
          margin: [12, 2, 0, 6],
        };
      case 'legend':
        return {
          text: [
            label('How to read'),
            ...runInlines({ text: 'Inserted', change: 'ins' }),
            ` text (underlined) ${b.ins}; `,
            ...runInlines({ text: 'deleted', change: 'del' }),
            ` text (struck through) ${b.del}. Colour repeats this but is never needed.`,
          ],
          fontSize: 9,
          margin: [0, 0, 0, 10],
        };
      case 'redline':
        return {
          stack: [
            { text: [label(b.status), ...sans(b.where, { bold: true })], margin: [0, 6, 0, 2] },
            ...b.heading.map((l) => ({
              text: l.runs.flatMap((r) => runInlines({ ...r, bold: true })),
              margin: [0, 0, 0, 2],
            })),
            ...b.body.map((l) => ({
              text: l.runs.flatMap(runInlines),
              fontSize: 9.5,
              margin: [14 * l.depth, 0, 0, 3],
            })),
          ],
        };
    }
  }
}

/** Paragraphs inside table cells sit closer together than running text. */
function tight(node: Node): Node {
  return typeof node === 'object' && !Array.isArray(node) && 'text' in node
    ? { ...node, margin: [0, 0, 0, 1] }
    : node;
}

function buildDocument(doc: PacketDocument): Record<string, unknown> {
  const [pageWidth] = PAGE_POINTS[doc.pageSize];
  const writer = new PdfWriter(pageWidth - 2 * MARGIN_X);
  const content: Node[] = [
    {
      text: sans(`${doc.board} · ${doc.jurisdiction}`, { color: MUTED }),
      fontSize: 11,
      margin: [0, 120, 0, 12],
    },
    { text: sans(doc.title, { bold: true }), fontSize: 26, lineHeight: 1.1, margin: [0, 0, 0, 8] },
    { text: sans(doc.cover.subtitle), fontSize: 13, color: MUTED, margin: [0, 0, 0, 36] },
    ...writer.nodes(doc.cover.facts, 'cover').map((n) => ({ stack: [n], fontSize: 10 })),
    { text: '', margin: [0, 0, 0, 24] },
    writer.node(doc.cover.hash, 'cover', 0),
    {
      text: sans(
        'Download the JSON edition and compute its SHA-256 to check that this document is the one the board published.',
        {
          fontSize: 8.5,
          color: MUTED,
        },
      ),
    },
    { toc: { title: { text: 'Contents', style: 'h1' } }, pageBreak: 'before' },
  ];
  for (const s of doc.sections) {
    content.push({
      text: sans(s.title),
      style: 'h1',
      tocItem: true,
      tocStyle: { bold: true },
      tocMargin: [0, 6, 0, 0],
      outline: true,
      outlineText: s.title,
      id: s.id,
      pageBreak: s.pageBreak ? 'before' : undefined,
      headlineLevel: 1,
    });
    content.push(...writer.nodes(s.blocks, s.id));
  }

  const footerText = `SHA-256 ${shortHash(doc.sha256)}… (full hash on the cover and in About this document)`;
  return {
    pageSize: doc.pageSize,
    pageMargins: [MARGIN_X, 56, MARGIN_X, 60],
    info: {
      title: doc.title,
      author: doc.board,
      subject: `${doc.board} · Version ${doc.version} · SHA-256 ${doc.sha256}`,
      keywords: `Roundtable; version ${doc.version}; sha256 ${doc.sha256}`,
      creator: 'Roundtable',
      producer: 'Roundtable',
      creationDate: new Date(doc.publishedAt),
      modDate: new Date(doc.publishedAt),
    },
    language: doc.lang,
    displayTitle: true,
    defaultStyle: { font: 'Serif', fontSize: BODY_SIZE, lineHeight: 1.25, color: INK },
    styles: {
      h1: { font: 'Sans', fontSize: 17, bold: true, margin: [0, 0, 0, 10] },
      h2: { font: 'Sans', fontSize: 12.5, bold: true, margin: [0, 14, 0, 4] },
    },
    header: (page: number) =>
      page === 1
        ? null
        : {
            text: sans(
              `${doc.title.length > 80 ? `${doc.title.slice(0, 79)}…` : doc.title} · Version ${doc.version}`,
              {
                fontSize: 8,
                color: MUTED,
              },
            ),
            margin: [MARGIN_X, 24, MARGIN_X, 0],
          },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: sans(footerText, { fontSize: 7.5, color: MUTED }), width: '*' },
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
  return pdfmake.createPdf(buildDocument(packetDocument(packet, sha256))).getBuffer();
}
