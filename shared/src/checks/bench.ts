/**
 * Latency benchmark for the checks and coverage, wired to `pnpm bench checks`. Builds a realistic
 * draft from the toolkit templates and the labelled corpus, then times (a) re-checking one edited
 * clause with a cached context and (b) checking a whole draft from scratch.
 */
import { developmentCorpus } from '../corpus';
import { computeCoverage } from '../coverage';
import { updateDraftContext } from './context';
import { checkClause, checkDraft } from './index';
import { TOOLKIT_TEMPLATE } from './templates';
import type { PolicyClause } from './types';

export interface LatencySummary {
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export interface ChecksBenchResult {
  clauses: number;
  runs: number;
  /** updateDraftContext + checkClause + computeCoverage (cached context), in milliseconds. */
  singleClause: LatencySummary;
  /** checkDraft + computeCoverage from scratch, in milliseconds. */
  wholeDraft: LatencySummary;
  marks: number;
  overallCoverage: number;
}

const fill = (text: string) => text.replace(/\[[^\]]*\]/g, 'the responsible unit');

/** A draft of `count` clauses: filled-in templates first, then corpus sentences three to a clause. */
export function buildBenchDraft(count = 60): PolicyClause[] {
  const clauses: PolicyClause[] = TOOLKIT_TEMPLATE.slice(0, count).map((t, i) => ({
    id: `clause-${i + 1}`,
    heading: t.heading,
    text: fill(t.text),
    componentIds: [t.componentId],
  }));
  const sentences = developmentCorpus().map((e) => e.text);
  let s = 0;
  while (clauses.length < count) {
    const body = [0, 1, 2].map((k) => sentences[(s + k) % sentences.length]).join(' ');
    s += 3;
    clauses.push({
      id: `clause-${clauses.length + 1}`,
      heading: `Section ${clauses.length + 1}`,
      text: body,
      componentIds: [],
    });
  }
  return clauses;
}

function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

/** Run the benchmark. Pure apart from reading the clock. */
export function runChecksBench({
  clauses = 60,
  runs = 200,
}: { clauses?: number; runs?: number } = {}): ChecksBenchResult {
  const draft = buildBenchDraft(clauses);
  const now = () => performance.now();

  // Warm up regex compilation and JIT before timing.
  let base = checkDraft(draft);
  computeCoverage(draft, { context: base.context });

  const whole: number[] = [];
  let marks = 0;
  let overallCoverage = 0;
  for (let r = 0; r < Math.max(5, Math.ceil(runs / 10)); r++) {
    const t0 = now();
    const result = checkDraft(draft);
    const coverage = computeCoverage(draft, { context: result.context });
    whole.push(now() - t0);
    marks = result.marks.length;
    overallCoverage = coverage.overall;
    base = result;
  }

  const single: number[] = [];
  let context = base.context;
  let current = draft;
  for (let r = 0; r < runs; r++) {
    const index = (r * 7) % current.length;
    const target = current[index];
    // Alternate between two texts so every run is a real change.
    const text = r % 2 === 0 ? `${target.text} Officers shall document the outcome.` : draft[index].text;
    const edited = { ...target, text };
    current = current.map((c, i) => (i === index ? edited : c));
    const t0 = now();
    context = updateDraftContext(context, edited);
    checkClause(edited, context);
    computeCoverage(current, { context });
    single.push(now() - t0);
  }

  return {
    clauses: draft.length,
    runs,
    singleClause: summarise(single),
    wholeDraft: summarise(whole),
    marks,
    overallCoverage,
  };
}
