import { ITEM_IDS } from '../catalogue';
import { CORPUS, DEVELOPMENT_CORPUS, HELD_OUT_CORPUS, evaluateDetector, formatEvaluation } from '../corpus';
import { DETECTABLE_ITEM_IDS } from './detector';

const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.85;
const MIN_PER_ITEM = 0.7;

describe('coverage detector quality on the labelled corpus', () => {
  const whole = evaluateDetector(CORPUS);
  const development = evaluateDetector(DEVELOPMENT_CORPUS);
  const heldOut = evaluateDetector(HELD_OUT_CORPUS);

  beforeAll(() => {
    const misses = whole.errors
      .map(
        (e) =>
          `  ${e.text.replace(/\n/g, ' / ')}\n    missed: ${e.missed.join(', ') || '-'}  extra: ${e.extra.join(', ') || '-'}`,
      )
      .join('\n');
    console.log(
      [
        formatEvaluation(`Whole corpus (${CORPUS.length} entries)`, whole),
        '',
        `Development set (${DEVELOPMENT_CORPUS.length}): precision ${(development.overall.precision * 100).toFixed(1)}%, recall ${(development.overall.recall * 100).toFixed(1)}%`,
        `Held-out set (${HELD_OUT_CORPUS.length}, written after the detector was frozen): precision ${(heldOut.overall.precision * 100).toFixed(1)}%, recall ${(heldOut.overall.recall * 100).toFixed(1)}%`,
        '',
        `Disagreements (${whole.errors.length}):`,
        misses,
      ].join('\n'),
    );
  });

  it('has enough labelled text, with a separate held-out part', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(HELD_OUT_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(
      CORPUS.filter((e) => e.items.length === 0 && !e.contradicts?.length).length,
    ).toBeGreaterThanOrEqual(30);
  });

  it('labels only real checklist items', () => {
    const known = new Set(ITEM_IDS);
    for (const e of CORPUS)
      for (const id of [...e.items, ...(e.contradicts ?? [])]) expect(known.has(id)).toBe(true);
  });

  it('gives every detectable checklist item at least one labelled example', () => {
    const labelled = new Set(CORPUS.flatMap((e) => [...e.items, ...(e.contradicts ?? [])]));
    expect(DETECTABLE_ITEM_IDS.filter((id) => !labelled.has(id))).toEqual([]);
  });

  it(`finds checklist items with precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL} overall`, () => {
    expect(whole.overall.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(whole.overall.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it(`keeps every item's precision and recall at or above ${MIN_PER_ITEM}`, () => {
    const weak = whole.perItem.filter((s) => s.precision < MIN_PER_ITEM || s.recall < MIN_PER_ITEM);
    expect(weak).toEqual([]);
  });
});
