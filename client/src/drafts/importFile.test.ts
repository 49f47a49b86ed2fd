import { fileToBase64, importFileProblem, mergeWithPrevious, splitAt, type ReviewClause } from './importFile';

describe('importFileProblem', () => {
  it('accepts .txt and .docx up to 1 MB and explains every refusal', () => {
    expect(importFileProblem({ name: 'GO 300.docx', size: 5000 })).toBeNull();
    expect(importFileProblem({ name: 'policy.TXT', size: 10 })).toBeNull();
    expect(importFileProblem({ name: 'policy.doc', size: 10 })).toMatch(/old Word/);
    expect(importFileProblem({ name: 'policy.pdf', size: 10 })).toMatch(/paste it instead/);
    expect(importFileProblem({ name: 'policy.exe', size: 10 })).toMatch(/\.txt or \.docx/);
    expect(importFileProblem({ name: 'policy.txt', size: 0 })).toMatch(/empty/);
    expect(importFileProblem({ name: 'policy.txt', size: 2 * 1024 * 1024 })).toMatch(/larger than 1 MB/);
  });
});

describe('fileToBase64', () => {
  it('encodes bytes exactly, including ones above 0x7f', async () => {
    const bytes = new Uint8Array([0, 1, 0x7f, 0x80, 0xff, 0x41]);
    const blob = { arrayBuffer: async () => bytes.buffer } as unknown as Blob;
    expect(await fileToBase64(blob)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('mergeWithPrevious', () => {
  const clause = (heading: string, text: string, ids: string[] = []): ReviewClause => ({
    heading,
    text,
    componentId: ids[0] ?? '',
    suggestedComponentIds: ids,
  });

  it('keeps every word: the merged clause carries the second heading and text', () => {
    const merged = mergeWithPrevious(
      [clause('A', 'one', ['x']), clause('B', 'two', ['y']), clause('C', 'three')],
      1,
    );
    expect(merged).toHaveLength(2);
    expect(merged[0]).toEqual({
      heading: 'A',
      text: 'one\nB\ntwo',
      componentId: 'x',
      suggestedComponentIds: ['x', 'y'],
    });
    expect(merged[1].heading).toBe('C');
  });

  it('does nothing for the first clause', () => {
    const list = [clause('A', 'one'), clause('B', 'two')];
    expect(mergeWithPrevious(list, 0)).toEqual(list);
  });
});

describe('splitAt', () => {
  const clause = (heading: string, text: string, ids: string[] = []): ReviewClause => ({
    heading,
    text,
    componentId: ids[0] ?? '',
    suggestedComponentIds: ids,
  });

  it('makes the chosen line the heading of a new clause, and merging it back gives the original', () => {
    const original = [
      clause('Force', 'Officers shall use the least force.\nDeadly force\nOnly to protect life.', ['min']),
      clause('Next', 'Text.'),
    ];
    const split = splitAt(original, 0, 1);
    expect(split).toEqual([
      clause('Force', 'Officers shall use the least force.', ['min']),
      { heading: 'Deadly force', text: 'Only to protect life.', componentId: '', suggestedComponentIds: [] },
      clause('Next', 'Text.'),
    ]);
    expect(mergeWithPrevious(split, 1)[0].text).toBe(original[0].text);
  });

  it('refuses a split that would leave either clause without text', () => {
    const list = [clause('A', 'one\ntwo\nthree')];
    expect(splitAt(list, 0, 0)).toEqual(list);
    expect(splitAt(list, 0, 2)).toEqual(list);
    expect(splitAt(list, 3, 1)).toEqual(list);
  });
});
