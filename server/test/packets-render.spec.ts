/**
 * Every export format rendered from the frozen JSON and read back the way a recipient's tools
 * would: pdftotext, an unzipped and strictly parsed DOCX, a DOM for HTML, JSON Schema for JSON.
 */
import Ajv from 'ajv';
import { DOMParser, Document as XmlDocument } from '@xmldom/xmldom';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import {
  HOSTILE_TEXTS,
  PACKET_JSON_SCHEMA,
  Packet,
  packetJsonSchema,
  buildSamplePacket,
  PacketBlock,
  PacketClause,
  PacketParagraphBlock,
  displayLine,
  freezePacket,
  inlineText,
} from '@roundtable/shared';
import { HtmlValidate } from 'html-validate';
import markdownlint from 'markdownlint';
import { FrozenPacket, renderPacket } from '../src/packets/render';
import { escapeMarkdown } from '../src/packets/render/markdown';

/** The packet's sections in reading order, as the PDF outline and the Word contents list them. */
const SECTION_TITLES = [
  'Cover letter',
  'Responses from officials',
  'Changes since version 1',
  'Recommendations',
  'Amendments',
  'Meetings',
  'Coverage of the toolkit',
  'Language checks',
  'Board members',
  'About this document',
];

/** The text of every paragraph of a clause body, list items included, without list markers. */
function blockLines(clause: PacketClause): string[] {
  const walk = (blocks: PacketBlock[]): string[] =>
    blocks.flatMap((b) =>
      b.type === 'list' ? b.items.flatMap((item) => walk(item.blocks)) : [displayLine(inlineText(b.content))],
    );
  return walk(clause.blocks ?? []).filter(Boolean);
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function frozen(packet: Packet): FrozenPacket {
  const { json, sha256 } = freezePacket(packet, sha);
  return { packet: JSON.parse(json), json, sha256 };
}

const normal = frozen(buildSamplePacket({ clauses: 60, version: 2 }));
const hostile = frozen(buildSamplePacket({ clauses: 24, hostile: true, version: 2 }));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-packet-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function pdfText(body: Buffer, name: string): string {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, body);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function docxText(body: Buffer): Promise<{ text: string; doc: XmlDocument }> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  const errors: string[] = [];
  // Strict: any error fails. The one tolerated warning is for U+FFFD, which we put in for lone surrogates on purpose.
  const onError = (level: string, message: string) => {
    if (level === 'warning' && /replacement character/.test(message)) return;
    errors.push(`${level}: ${message}`);
  };
  const doc = new DOMParser({ onError }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  const paragraphsText = Array.from(doc.getElementsByTagName('w:p')).map((p) =>
    Array.from(p.getElementsByTagName('w:t'))
      .map((t) => t.textContent ?? '')
      .join(''),
  );
  return { text: paragraphsText.join('\n'), doc };
}

describe('PDF export', () => {
  it('contains every clause heading and every vote tally, as pdftotext reads it', async () => {
    const out = await renderPacket(normal, 'pdf');
    expect(out.contentType).toBe('application/pdf');
    expect(out.fileName).toBe('roundtable-oak-city-v2.pdf');
    expect(out.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash(pdfText(out.body, 'normal'));
    for (const clause of normal.packet.clauses) {
      expect(text).toContain(squash(`§ ${clause.number} ${clause.heading}`));
      for (const vote of clause.votes) {
        expect(text).toContain(vote.question);
        for (const t of vote.tallies) expect(text).toContain(`${t.option}: ${t.count}`);
      }
    }
    expect(text).toContain('Contents');
    expect(text).toContain(`Page 1 of`);
    expect(text).toContain(normal.sha256);
    expect(text).toContain('Changes since version 1');
    // Redline marks that survive without colour.
    expect(text).toMatch(/\[\+ ?- Officers shall document every warning\. ?\+\]/);
    expect(text).toContain('[-');
  });

  it('renders hostile text legibly, with a visible marker for glyphs no font has', async () => {
    const out = await renderPacket(hostile, 'pdf');
    const text = pdfText(out.body, 'hostile');
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('警察应当优先采取降级措施');
    expect(text).toContain('[U+1F5E3]');
    expect(text).toMatch(/Supercalifragilistic/);
    // Arabic and Hebrew words come through (their order on the line is visual).
    expect(text).toContain('الضباط');
    expect(text).toContain('השוטרים');
  });
});

describe('DOCX export', () => {
  it('is a well-formed Word document whose text matches the packet, with real heading styles', async () => {
    const out = await renderPacket(normal, 'docx');
    expect(out.fileName).toBe('roundtable-oak-city-v2.docx');
    const { text, doc } = await docxText(out.body);
    for (const clause of normal.packet.clauses) {
      expect(text).toContain(`§ ${clause.number} ${clause.heading}`);
      for (const p of blockLines(clause)) expect(text).toContain(p);
    }
    const styles = new Set(
      Array.from(doc.getElementsByTagName('w:pStyle')).map((s) => s.getAttribute('w:val')),
    );
    expect([...styles]).toEqual(expect.arrayContaining(['Title', 'Heading1', 'Heading2', 'ListParagraph']));
  });

  it('stays valid XML with control characters, markup and lone surrogates in the text', async () => {
    const out = await renderPacket(hostile, 'docx');
    const { text } = await docxText(out.body);
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain(HOSTILE_TEXTS.cjk);
    expect(text).toContain(displayLine(HOSTILE_TEXTS.control));
    // eslint-disable-next-line no-control-regex -- asserting that control characters are gone
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe('DOCX export reproducibility', () => {
  it('is byte-identical across renders of the same frozen packet, dated at publication', async () => {
    const small = frozen(buildSamplePacket({ clauses: 4, version: 3 }));
    const first = await renderPacket(small, 'docx');
    // Past the 2-second resolution of zip timestamps, so a clock-dated render would differ.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await renderPacket(small, 'docx');
    expect(sha(second.body)).toBe(sha(first.body));

    const zip = await JSZip.loadAsync(first.body);
    const core = await zip.file('docProps/core.xml')!.async('string');
    const published = new Date(small.packet.publishedAt).toISOString();
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${published}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${published}</dcterms:modified>`);
    const errors: string[] = [];
    new DOMParser({
      onError: (level: string, message: string) => errors.push(`${level}: ${message}`),
    }).parseFromString(core, 'text/xml');
    expect(errors).toEqual([]);
    // Every entry carries the publication time (zip times have 2-second resolution, read as UTC here).
    const stamp = new Date(small.packet.publishedAt);
    for (const entry of Object.values(zip.files)) {
      const d = entry.date;
      expect([
        d.getUTCFullYear(),
        d.getUTCMonth(),
        d.getUTCDate(),
        d.getUTCHours(),
        d.getUTCMinutes(),
      ]).toEqual([
        stamp.getUTCFullYear(),
        stamp.getUTCMonth(),
        stamp.getUTCDate(),
        stamp.getUTCHours(),
        stamp.getUTCMinutes(),
      ]);
    }
  });

  it('puts hostile titles into the document properties as valid, escaped XML', async () => {
    const hostileTitle = frozen({
      ...buildSamplePacket({ clauses: 2, version: 1 }),
      title: 'A <b>&amp; "title"\u0001 \uD800',
    });
    const out = await renderPacket(hostileTitle, 'docx');
    const core = await (await JSZip.loadAsync(out.body)).file('docProps/core.xml')!.async('string');
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (!(level === 'warning' && /replacement character/.test(message)))
          errors.push(`${level}: ${message}`);
      },
    }).parseFromString(core, 'text/xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('dc:title')[0].textContent).toContain('A <b>&amp; "title"');
  });
});

describe('HTML export', () => {
  for (const [name, subject] of [
    ['sample', normal],
    ['hostile', hostile],
  ] as const) {
    it(`has no script, no event handler and no javascript: URL (${name} packet)`, async () => {
      const out = await renderPacket(subject, 'html');
      expect(out.contentType).toBe('text/html; charset=utf-8');
      const dom = new JSDOM(out.body.toString('utf8'));
      const document = dom.window.document;
      expect(document.querySelectorAll('script, iframe, object, embed, img, link, base, form').length).toBe(
        0,
      );
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          expect(attribute.name.toLowerCase().startsWith('on')).toBe(false);
          expect(attribute.value.toLowerCase().replace(/\s/g, '')).not.toContain('javascript:');
        }
      }
      const csp =
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      const text = squash(document.body.textContent ?? '');
      for (const clause of subject.packet.clauses)
        expect(text).toContain(squash(displayLine(clause.heading)));
      if (name === 'hostile') expect(text).toContain('<script>alert("x")</script>');
      expect(
        document.querySelectorAll('ins').length + document.querySelectorAll('del').length,
      ).toBeGreaterThan(0);
    });
  }
});

describe('Markdown export', () => {
  it('cannot smuggle links, images or raw HTML out of clause text', async () => {
    const out = (await renderPacket(hostile, 'md')).body.toString('utf8');
    expect(out).not.toMatch(/<[a-z!/?]/i);
    expect(out).not.toMatch(/[^\\]\]\(javascript:/i);
    expect(out).toContain('\\[link\\]\\(javascript:alert\\(3\\)\\)');
    expect(out).toContain('**\\[+');
    expect(out).toContain('~~\\[-');
  });

  it('is the same bytes every time', async () => {
    expect((await renderPacket(normal, 'md')).body.equals((await renderPacket(normal, 'md')).body)).toBe(
      true,
    );
  });
});

describe('JSON export', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(PACKET_JSON_SCHEMA);

  it('validates against the packet schema and hashes to the published SHA-256', async () => {
    for (const subject of [normal, hostile, frozen(buildSamplePacket({ clauses: 3 }))]) {
      const out = await renderPacket(subject, 'json');
      expect(sha(out.body)).toBe(subject.sha256);
      const ok = validate(JSON.parse(out.body.toString('utf8')));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects a packet with an unknown field or a missing one', () => {
    expect(validate({ ...normal.packet, extra: 1 })).toBe(false);
    const { clauses: _c, ...missing } = normal.packet;
    expect(validate(missing)).toBe(false);
  });
});

describe('ZIP export', () => {
  it('holds every format and a checksum file', async () => {
    const out = await renderPacket(normal, 'zip');
    expect(out.contentType).toBe('application/zip');
    const zip = await JSZip.loadAsync(out.body);
    expect(Object.keys(zip.files).sort()).toEqual([
      'SHA256SUMS.txt',
      'roundtable-oak-city-v2.docx',
      'roundtable-oak-city-v2.html',
      'roundtable-oak-city-v2.json',
      'roundtable-oak-city-v2.md',
      'roundtable-oak-city-v2.pdf',
    ]);
    expect(sha(await zip.file('roundtable-oak-city-v2.json')!.async('nodebuffer'))).toBe(normal.sha256);
  }, 60_000);
});

// ---- one document model: lists, numbering, hashes, paper, tracked changes, linters ----------

async function docxPart(body: Buffer, part: string): Promise<string> {
  const file = (await JSZip.loadAsync(body)).file(part);
  return file ? file.async('string') : '';
}

/** A clause of the sample that enumerates conditions (bulleted, with a nested numbered list) and is not in the change log. */
const changed = new Set(normal.packet.changeLog!.entries.map((e) => e.clauseId));
const listed = normal.packet.clauses.find(
  (c) => !changed.has(c.id) && c.blocks!.some((b) => b.type === 'list' && b.items.length === 3),
)!;
const listItems = (clause: PacketClause) => {
  const list = clause.blocks!.find((b) => b.type === 'list')!;
  if (list.type !== 'list') throw new Error('no list');
  const nested = list.items[1].blocks[1];
  if (nested.type !== 'list') throw new Error('no nested list');
  return {
    top: list.items.map((i) => inlineText((i.blocks[0] as PacketParagraphBlock).content)),
    nested: nested.items.map((i) => inlineText((i.blocks[0] as PacketParagraphBlock).content)),
  };
};

/** A clause in the HTML export: a wrapper holding its heading and what follows it up to the next heading. */
function clauseHtml(html: string, number: string): Element {
  const document = new JSDOM(html).window.document;
  const heading = document.getElementById(`clause-${number}`)!;
  const wrapper = document.createElement('div');
  for (let n = heading.nextElementSibling; n && !/^H[1-3]$/.test(n.tagName); n = n.nextElementSibling)
    wrapper.appendChild(n.cloneNode(true));
  return wrapper;
}

describe('lists inside a clause are lists in every format', () => {
  const { top, nested } = listItems(listed);

  it('HTML: a ul whose second item holds a nested ol, with the clause emphasis', async () => {
    const section = clauseHtml((await renderPacket(normal, 'html')).body.toString('utf8'), listed.number);
    const ul = Array.from(section.querySelectorAll('ul')).find((u) => u.textContent!.includes(top[0]))!;
    expect(Array.from(ul.children).map((li) => li.firstElementChild!.textContent)).toEqual(top);
    expect(Array.from(ul.children[1].querySelectorAll('ol > li')).map((li) => li.textContent)).toEqual(
      nested,
    );
    expect(section.querySelector('strong')?.textContent).toBe('shall');
    expect(section.querySelector('em')?.textContent).toBe('only');
    expect(section.innerHTML).not.toMatch(/<p[^>]*>- /);
  });

  it('Markdown: real list markers, nested one level in, not escaped text', async () => {
    const md = (await renderPacket(normal, 'md')).body.toString('utf8');
    for (const item of top) expect(md).toContain(`\n- ${escapeMarkdown(item)}\n`);
    nested.forEach((item, i) => expect(md).toContain(`\n  ${i + 1}. ${escapeMarkdown(item)}\n`));
    expect(md).not.toContain(`\\- ${escapeMarkdown(top[0])}`);
    expect(md).toContain('**shall**');
    expect(md).toContain('*only*');
  });

  it('DOCX: numbered paragraphs, the nested list one level down, in the List Paragraph style', async () => {
    const { doc } = await docxText((await renderPacket(normal, 'docx')).body);
    const para = (text: string) =>
      Array.from(doc.getElementsByTagName('w:p')).find((p) =>
        Array.from(p.getElementsByTagName('w:t'))
          .map((t) => t.textContent)
          .join('')
          .startsWith(text),
      )!;
    const level = (text: string) => para(text).getElementsByTagName('w:ilvl')[0]?.getAttribute('w:val');
    for (const item of top) expect(level(item)).toBe('0');
    for (const item of nested) expect(level(item)).toBe('1');
    expect(para(top[0]).getElementsByTagName('w:pStyle')[0].getAttribute('w:val')).toBe('ListParagraph');
    // The numbered list has its own numbering (decimal), the bullets theirs.
    const numId = (text: string) => para(text).getElementsByTagName('w:numId')[0].getAttribute('w:val');
    expect(numId(nested[0])).not.toBe(numId(top[0]));
  });

  it('PDF: items without text markers; the numbered items numbered', async () => {
    const text = pdfText((await renderPacket(normal, 'pdf')).body, 'lists');
    for (const item of top) {
      expect(squash(text)).toContain(squash(item));
      expect(text).not.toContain(`- ${item}`);
    }
    nested.forEach((item, i) => expect(squash(text)).toContain(`${i + 1}. ${item}`));
  });
});

describe('a heading that carries its own number is numbered once', () => {
  const numbered = frozen({
    ...buildSamplePacket({ clauses: 3, version: 1 }),
    clauses: buildSamplePacket({ clauses: 3, version: 1 }).clauses.map((c, i) => ({
      ...c,
      heading: i === 0 ? '1. Purpose and values' : c.heading,
    })),
  });

  it.each(['html', 'md', 'docx', 'pdf'] as const)('%s', async (format) => {
    const body = (await renderPacket(numbered, format)).body;
    const text =
      format === 'pdf'
        ? pdfText(body, 'numbered')
        : format === 'docx'
          ? (await docxText(body)).text
          : format === 'html'
            ? (new JSDOM(body.toString('utf8')).window.document.body.textContent ?? '')
            : body.toString('utf8');
    expect(squash(text)).toContain('§ 1 Purpose and values');
    expect(text).not.toMatch(/1\\?\. Purpose/);
  });
});

describe('hashes are shown in full, unbroken', () => {
  it('PDF: the previous version and this one, each whole on one line', async () => {
    const lines = pdfText((await renderPacket(normal, 'pdf')).body, 'hashes').split('\n');
    expect(lines).toContain(normal.packet.changeLog!.previousSha256);
    expect(lines.filter((l) => l === normal.sha256).length).toBeGreaterThanOrEqual(2); // cover and About
  });
});

describe('PDF for assistive technology and checkers', () => {
  it('has a bookmark for every section and clause, a document language and metadata, and passes qpdf --check', async () => {
    const file = path.join(tmp, 'outline.pdf');
    fs.writeFileSync(file, (await renderPacket(normal, 'pdf')).body);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors found',
    );
    const { outlines } = JSON.parse(
      execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8', maxBuffer: 1 << 26 }),
    ) as { outlines: { title: string; kids: { title: string }[] }[] };
    expect(outlines.map((o) => o.title)).toEqual(SECTION_TITLES);
    expect(outlines[3].kids.map((k) => k.title)).toEqual(
      normal.packet.clauses.map((c) => `§ ${c.number} ${c.heading}`),
    );
    expect(fs.readFileSync(file).toString('latin1')).toContain('/Lang (en)');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toContain(`Title:           ${normal.packet.title}`);
    expect(info).toContain(normal.sha256);
  });
});

describe('page size follows the board’s choice in every paged format', () => {
  const a4 = frozen({ ...buildSamplePacket({ clauses: 3 }), pageSize: 'A4' });
  const letter = frozen(buildSamplePacket({ clauses: 3 }));

  it('PDF', async () => {
    const info = (subject: FrozenPacket, name: string) => {
      const file = path.join(tmp, `${name}.pdf`);
      return renderPacket(subject, 'pdf').then((out) => {
        fs.writeFileSync(file, out.body);
        return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      });
    };
    expect(await info(a4, 'a4')).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(await info(letter, 'letter')).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('DOCX and printed HTML', async () => {
    expect(await docxPart((await renderPacket(a4, 'docx')).body, 'word/document.xml')).toMatch(
      /<w:pgSz w:w="11906" w:h="16838"/,
    );
    expect(await docxPart((await renderPacket(letter, 'docx')).body, 'word/document.xml')).toMatch(
      /<w:pgSz w:w="12240" w:h="15840"/,
    );
    expect((await renderPacket(a4, 'html')).body.toString()).toContain('@page { size: A4;');
    expect((await renderPacket(letter, 'html')).body.toString()).toContain('@page { size: letter;');
  });
});

describe('DOCX as Word users read it', () => {
  let xml: string;
  let styles: string;
  let body: Buffer;
  beforeAll(async () => {
    body = (await renderPacket(normal, 'docx')).body;
    xml = await docxPart(body, 'word/document.xml');
    styles = await docxPart(body, 'word/styles.xml');
  });

  it('gives every line spacing a rule, so the 26 pt cover title cannot overlap itself', () => {
    const spacings = [...xml.matchAll(/<w:spacing [^>]*>/g), ...styles.matchAll(/<w:spacing [^>]*>/g)].map(
      (m) => m[0],
    );
    const withLine = spacings.filter((s) => / w:line="/.test(s));
    expect(withLine.length).toBeGreaterThan(0);
    for (const s of withLine) expect(s).toMatch(/w:lineRule="auto"/);
  });

  it('writes redline lines as separate paragraphs, never raw newlines in w:t', async () => {
    const { doc } = await docxText(body);
    for (const t of Array.from(doc.getElementsByTagName('w:t'))) expect(t.textContent).not.toContain('\n');
    const paras = Array.from(doc.getElementsByTagName('w:p')).map((p) =>
      Array.from(p.getElementsByTagName('w:t'))
        .map((t) => t.textContent)
        .join(''),
    );
    expect(paras).toContain('- Officers shall document every warning.');
    expect(paras).toContain('- Supervisors shall review it.');
  });

  it('has a Contents heading and a contents field listing every section, each with a page reference', () => {
    expect(xml).toMatch(
      /<w:pStyle w:val="TOCHeading"\/>(<w:pageBreakBefore\/>)?<\/w:pPr><w:r><w:t xml:space="preserve">Contents</,
    );
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    const sdt = xml.slice(xml.indexOf('<w:sdt>'), xml.indexOf('</w:sdt>'));
    for (const title of [...SECTION_TITLES, '§ 1 Definitions 1', '§ 60 Annual review of this policy'])
      expect(sdt).toContain(`>${title}<`);
    const entries = sdt.match(/w:anchor="_Toc\d+"/g) ?? [];
    // Ten sections, every clause and every meeting.
    expect(entries.length).toBe(10 + normal.packet.clauses.length + normal.packet.meetings.length);
    expect((sdt.match(/PAGEREF _Toc\d+/g) ?? []).length).toBe(entries.length);
  });

  it('names the board once on the cover, not again in a page header', async () => {
    const zip = await JSZip.loadAsync(body);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/header\d*\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(h).not.toContain(normal.packet.board.name);
    const cover = xml.slice(0, xml.indexOf('TOCHeading'));
    expect(cover.split(normal.packet.board.name).length - 1).toBe(1);
  });

  it('carries the changes since the last version as Word tracked changes by the board, dated at publication', async () => {
    const { doc } = await docxText(body);
    const revisions = [
      ...Array.from(doc.getElementsByTagName('w:ins')),
      ...Array.from(doc.getElementsByTagName('w:del')),
    ];
    expect(revisions.length).toBeGreaterThan(0);
    for (const r of revisions) {
      expect(r.getAttribute('w:author')).toBe('Roundtable board');
      expect(r.getAttribute('w:date')).toBe(normal.packet.publishedAt);
    }
    const inserted = Array.from(doc.getElementsByTagName('w:ins')).map((r) =>
      Array.from(r.getElementsByTagName('w:t'))
        .map((t) => t.textContent)
        .join(''),
    );
    expect(inserted).toContain('- Officers shall document every warning.');
    const deleted = Array.from(doc.getElementsByTagName('w:del')).map((r) =>
      Array.from(r.getElementsByTagName('w:delText'))
        .map((t) => t.textContent)
        .join(''),
    );
    expect(deleted).toContain('shall');
    // Revision ids are unique in the document.
    const ids = revisions.map((r) => r.getAttribute('w:id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sets the document language', () => {
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-US"\/>/);
  });
});

describe('HTML and Markdown pass their linters', () => {
  const config = (name: string) => {
    const { $comment: _c, ...rest } = JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', 'src', 'packets', 'render', 'lint', name), 'utf8'),
    );
    return rest;
  };

  it.each([
    ['sample', normal],
    ['hostile', hostile],
    ['baseline', frozen(buildSamplePacket({ clauses: 12, version: 2, baseline: true }))],
  ] as const)('html-validate (recommended) and markdownlint, %s packet', async (_name, subject) => {
    const html = (await renderPacket(subject, 'html')).body.toString('utf8');
    const report = await new HtmlValidate(config('htmlvalidate.json')).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    // No heading skips a level.
    const levels = Array.from(new JSDOM(html).window.document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map(
      (h) => Number(h.tagName[1]),
    );
    levels.forEach((level, i) => expect(level - (i ? levels[i - 1] : 0)).toBeLessThanOrEqual(1));

    const md = (await renderPacket(subject, 'md')).body.toString('utf8');
    const result = markdownlint.sync({ strings: { packet: md }, config: config('markdownlint.json') });
    expect(result.toString()).toBe('');
  });
});

describe('packets of schema 1 (before blocks and page size)', () => {
  const old = frozen(buildSamplePacket({ clauses: 12, version: 2, schemaVersion: 1 }));

  it('still validate against their own schema and hash to their SHA-256', async () => {
    expect(old.packet.schemaVersion).toBe(1);
    expect(old.packet.clauses.every((c) => c.blocks === undefined)).toBe(true);
    const v1 = new Ajv({ allErrors: true, strict: true }).compile(packetJsonSchema(1));
    expect(v1(old.packet)).toBe(true);
    expect(sha((await renderPacket(old, 'json')).body)).toBe(old.sha256);
    // The schema of today refuses them, so a reader knows which one applies.
    expect(new Ajv({ strict: true }).compile(PACKET_JSON_SCHEMA)(old.packet)).toBe(false);
  });

  it('render in every format, their "- " and "1. " lines read back as lists', async () => {
    const { top, nested } = listItems(listed);
    const section = clauseHtml((await renderPacket(old, 'html')).body.toString('utf8'), listed.number);
    expect(section.querySelectorAll(':scope > ul > li').length).toBe(top.length);
    expect(section.querySelectorAll('ul ol > li').length).toBe(nested.length);
    const text = squash(pdfText((await renderPacket(old, 'pdf')).body, 'old'));
    expect(text).toContain(squash(listed.heading));
    expect((await renderPacket(old, 'md')).body.toString()).toContain('\n  1. Name every officer present.\n');
    const { text: docx } = await docxText((await renderPacket(old, 'docx')).body);
    expect(docx).toContain('Name every officer present.');
  });
});
