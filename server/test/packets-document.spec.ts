/**
 * The one document model every export maps: tested once here, so the renderers can stay thin.
 */
import { buildSamplePacket } from '@roundtable/shared';
import {
  headingWithoutNumber,
  outlineOf,
  packetDocument,
  redlineLines,
} from '../src/packets/render/document';

describe('packet document model', () => {
  const packet = buildSamplePacket({ clauses: 12, version: 2, baseline: true });
  const doc = packetDocument(packet, 'a'.repeat(64));

  it('lists every section in order, and every clause under Recommendations, in its outline', () => {
    const outline = outlineOf(doc);
    expect(outline.filter((o) => o.level === 1).map((o) => o.title)).toEqual([
      'Cover letter',
      'Responses from officials',
      'Changes since version 1',
      "Compared with the department's current policy",
      'Recommendations',
      'Amendments',
      'Meetings',
      'Coverage of the toolkit',
      'Language checks',
      'Board members',
      'About this document',
    ]);
    expect(outline.filter((o) => o.level === 2).map((o) => o.title)).toEqual(
      packet.clauses.map((c) => `§ ${c.number} ${c.heading}`),
    );
  });

  it('carries a clause body as lists and emphasis, not marked-up text', () => {
    const recommendations = doc.sections.find((s) => s.id === 'recommendations')!;
    const lists = recommendations.blocks.filter((b) => b.kind === 'list');
    expect(lists.length).toBeGreaterThan(0);
    const runs = recommendations.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
    expect(runs).toContainEqual(expect.objectContaining({ text: 'shall', bold: true }));
    expect(runs.some((r) => /^- /.test(r.text))).toBe(false);
  });

  it('drops a number the heading already carries', () => {
    expect(headingWithoutNumber('1. Purpose and values')).toBe('Purpose and values');
    expect(headingWithoutNumber('§ 2 Scope')).toBe('Scope');
    expect(headingWithoutNumber('Section 3: Use of force')).toBe('Use of force');
    expect(headingWithoutNumber('10 officers on duty')).toBe('10 officers on duty');
    expect(headingWithoutNumber('1.')).toBe('1.');
  });

  it('splits a redline into lines at every newline, keeping each line’s depth and marks', () => {
    const lines = redlineLines([
      { op: 'equal', text: 'Officers shall:\n- Stop.' },
      { op: 'insert', text: '\n  1. Report.\n- Render aid.' },
    ]);
    expect(lines).toEqual([
      { depth: 0, runs: [{ text: 'Officers shall:' }] },
      { depth: 0, runs: [{ text: '- Stop.' }] },
      { depth: 1, runs: [{ text: '1. Report.', change: 'ins' }] },
      { depth: 0, runs: [{ text: '- Render aid.', change: 'ins' }] },
    ]);
  });

  it('gives every hash whole, and prints on the board’s paper (Letter unless chosen)', () => {
    const hashes = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'hash');
    expect(hashes.map((h) => (h.kind === 'hash' ? h.value : ''))).toEqual(
      expect.arrayContaining([
        packet.changeLog!.previousSha256,
        packet.baselineComparison!.sha256,
        'a'.repeat(64),
      ]),
    );
    expect(doc.pageSize).toBe('LETTER');
    expect(packetDocument({ ...packet, pageSize: 'A4' }, 'a'.repeat(64)).pageSize).toBe('A4');
    const { pageSize: _p, ...old } = packet;
    expect(packetDocument({ ...old, schemaVersion: 1 }, 'a'.repeat(64)).pageSize).toBe('LETTER');
  });
});
