import { ITEM_IDS } from '../catalogue';
import {
  type Evaluation,
  type LabelledEntry,
  developmentCorpus,
  evaluateCoverage,
  formatErrors,
  formatSummary,
  heldOutCorpus,
} from '../corpus';

/**
 * Floors on the held-out part only (never tuned on). The targets are accuracy 0.90,
 * contradicted recall 0.85 and covered precision 0.95; the reader does not reach them yet. These
 * floors are the figures it reached (61.9%, 58.2%, 80.6% on 2026-12-04, after the lexicon was
 * widened on new development batches only), rounded down, so a change that makes the held-out
 * reading worse fails here. Raise them as the reader improves.
 */
const HELD_OUT_FLOORS = { accuracy: 0.61, contradictedRecall: 0.58, coveredPrecision: 0.8 };

const VERDICT_LABELS = new Set(['covered', 'partly', 'contradicted']);

function wellFormed(corpus: readonly LabelledEntry[]): string[] {
  const known = new Set(ITEM_IDS);
  const bad: string[] = [];
  for (const e of corpus) {
    if (typeof e.text !== 'string' || e.text.trim() === '') bad.push(`empty text: ${JSON.stringify(e)}`);
    for (const [id, v] of Object.entries(e.labels ?? {}))
      if (!known.has(id) || !VERDICT_LABELS.has(v)) bad.push(`${id}: ${v} in "${e.text}"`);
  }
  return bad;
}

describe('coverage quality on the labelled corpus, through checkDraft and computeCoverage', () => {
  const development = developmentCorpus();
  const heldOut = heldOutCorpus();
  let dev: Evaluation;
  let held: Evaluation;

  beforeAll(() => {
    dev = evaluateCoverage(development);
    held = evaluateCoverage(heldOut);
    console.log(
      [
        formatSummary('Development part', dev),
        '',
        formatSummary('Held-out part (aggregate figures only)', held),
        '',
        `Development disagreements (${dev.errors.length}):`,
        formatErrors(dev),
      ].join('\n'),
    );
  });

  it('has a development part of at least 400 clauses over every checklist item, a third of them contradicted', () => {
    expect(development.length).toBeGreaterThanOrEqual(400);
    expect(wellFormed(development)).toEqual([]);
    const labelled = new Set(development.flatMap((e) => Object.keys(e.labels)));
    const textItems = ITEM_IDS.filter((id) => id !== 'clarity.consistent-terms');
    expect(textItems.filter((id) => !labelled.has(id))).toEqual([]);
    const contradicted = development.filter((e) => Object.values(e.labels).includes('contradicted'));
    expect(contradicted.length / development.length).toBeGreaterThanOrEqual(0.28);
    expect(development.filter((e) => Object.keys(e.labels).length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it('has a held-out part written by people who never saw the detector', () => {
    expect(heldOut.length).toBeGreaterThan(0);
    expect(wellFormed(heldOut)).toEqual([]);
  });

  it(`reaches accuracy >= ${HELD_OUT_FLOORS.accuracy} on the held-out part`, () => {
    expect(held.accuracy).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.accuracy);
  });

  it(`finds held-out contradictions with recall >= ${HELD_OUT_FLOORS.contradictedRecall}`, () => {
    expect(held.contradictedRecall).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.contradictedRecall);
  });

  it(`calls held-out items covered with precision >= ${HELD_OUT_FLOORS.coveredPrecision}`, () => {
    expect(held.coveredPrecision).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.coveredPrecision);
  });
});
