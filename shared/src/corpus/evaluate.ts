import { checkDraft } from '../checks';
import { computeCoverage } from '../coverage';
import type { LabelledEntry, Verdict } from './types';

/**
 * Score coverage against labelled clauses through the app's own path: each entry becomes a
 * one-clause draft (no heading, no tags, no ticks) → `checkDraft` → `computeCoverage`, and the
 * predicted verdict of an item is that item's status in the coverage result.
 *
 * Pairs scored (the accuracy's denominator):
 * - every (entry, item) the entry labels, gold = its label;
 * - every (entry, item) the entry leaves unlabelled (gold = missing) but coverage does not call
 *   missing: a flag the text did not earn, always an error.
 * Unlabelled items that coverage calls missing are not counted (they would swamp the figure).
 * One exception: 'clarity.plain-language' is also derived from the draft's reading grade; that
 * measure says how a draft reads, not what a sentence says, so an unlabelled plain-language verdict
 * counts only when the sentence reading itself produced it.
 *
 * accuracy = pairs where predicted = gold / pairs scored.
 * covered precision = gold covered among predicted covered (over scored pairs).
 * contradicted recall = predicted contradicted among gold contradicted; precision likewise.
 */
export const VERDICTS: readonly Verdict[] = ['covered', 'partly', 'missing', 'contradicted'];

export interface EntryError {
  text: string;
  itemId: string;
  gold: Verdict;
  predicted: Verdict;
  /** The reading's explanation for the predicted verdict, when there is one. */
  reason: string;
}

export interface Evaluation {
  entries: number;
  pairs: number;
  correct: number;
  accuracy: number;
  /** confusion[gold][predicted] = count. */
  confusion: Record<Verdict, Record<Verdict, number>>;
  coveredPrecision: number;
  coveredRecall: number;
  contradictedPrecision: number;
  contradictedRecall: number;
  errors: EntryError[];
}

const DERIVED_FROM_MEASURE = 'clarity.plain-language';

/** The verdict of every item coverage does not call missing, for one clause of text. */
export function predictVerdicts(text: string): Map<string, { status: Verdict; reason: string }> {
  const clause = { id: 'entry', heading: '', text, componentIds: [] as string[] };
  const { context } = checkDraft([clause]);
  const coverage = computeCoverage([clause], { context });
  const read = new Set((context.facts.get(clause.id)?.hits ?? []).map((h) => h.itemId));
  const out = new Map<string, { status: Verdict; reason: string }>();
  for (const component of coverage.components) {
    for (const item of component.items) {
      if (item.status === 'missing') continue;
      if (item.itemId === DERIVED_FROM_MEASURE && !read.has(item.itemId)) continue;
      out.set(item.itemId, { status: item.status, reason: item.evidence[0]?.reason ?? '' });
    }
  }
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function emptyConfusion(): Record<Verdict, Record<Verdict, number>> {
  const row = () => ({ covered: 0, partly: 0, missing: 0, contradicted: 0 });
  return { covered: row(), partly: row(), missing: row(), contradicted: row() };
}

export function evaluateCoverage(corpus: readonly LabelledEntry[]): Evaluation {
  const confusion = emptyConfusion();
  const errors: EntryError[] = [];
  for (const entry of corpus) {
    const predicted = predictVerdicts(entry.text);
    const items = new Set([...Object.keys(entry.labels), ...predicted.keys()]);
    for (const itemId of items) {
      const gold: Verdict = entry.labels[itemId] ?? 'missing';
      const got = predicted.get(itemId);
      const status: Verdict = got?.status ?? 'missing';
      confusion[gold][status]++;
      if (gold !== status)
        errors.push({ text: entry.text, itemId, gold, predicted: status, reason: got?.reason ?? '' });
    }
  }
  let pairs = 0;
  let correct = 0;
  for (const g of VERDICTS)
    for (const p of VERDICTS) {
      pairs += confusion[g][p];
      if (g === p) correct += confusion[g][p];
    }
  const column = (p: Verdict) => VERDICTS.reduce((n, g) => n + confusion[g][p], 0);
  const row = (g: Verdict) => VERDICTS.reduce((n, p) => n + confusion[g][p], 0);
  return {
    entries: corpus.length,
    pairs,
    correct,
    accuracy: ratio(correct, pairs),
    confusion,
    coveredPrecision: ratio(confusion.covered.covered, column('covered')),
    coveredRecall: ratio(confusion.covered.covered, row('covered')),
    contradictedPrecision: ratio(confusion.contradicted.contradicted, column('contradicted')),
    contradictedRecall: ratio(confusion.contradicted.contradicted, row('contradicted')),
    errors,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Aggregate figures only: safe to print for the held-out part. */
export function formatSummary(title: string, e: Evaluation): string {
  const head = `${'gold \\ predicted'.padEnd(18)}${VERDICTS.map((v) => v.padStart(13)).join('')}`;
  const rows = VERDICTS.map(
    (g) => `${g.padEnd(18)}${VERDICTS.map((p) => String(e.confusion[g][p]).padStart(13)).join('')}`,
  );
  return [
    `${title}: ${e.entries} entries, ${e.pairs} scored pairs`,
    `  accuracy ${pct(e.accuracy)} (${e.correct}/${e.pairs}); covered precision ${pct(e.coveredPrecision)}, recall ${pct(e.coveredRecall)}; contradicted recall ${pct(e.contradictedRecall)}, precision ${pct(e.contradictedPrecision)}`,
    head,
    ...rows,
  ].join('\n');
}

/** Per-entry disagreements: print these for the development part only. */
export function formatErrors(e: Evaluation): string {
  return e.errors
    .map(
      (x) =>
        `  ${x.text.replace(/\n/g, ' / ')}\n    ${x.itemId}: gold ${x.gold}, predicted ${x.predicted}${x.reason ? ` (${x.reason})` : ''}`,
    )
    .join('\n');
}
