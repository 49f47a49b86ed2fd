/**
 * The department-baseline section and minority reports in every export, rendered from sample
 * packets (plain and hostile) and read back the way a recipient's tools would.
 */
import Ajv from 'ajv';
import { DOMParser } from '@xmldom/xmldom';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import {
  BASELINE_SECTION_TITLE,
  PACKET_JSON_SCHEMA,
  Packet,
  buildSamplePacket,
  displayLine,
  freezePacket,
} from '@roundtable/shared';
import { FrozenPacket, renderPacket } from '../src/packets/render';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function frozen(packet: Packet): FrozenPacket {
  const { json, sha256 } = freezePacket(packet, sha);
  return { packet: JSON.parse(json), json, sha256 };
}

const withBaseline = frozen(buildSamplePacket({ clauses: 18, baseline: true }));
const hostile = frozen(buildSamplePacket({ clauses: 14, baseline: true, hostile: true }));
const reports = (p: Packet) =>
  p.clauses.flatMap((c) => c.dissents.filter((d) => d.kind === 'MINORITY_REPORT'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-baseline-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('sample packet with a department baseline', () => {
  it('validates against the packet schema, and old packets without the new fields still do', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(PACKET_JSON_SCHEMA);
    expect(validate(JSON.parse(withBaseline.json))).toBe(true);
    expect(validate(JSON.parse(freezePacket(buildSamplePacket({ clauses: 6 }), sha).json))).toBe(true);
    const b = withBaseline.packet.baselineComparison!;
    expect(b.summary.removed).toBeGreaterThanOrEqual(1); // "Warning shots" is only in the department's policy
    expect(b.summary.changed).toBeGreaterThanOrEqual(1); // "should" became "shall"
    expect(b.summary.added).toBeGreaterThanOrEqual(1);
    expect(reports(withBaseline.packet).length).toBeGreaterThan(0);
    expect(reports(withBaseline.packet).every((d) => d.title && d.signatories?.length === 2)).toBe(true);
  });
});

describe('exports show the baseline comparison and minority reports', () => {
  it('PDF: pdftotext finds the section, the dropped clause and each report title and co-signer', async () => {
    const out = await renderPacket(withBaseline, 'pdf');
    const file = path.join(tmp, 'baseline.pdf');
    fs.writeFileSync(file, out.body);
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    expect(text).toContain(BASELINE_SECTION_TITLE);
    expect(text).toContain('ONLY IN THE DEPARTMENT POLICY');
    expect(text).toContain('Warning shots');
    expect(text).toContain('General Order 300 (2019).docx');
    for (const d of reports(withBaseline.packet)) {
      expect(text).toContain(squash(d.title!));
      expect(text).toContain(`Co-signed by ${d.signatories!.join(', ')}`);
    }
  });

  it('PDF: hostile text in baseline and report titles renders without crashing', async () => {
    const out = await renderPacket(hostile, 'pdf');
    expect(out.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('DOCX: strict XML with the section as a real heading and every report', async () => {
    for (const subject of [withBaseline, hostile]) {
      const out = await renderPacket(subject, 'docx');
      const xml = await (await JSZip.loadAsync(out.body)).file('word/document.xml')!.async('string');
      const errors: string[] = [];
      const doc = new DOMParser({
        onError: (level: string, message: string) => {
          if (!(level === 'warning' && /replacement character/.test(message))) errors.push(message);
        },
      }).parseFromString(xml, 'text/xml');
      expect(errors).toEqual([]);
      const paras = Array.from(doc.getElementsByTagName('w:p'));
      const textOf = (p: (typeof paras)[number]) =>
        Array.from(p.getElementsByTagName('w:t'))
          .map((t) => t.textContent ?? '')
          .join('');
      // The contents list repeats the title (style TOC1); the section itself is a Heading 1.
      const styles = paras
        .filter((p) => textOf(p) === BASELINE_SECTION_TITLE)
        .map((p) => p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val'));
      expect(styles).toContain('Heading1');
      const all = paras.map(textOf).join('\n');
      for (const d of reports(subject.packet)) expect(all).toContain(displayLine(d.title!));
    }
  });

  it('HTML: the section is in the contents, and hostile titles stay inert text', async () => {
    for (const subject of [withBaseline, hostile]) {
      const out = await renderPacket(subject, 'html');
      const document = new JSDOM(out.body.toString('utf8')).window.document;
      expect(document.querySelectorAll('script, iframe, object, embed, img, form').length).toBe(0);
      for (const element of Array.from(document.querySelectorAll('*')))
        for (const attribute of Array.from(element.attributes))
          expect(attribute.name.toLowerCase().startsWith('on')).toBe(false);
      expect(document.getElementById('baseline')?.textContent).toBe(BASELINE_SECTION_TITLE);
      expect(document.querySelector('a[href="#baseline"]')).not.toBeNull();
      const text = squash(document.body.textContent ?? '');
      for (const d of reports(subject.packet)) {
        expect(text).toContain(squash(displayLine(d.title!)));
        expect(text).toContain(`Co-signed by ${d.signatories!.map((n) => displayLine(n)).join(', ')}`);
      }
      expect(
        document.querySelectorAll('#baseline ~ * del, section:has(#baseline) del').length,
      ).toBeGreaterThan(0);
    }
  });

  it('Markdown: the section and report titles, with no raw HTML escaping out', async () => {
    const md = (await renderPacket(hostile, 'md')).body.toString('utf8');
    expect(md).toContain(`## ${BASELINE_SECTION_TITLE}`);
    expect(md).toContain('**Only in the department policy:**');
    expect(md).not.toMatch(/<script/i);
    const plain = (await renderPacket(withBaseline, 'md')).body.toString('utf8');
    for (const d of reports(withBaseline.packet))
      expect(plain).toContain(`Co-signed by ${d.signatories!.join(', ')}`);
  });

  it('a packet without a baseline has no such section', async () => {
    const html = (await renderPacket(frozen(buildSamplePacket({ clauses: 4 })), 'html')).body.toString(
      'utf8',
    );
    expect(html).not.toContain(BASELINE_SECTION_TITLE);
  });
});
