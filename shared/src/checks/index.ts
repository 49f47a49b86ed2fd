/**
 * Policy-language checks. Pure functions: give them clauses, get marks back.
 *
 * Incremental use: `checkDraft` returns the draft context it built. After an edit to one clause,
 * call `updateDraftContext(context, clause)` (cheap: only that clause is re-read) and then
 * `checkClause(clause, context)`. Draft-level marks on other clauses (unused definitions,
 * inconsistent terms, contradictions) can change too; `affectedClauseIds` names the clauses worth
 * re-checking.
 */
import { type DraftContext, createDraftContext, factsFor, syncDraftContext } from './context';
import {
  type PendingMark,
  contradictions,
  inconsistentTerms,
  passiveDuties,
  readingLevel,
  swallowingExceptions,
  undefinedTerms,
  unusedDefinitions,
  vagueQualifiers,
  weakModals,
} from './rules';
import { hash64, normalizeExcerpt } from './text';
import type { CheckOptions, CheckMark, PolicyClause } from './types';

export * from './types';
export {
  type ClauseFacts,
  type DraftContext,
  createDraftContext,
  syncDraftContext,
  updateDraftContext,
  removeFromDraftContext,
  unfilledPlaceholders,
} from './context';
export { readability, normalizeExcerpt, type Readability } from './text';
export { TERM_FAMILIES, TERMS_TO_DEFINE, type TermFamily } from './vocabulary';
export {
  TOOLKIT_TEMPLATE,
  splitPolicyIntoClauses,
  type ClauseTemplate,
  type ImportedClause,
} from './templates';

/** The stable identity of a mark: kind + clause + normalised excerpt. */
export function markFingerprint(kind: string, clauseId: string, excerpt: string): string {
  return hash64(`${kind}\u0000${clauseId}\u0000${normalizeExcerpt(excerpt)}`);
}

function finish(marks: PendingMark[]): CheckMark[] {
  marks.sort((a, b) => a.from - b.from || a.to - b.to || a.kind.localeCompare(b.kind));
  const counts = new Map<string, number>();
  return marks.map((m) => {
    const fingerprint = markFingerprint(m.kind, m.clauseId, m.excerpt);
    const n = counts.get(fingerprint) ?? 0;
    counts.set(fingerprint, n + 1);
    return { ...m, fingerprint, id: n === 0 ? fingerprint : `${fingerprint}-${n}` };
  });
}

/**
 * All marks for one clause. The context supplies definitions, term usage and the other clauses'
 * checklist readings; if the clause's text is newer than the context, the clause itself is re-read
 * on the spot (call `updateDraftContext` first when its definitions or terms may have changed).
 */
export function checkClause(clause: PolicyClause, context: DraftContext): CheckMark[] {
  const facts = factsFor(context, clause);
  const swallowing = swallowingExceptions(facts);
  const vague = vagueQualifiers(facts, clause.componentIds, swallowing);
  // A sentence already marked for a hollowing exception or a vague qualifier needs no second,
  // vaguer mark saying it also undercuts another clause.
  const explained = [...swallowing, ...vague];
  const conflicts = contradictions(facts, context).filter(
    (c) => !explained.some((e) => e.from >= c.from && e.to <= c.to),
  );
  return finish([
    ...vague,
    ...weakModals(facts, clause.componentIds),
    ...swallowing,
    ...passiveDuties(facts),
    ...readingLevel(facts, context),
    ...undefinedTerms(facts, context),
    ...unusedDefinitions(facts, context),
    ...inconsistentTerms(facts, context),
    ...conflicts,
  ]);
}

export interface DraftCheckResult {
  marks: CheckMark[];
  byClause: Map<string, CheckMark[]>;
  /** Keep this and pass it back (or to `computeCoverage`) so unchanged clauses are not re-read. */
  context: DraftContext;
}

/**
 * Check a whole draft. Pass the previous result's context to reuse the facts of unchanged clauses.
 */
export function checkDraft(
  clauses: readonly PolicyClause[],
  opts: { options?: CheckOptions; context?: DraftContext } = {},
): DraftCheckResult {
  const context = opts.context
    ? syncDraftContext(opts.context, clauses)
    : createDraftContext(clauses, opts.options);
  const byClause = new Map<string, CheckMark[]>();
  const marks: CheckMark[] = [];
  for (const c of clauses) {
    const m = checkClause(c, context);
    byClause.set(c.id, m);
    marks.push(...m);
  }
  return { marks, byClause, context };
}

/**
 * Clauses whose draft-level marks may differ between two contexts: all of them when the
 * definitions changed, otherwise clauses that share a term family or a checklist item with the
 * edited clause, plus the definitions clauses.
 */
export function affectedClauseIds(before: DraftContext, after: DraftContext, editedId: string): string[] {
  const sameDefinitions =
    before.defined.size === after.defined.size &&
    [...after.defined.keys()].every((k) => before.defined.has(k));
  if (!sameDefinitions) return [...after.order];
  const prev = before.facts.get(editedId);
  const next = after.facts.get(editedId);
  const families = new Set<number>([...(prev?.variants.keys() ?? []), ...(next?.variants.keys() ?? [])]);
  const items = new Set<string>([...(prev?.hits ?? []), ...(next?.hits ?? [])].map((h) => h.itemId));
  const out: string[] = [];
  for (const id of after.order) {
    if (id === editedId) {
      out.push(id);
      continue;
    }
    const f = after.facts.get(id);
    if (!f) continue;
    if (
      f.isDefinitions ||
      [...f.variants.keys()].some((k) => families.has(k)) ||
      f.hits.some((h) => items.has(h.itemId))
    ) {
      out.push(id);
    }
  }
  return out;
}
