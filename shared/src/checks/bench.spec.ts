import { buildBenchDraft, runChecksBench } from './bench';

describe('checks benchmark', () => {
  it('builds a realistic 60-clause draft', () => {
    const draft = buildBenchDraft(60);
    expect(draft).toHaveLength(60);
    expect(new Set(draft.map((c) => c.id)).size).toBe(60);
    expect(draft.every((c) => c.text.length > 0)).toBe(true);
  });

  it('reports latency figures for one clause and for the whole draft (speed is judged by `pnpm bench checks`, not here)', () => {
    const r = runChecksBench({ clauses: 60, runs: 5 });
    expect(r.clauses).toBe(60);
    for (const summary of [r.singleClause, r.wholeDraft]) {
      expect(summary.p50).toBeGreaterThan(0);
      expect(summary.p99).toBeGreaterThanOrEqual(summary.p50);
    }
    expect(r.marks).toBeGreaterThan(0);
  });
});
