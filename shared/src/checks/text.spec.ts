import { countSyllables, hash64, normalizeForMatch, readability, splitSentences } from './text';

describe('text primitives', () => {
  it('splits sentences with offsets, keeping abbreviations and decimals whole', () => {
    const text = 'Officers shall act, e.g. by calling EMS. The limit is 3.5 m. Dr. Lee agreed!';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      'Officers shall act, e.g. by calling EMS.',
      'The limit is 3.5 m.',
      'Dr. Lee agreed!',
    ]);
    for (const s of spans) expect(text.slice(s.from, s.to)).toBe(s.text);
  });

  it('treats list items as sentences that carry their lead-in', () => {
    const text = 'Each report shall include:\n- the race;\n(b) the age.\n\nUnrelated line.';
    const spans = splitSentences(text);
    expect(spans.map((s) => [s.text, s.lead])).toEqual([
      ['Each report shall include:', undefined],
      ['the race;', 'Each report shall include:'],
      ['the age.', 'Each report shall include:'],
      ['Unrelated line.', undefined],
    ]);
  });

  it('normalises for matching without moving offsets', () => {
    const text = 'Officers \u201Cshall\u201D de\u2011escalate \u2014 ALWAYS';
    const n = normalizeForMatch(text);
    expect(n.length).toBe(text.length);
    expect(n).toBe('officers "shall" de-escalate - always');
  });

  it('counts syllables well enough for a readability estimate', () => {
    expect(countSyllables('force')).toBe(1);
    expect(countSyllables('officer')).toBe(3);
    expect(countSyllables('de-escalation')).toBeGreaterThanOrEqual(4);
    expect(countSyllables('the')).toBe(1);
  });

  it('scores plain text below dense legal text', () => {
    const plain = readability('Officers must help people who are hurt. They call for an ambulance.');
    const dense = readability(
      'Notwithstanding the foregoing, departmental personnel shall, in circumstances necessitating intervention, administer appropriate emergency medical assistance.',
    );
    expect(plain.grade).toBeLessThan(8);
    expect(dense.grade).toBeGreaterThan(14);
  });

  it('hashes stably', () => {
    expect(hash64('abc')).toBe(hash64('abc'));
    expect(hash64('abc')).not.toBe(hash64('abd'));
    expect(hash64('abc')).toMatch(/^[0-9a-f]{16}$/);
  });
});
