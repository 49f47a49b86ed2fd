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
  buildSamplePacket,
  displayLine,
  freezePacket,
  paragraphs,
} from '@roundtable/shared';
import { FrozenPacket, renderPacket } from '../src/packets/render';

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
    expect(text).toMatch(/\[\+ ?Officers shall document every warning\. ?\+\]/);
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
      expect(text).toContain(`§ ${clause.number}  ${clause.heading}`);
      for (const p of paragraphs(clause.text)) expect(text).toContain(p);
    }
    const styles = new Set(
      Array.from(doc.getElementsByTagName('w:pStyle')).map((s) => s.getAttribute('w:val')),
    );
    expect([...styles]).toEqual(expect.arrayContaining(['Title', 'Heading1', 'Heading2']));
    expect(text).toContain('[+');
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
