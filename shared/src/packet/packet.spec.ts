import { createHash } from 'node:crypto';
import {
  dismissalNote,
  HOSTILE_TEXTS,
  buildSamplePacket,
  canonicalJson,
  computeRedline,
  describeRedline,
  displayText,
  freezePacket,
  packetFileName,
  paragraphs,
  sha256Hex,
  slugify,
  wordDiff,
  blocksFromText,
  blocksText,
  clauseBlocks,
  PacketListBlock,
} from './index';

const nodeSha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

describe('canonical JSON', () => {
  it('sorts keys at every depth and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same text whatever order the fields were built in', () => {
    const a = { title: 'T', version: 2, nested: { one: 1, two: 2 } };
    const b = { nested: { two: 2, one: 1 }, version: 2, title: 'T' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('drops undefined members and refuses what JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(/circular/);
  });

  it('round-trips hostile text exactly', () => {
    const text = Object.values(HOSTILE_TEXTS).join('\n');
    expect(JSON.parse(canonicalJson({ text })).text).toBe(text);
  });
});

describe('sha256', () => {
  it('matches node:crypto on known vectors and on Unicode', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const text of [
      ...Object.values(HOSTILE_TEXTS),
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(64),
      'x'.repeat(100_000),
    ]) {
      expect(sha256Hex(text)).toBe(nodeSha(Buffer.from(new TextEncoder().encode(text))));
    }
  });

  it('hashes a packet the same way as the server will', () => {
    const packet = buildSamplePacket({ clauses: 5 });
    const frozen = freezePacket(packet);
    expect(frozen.sha256).toBe(nodeSha(frozen.json));
    expect(freezePacket(packet, nodeSha)).toEqual(frozen);
  });
});

describe('sample packets', () => {
  it('are deterministic, so benchmarks and tests compare like with like', () => {
    expect(freezePacket(buildSamplePacket()).sha256).toBe(freezePacket(buildSamplePacket()).sha256);
    expect(buildSamplePacket().clauses).toHaveLength(60);
  });

  it('carry a change log and carried-forward responses from version 2 on', () => {
    const v2 = buildSamplePacket({ clauses: 12, version: 2 });
    expect(v2.changeLog?.previousVersion).toBe(1);
    expect(v2.changeLog?.summary).toMatchObject({ added: 1, removed: 1, changed: 1 });
    expect(v2.responses).toHaveLength(3);
  });

  it('include every kind of hostile text when asked', () => {
    const json = canonicalJson(buildSamplePacket({ hostile: true, clauses: 20 }));
    expect(json).toContain('<script>');
    expect(json).toContain('警察');
  });
});

describe('display text', () => {
  it('removes control characters and lone surrogates but keeps tabs, newlines and every script', () => {
    expect(displayText('a\u0000b\u0007c\td\r\ne\u009bf')).toBe('abc\td\nef');
    expect(displayText('x\uD800y')).toBe('x\uFFFDy');
    // A right-to-left override would make an export read in another order than the stored words.
    expect(displayText('shall \u202Eton\u202C use')).toBe('shall [U+202E]ton[U+202C] use');
    for (const text of [HOSTILE_TEXTS.arabic, HOSTILE_TEXTS.hebrew, HOSTILE_TEXTS.cjk, HOSTILE_TEXTS.emoji]) {
      expect(displayText(text)).toBe(text.normalize('NFC'));
    }
  });

  it('splits paragraphs on line breaks, as the editor stores blocks', () => {
    expect(paragraphs('One.\n\n\nTwo\nlines.\n\n  ')).toEqual(['One.', 'Two', 'lines.']);
  });

  it('names downloads after the board and version', () => {
    expect(slugify('Oak City — Board of Élan!')).toBe('oak-city-board-of-elan');
    expect(slugify('警察')).toBe('board');
    expect(packetFileName('oak-city', 3, 'pdf')).toBe('roundtable-oak-city-v3.pdf');
  });
});

describe('redline', () => {
  const clause = (id: string, heading: string, text: string) => ({ id, heading, text });

  it('marks added, removed, moved and changed clauses', () => {
    const before = [
      clause('a', 'Purpose', 'Protect life.'),
      clause('b', 'Scope', 'All officers.'),
      clause('c', 'Force', 'Use minimal force.'),
      clause('d', 'Old', 'Gone soon.'),
    ];
    const after = [
      clause('b', 'Scope', 'All officers.'),
      clause('a', 'Purpose', 'Protect life.'),
      clause('c', 'Force', 'Use the minimal force necessary.'),
      clause('e', 'New', 'Fresh text.'),
    ];
    const redline = computeRedline(before, after);
    const byId = Object.fromEntries(redline.entries.map((e) => [e.clauseId, e]));
    expect(byId.d.status).toBe('REMOVED');
    expect(byId.e.status).toBe('ADDED');
    expect(byId.c.status).toBe('CHANGED');
    expect([byId.a.status, byId.b.status].sort()).toEqual(['MOVED', 'UNCHANGED']);
    expect(redline.summary).toEqual({ added: 1, removed: 1, moved: 1, changed: 1, unchanged: 1 });
    expect(byId.c.text).toEqual([
      { op: 'equal', text: 'Use ' },
      { op: 'insert', text: 'the ' },
      { op: 'equal', text: 'minimal force' },
      { op: 'insert', text: ' necessary' },
      { op: 'equal', text: '.' },
    ]);
    expect(describeRedline(redline.summary)).toBe('1 added, 1 removed, 1 changed, 1 moved');
  });

  it('keeps a removed clause where it used to be', () => {
    const redline = computeRedline(
      [clause('a', 'A', 'x'), clause('b', 'B', 'y'), clause('c', 'C', 'z')],
      [clause('a', 'A', 'x'), clause('c', 'C', 'z')],
    );
    expect(redline.entries.map((e) => `${e.clauseId}:${e.status}`)).toEqual([
      'a:UNCHANGED',
      'b:REMOVED',
      'c:UNCHANGED',
    ]);
  });

  it('pairs clauses by heading against a baseline that never shared our ids', () => {
    const redline = computeRedline(
      [clause('x1', 'Deadly Force', 'Old words here.')],
      [clause('a', 'deadly  force', 'New words here.')],
      { matchHeadings: true },
    );
    expect(redline.entries).toHaveLength(1);
    expect(redline.entries[0].status).toBe('CHANGED');
  });

  it('pairs a renamed clause with the same wording as changed, and leaves different clauses apart', () => {
    const redline = computeRedline(
      [
        clause('x1', 'Chokeholds', 'Officers shall not use chokeholds or neck restraints on anyone.'),
        clause('x2', 'Pursuits', 'Officers may pursue a vehicle for any offence.'),
      ],
      [
        clause(
          'a',
          'Prohibited force',
          'Officers shall not use chokeholds or neck restraints on any person.',
        ),
        clause('b', 'Medical aid', 'Officers shall give medical aid as soon as the scene is safe.'),
      ],
      { matchHeadings: true },
    );
    expect(redline.entries.map((e) => `${e.clauseId}:${e.status}`).sort()).toEqual([
      'a:CHANGED',
      'b:ADDED',
      'x2:REMOVED',
    ]);
  });

  it('diffs words in scripts without spaces and in right-to-left text', () => {
    const parts = wordDiff(HOSTILE_TEXTS.cjk, HOSTILE_TEXTS.cjk.replace('最后', '最终'));
    expect(
      parts
        .filter((p) => p.op !== 'equal')
        .map((p) => p.text)
        .join(''),
    ).not.toContain('警察');
    const rtl = wordDiff(HOSTILE_TEXTS.hebrew, `${HOSTILE_TEXTS.hebrew} נוסף`);
    expect(rtl[rtl.length - 1]).toEqual({ op: 'insert', text: ' נוסף' });
  });

  it('compares two 60-clause versions quickly', () => {
    const v1 = buildSamplePacket().clauses;
    const v2 = v1.map((c, i) => (i % 5 === 0 ? { ...c, text: `${c.text} Amended.` } : c)).reverse();
    const started = Date.now();
    const redline = computeRedline(v1, v2);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(redline.summary.changed).toBe(12);
  });
});

describe('dismissed language findings', () => {
  const base = {
    clauseId: 'c1',
    clauseNumber: '3',
    ruleId: 'vague-qualifier',
    severity: 'problem',
    message: 'Vague.',
    excerpt: 'if feasible',
  };

  it('say why, by whom and when a finding was dismissed in every format', () => {
    expect(
      dismissalNote({
        ...base,
        dismissed: true,
        dismissalReason: 'State law sets this.',
        dismissedBy: 'Mo Member',
        dismissedAt: '2025-11-18T17:00:00.000Z',
      }),
    ).toBe('State law sets this. — Dismissed by Mo Member on 18 November 2025.');
  });

  it('keep working for packets published before dismissals recorded who and when', () => {
    expect(dismissalNote({ ...base, dismissed: true, dismissalReason: 'Kept.' })).toBe('Kept.');
    expect(dismissalNote({ ...base, dismissed: false, dismissalReason: null })).toBeNull();
  });
});

describe('clause blocks', () => {
  const text = [
    'Officers shall act only when:',
    '- Stop the threat.',
    '- Report it:',
    '  1. Name every officer.',
    '  2. Describe the force.',
    '    - Including restraints.',
    '  Then file it.',
    '- Render aid.',
    'A closing paragraph.',
    '3. Numbered from three.',
    '4. And four.',
  ].join('\n');

  it('reads the mirror text of lists back as nested lists, and writes the same text again', () => {
    const blocks = blocksFromText(text);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph', 'list']);
    const bullets = blocks[1] as PacketListBlock;
    expect(bullets.ordered).toBe(false);
    expect(bullets.items).toHaveLength(3);
    const report = bullets.items[1].blocks;
    expect(report.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
    const numbered = report[1] as PacketListBlock;
    expect(numbered).toMatchObject({ ordered: true, start: 1 });
    expect((numbered.items[1].blocks[1] as PacketListBlock).items).toHaveLength(1);
    expect(blocks[3]).toMatchObject({ type: 'list', ordered: true, start: 3 });
    expect(blocksText(blocks)).toBe(text);
  });

  it('agrees with every sample clause: blocks and text are one body', () => {
    for (const c of buildSamplePacket({ clauses: 12, version: 2 }).clauses)
      expect(blocksText(c.blocks!)).toBe(c.text);
  });

  it('gives a schema 1 clause (text only) its blocks from the text', () => {
    const old = buildSamplePacket({ clauses: 3, schemaVersion: 1 });
    expect(old.schemaVersion).toBe(1);
    expect(old.pageSize).toBeUndefined();
    expect(clauseBlocks(old.clauses[1]).some((b) => b.type === 'list')).toBe(true);
  });
});
