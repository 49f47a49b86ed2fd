// `pnpm bench checks`: language checks and toolkit coverage on a 60-clause draft, as a member types.
// Targets: re-check of one edited clause ≤ 10 ms, whole draft ≤ 150 ms (p99 over repeated runs).
// Then coverage quality on the labelled corpus, development and held-out parts reported separately
// (held-out: aggregate figures only; see shared/src/corpus/evaluate.ts for the definitions).
// Reference run, side by side: the cost of only splitting the same draft into sentences and words
// (what any checker must at least do), so the ratio shows what the analysis itself adds.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'dist');
const { runChecksBench, buildBenchDraft } = require(path.join(shared, 'checks', 'bench.js'));
const { developmentCorpus, heldOutCorpus, evaluateCoverage, formatSummary } = require(
  path.join(shared, 'corpus', 'index.js'),
);

const runs = Number(process.env.BENCH_RUNS ?? 300);
for (let i = 0; i < 20; i++) runChecksBench({ clauses: 60, runs: 1 }); // warm-up (JIT)
const result = runChecksBench({ clauses: 60, runs });

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const draft = buildBenchDraft(60);
const reference = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  let words = 0;
  for (const clause of draft) {
    for (const sentence of clause.text.split(/(?<=[.!?])\s+/))
      words += sentence.toLowerCase().split(/\W+/).length;
  }
  if (words < 0) console.log(words);
  reference.push(performance.now() - t);
}
const refP99 = percentile(reference, 99);
const round = (n) => Math.round(n * 1000) / 1000;
const summary = {
  clauses: result.clauses,
  runs,
  clause_ms: round(result.singleClause.p99),
  clause_p50_ms: round(result.singleClause.p50),
  draft_ms: round(result.wholeDraft.p99),
  draft_p50_ms: round(result.wholeDraft.p50),
  ref_draft_ms: round(refP99),
  ratio: round(result.wholeDraft.p99 / refP99),
  clause_budget_ratio: round(result.singleClause.p99 / 10),
  draft_budget_ratio: round(result.wholeDraft.p99 / 150),
  marks: result.marks,
  overall_coverage: round(result.overallCoverage),
};
console.log(`one clause: p50 ${summary.clause_p50_ms} ms, p99 ${summary.clause_ms} ms (target ≤ 10 ms)`);
console.log(`whole draft: p50 ${summary.draft_p50_ms} ms, p99 ${summary.draft_ms} ms (target ≤ 150 ms)`);
console.log(
  `reference (split into sentences and words only): p99 ${summary.ref_draft_ms} ms; ratio ${summary.ratio}×`,
);
const quality = {};
for (const [part, corpus] of [
  ['development', developmentCorpus()],
  ['held_out', heldOutCorpus()],
]) {
  if (corpus.length === 0) continue;
  const e = evaluateCoverage(corpus);
  console.log(formatSummary(`coverage quality, ${part.replace('_', '-')} part`, e));
  quality[part] = {
    entries: e.entries,
    pairs: e.pairs,
    accuracy: round(e.accuracy),
    covered_precision: round(e.coveredPrecision),
    contradicted_recall: round(e.contradictedRecall),
    contradicted_precision: round(e.contradictedPrecision),
  };
}
summary.quality = quality;
console.log(`BENCH checks ${JSON.stringify(summary)}`);
