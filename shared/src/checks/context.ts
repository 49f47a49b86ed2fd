/**
 * The draft-level context the checks need beyond one clause: what the definitions section
 * defines, which terms each clause uses, and which checklist items each clause meets or works
 * against. Facts are kept per clause and keyed by its text, so after an edit only that clause is
 * re-read and the draft-wide tallies are rebuilt from cached facts.
 */
import { type SentenceHit, detectAnalysed } from '../coverage/detector';
import { type Analysis, analyse } from '../coverage/language';
import { parseDefinition } from './define';
import { type Readability, type SentenceSpan, normalizeForMatch, readability, splitSentences } from './text';
import type { CheckOptions, PolicyClause } from './types';
import { FAMILY_KEYS, TERMS_TO_DEFINE, TERM_FAMILIES, canonicalTerm, termPattern } from './vocabulary';

export interface DefinitionFact {
  term: string;
  key: string;
  /** Offsets of the term in the clause text. */
  from: number;
  to: number;
}

export interface TermOccurrence {
  key: string;
  from: number;
  to: number;
  text: string;
}

export interface AnalysedSentence {
  span: SentenceSpan;
  analysis: Analysis;
}

export interface ClauseFacts {
  clauseId: string;
  heading: string;
  /** The text these facts were computed from; a different text means the facts are stale. */
  text: string;
  lower: string;
  isDefinitions: boolean;
  sentences: AnalysedSentence[];
  definitions: DefinitionFact[];
  /** Term-family variants used, keyed by family index. */
  variants: Map<number, TermOccurrence[]>;
  /** Terms from TERMS_TO_DEFINE (canonical keys) used, first occurrence each. */
  termsUsed: Map<string, TermOccurrence>;
  /** Quoted phrases outside definitions ("reasonable belief"), first occurrence each. */
  quoted: Map<string, TermOccurrence>;
  hits: SentenceHit[];
  readability: Readability;
}

export interface DraftContext {
  options: Required<CheckOptions>;
  order: readonly string[];
  facts: ReadonlyMap<string, ClauseFacts>;
  /** Canonical defined term → where it is defined. */
  defined: ReadonlyMap<string, { clauseId: string; term: string; from: number; to: number }>;
  /** Canonical defined term → number of uses outside its own definition. */
  definitionUses: ReadonlyMap<string, number>;
  /** Family index → variant canonical key → total uses. */
  familyUsage: ReadonlyMap<number, ReadonlyMap<string, number>>;
  hasDefinitionsClause: boolean;
}

export const DEFAULT_OPTIONS: Required<CheckOptions> = { targetGrade: 10, minWordsForReadingLevel: 20 };

const FAMILY_RES: ReadonlyArray<{ index: number; re: RegExp; keys: string[] }> = TERM_FAMILIES.map(
  (f, index) => {
    const sorted = [...f.variants].sort((a, b) => b.length - a.length);
    return {
      index,
      re: new RegExp(sorted.map((v) => `(${termPattern(v)})`).join('|'), 'g'),
      keys: sorted.map(canonicalTerm),
    };
  },
);

const TERMS_RE = new RegExp(
  [...TERMS_TO_DEFINE]
    .sort((a, b) => b.length - a.length)
    .map(termPattern)
    .join('|'),
  'g',
);
/** Bracketed template text still to be filled in. */
export const PLACEHOLDER = /\[[^\]\n]{2,}\]/;

/** The unfilled `[placeholders]` left in a text (template scaffolding), in order, without repeats. */
export function unfilledPlaceholders(text: string): string[] {
  return [...new Set(text.match(new RegExp(PLACEHOLDER.source, 'g')) ?? [])];
}
const QUOTED_RE = /["\u201C]([^"\u201C\u201D\n]{3,40})["\u201D]/g;

export function isDefinitionsClause(clause: Pick<PolicyClause, 'componentIds' | 'heading'>): boolean {
  return (
    clause.componentIds.includes('definitions') || /^\s*(?:[\d.]+\s*)?definitions?\b/i.test(clause.heading)
  );
}

/** Read one clause. Pure; the result can be cached for as long as the text is unchanged. */
export function computeClauseFacts(clause: PolicyClause): ClauseFacts {
  const text = clause.text;
  const lower = normalizeForMatch(text);
  const isDefinitions = isDefinitionsClause(clause);
  const sentences: AnalysedSentence[] = splitSentences(text).map((span) => ({
    span,
    analysis: analyse(span.text, span.lead),
  }));

  const definitions: DefinitionFact[] = [];
  const hits: SentenceHit[] = [];
  let previous = '';
  for (const { span, analysis } of sentences) {
    if (isDefinitions) {
      const def = parseDefinition(span.text, { glossary: true });
      if (def) {
        definitions.push({
          term: def.term,
          key: canonicalTerm(def.term),
          from: span.from + def.from,
          to: span.from + def.to,
        });
      }
    }
    // A sentence with an unfilled [placeholder] addresses nothing: the detector skips it.
    const found = detectAnalysed(analysis, previous);
    previous = analysis.text;
    for (const hit of found) {
      hits.push({
        ...hit,
        from: span.from + hit.from,
        to: span.from + hit.to,
        sentence: span.text,
        sentenceFrom: span.from,
        sentenceTo: span.to,
      });
    }
  }

  const inDefinition = (from: number) => definitions.some((d) => from >= d.from && from < d.to);

  const variants = new Map<number, TermOccurrence[]>();
  for (const fam of FAMILY_RES) {
    fam.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = fam.re.exec(lower))) {
      const groupIndex = m.slice(1).findIndex((g) => g !== undefined);
      const occ = {
        key: fam.keys[groupIndex],
        from: m.index,
        to: m.index + m[0].length,
        text: text.slice(m.index, m.index + m[0].length),
      };
      const list = variants.get(fam.index) ?? [];
      list.push(occ);
      variants.set(fam.index, list);
    }
  }

  const termsUsed = new Map<string, TermOccurrence>();
  TERMS_RE.lastIndex = 0;
  for (let m = TERMS_RE.exec(lower); m; m = TERMS_RE.exec(lower)) {
    if (inDefinition(m.index)) continue;
    const key = canonicalTerm(m[0]);
    if (!termsUsed.has(key)) {
      termsUsed.set(key, {
        key,
        from: m.index,
        to: m.index + m[0].length,
        text: text.slice(m.index, m.index + m[0].length),
      });
    }
  }

  const quoted = new Map<string, TermOccurrence>();
  if (!isDefinitions) {
    QUOTED_RE.lastIndex = 0;
    for (let m = QUOTED_RE.exec(text); m; m = QUOTED_RE.exec(text)) {
      const inner = m[1].trim();
      // Quoted speech and whole sentences are not terms.
      if (inner.split(/\s+/).length > 5 || /[.!?,;]/.test(inner)) continue;
      const key = canonicalTerm(inner);
      if (!quoted.has(key)) {
        const from = m.index + m[0].indexOf(m[1]);
        quoted.set(key, { key, from, to: from + m[1].length, text: m[1] });
      }
    }
  }

  return {
    clauseId: clause.id,
    heading: clause.heading,
    text,
    lower,
    isDefinitions,
    sentences,
    definitions,
    variants,
    termsUsed,
    quoted,
    hits,
    readability: readability(text, sentences.length),
  };
}

/**
 * The definition-use pattern for one set of defined terms. Compiled once per set, not on every
 * keystroke: after a single-clause edit the defined terms are almost always unchanged.
 */
const USE_RE_CACHE = new Map<string, RegExp>();
function definitionUseRegExp(signature: string, keys: readonly string[]): RegExp {
  let re = USE_RE_CACHE.get(signature);
  if (!re) {
    if (USE_RE_CACHE.size >= 32) USE_RE_CACHE.delete(USE_RE_CACHE.keys().next().value!);
    re = new RegExp(keys.map((k) => `(${termPattern(k)})`).join('|'), 'g');
    USE_RE_CACHE.set(signature, re);
  }
  return re;
}

/** Uses of defined terms per clause, kept with the clause's facts so unchanged clauses are not rescanned. */
const USES_CACHE = new WeakMap<ClauseFacts, { signature: string; uses: Map<string, number> }>();
function clauseDefinitionUses(
  f: ClauseFacts,
  id: string,
  signature: string,
  re: RegExp,
  keys: readonly string[],
  defined: ReadonlyMap<string, { clauseId: string; from: number; to: number }>,
): Map<string, number> {
  const cached = USES_CACHE.get(f);
  if (cached && cached.signature === signature) return cached.uses;
  const uses = new Map<string, number>();
  re.lastIndex = 0;
  for (let m = re.exec(f.lower); m; m = re.exec(f.lower)) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g += 1;
    const key = keys[g - 1];
    const def = defined.get(key);
    if (def && def.clauseId === id && m.index >= def.from && m.index < def.to) continue;
    uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  USES_CACHE.set(f, { signature, uses });
  return uses;
}

function aggregate(
  options: Required<CheckOptions>,
  order: readonly string[],
  facts: ReadonlyMap<string, ClauseFacts>,
): DraftContext {
  const defined = new Map<string, { clauseId: string; term: string; from: number; to: number }>();
  let hasDefinitionsClause = false;
  for (const id of order) {
    const f = facts.get(id);
    if (!f) continue;
    if (f.isDefinitions) hasDefinitionsClause = true;
    for (const d of f.definitions)
      if (!defined.has(d.key)) defined.set(d.key, { clauseId: id, term: d.term, from: d.from, to: d.to });
  }

  const definitionUses = new Map<string, number>();
  if (defined.size > 0) {
    const keys = [...defined.keys()].sort((a, b) => b.length - a.length);
    const signature = keys.join('\u0000');
    const re = definitionUseRegExp(signature, keys);
    for (const key of keys) definitionUses.set(key, 0);
    for (const id of order) {
      const f = facts.get(id);
      if (!f) continue;
      // The definitions this clause itself holds decide which matches are not uses.
      let own = '';
      for (const d of f.definitions) {
        const def = defined.get(d.key);
        if (def && def.clauseId === id) own += `\u0001${d.key}:${def.from}-${def.to}`;
      }
      for (const [key, n] of clauseDefinitionUses(f, id, signature + own, re, keys, defined))
        definitionUses.set(key, (definitionUses.get(key) ?? 0) + n);
    }
  }

  const familyUsage = new Map<number, Map<string, number>>();
  for (const id of order) {
    const f = facts.get(id);
    if (!f) continue;
    for (const [fam, occs] of f.variants) {
      const usage = familyUsage.get(fam) ?? new Map<string, number>();
      for (const o of occs) usage.set(o.key, (usage.get(o.key) ?? 0) + 1);
      familyUsage.set(fam, usage);
    }
  }

  return { options, order, facts, defined, definitionUses, familyUsage, hasDefinitionsClause };
}

/** Build the context for a whole draft. */
export function createDraftContext(
  clauses: readonly PolicyClause[],
  options: CheckOptions = {},
): DraftContext {
  const facts = new Map<string, ClauseFacts>();
  for (const c of clauses) facts.set(c.id, computeClauseFacts(c));
  return aggregate(
    { ...DEFAULT_OPTIONS, ...options },
    clauses.map((c) => c.id),
    facts,
  );
}

function fresh(f: ClauseFacts | undefined, c: PolicyClause): f is ClauseFacts {
  return (
    f !== undefined &&
    f.text === c.text &&
    f.heading === c.heading &&
    f.isDefinitions === isDefinitionsClause(c)
  );
}

/**
 * Bring a context up to date with the current clauses, re-reading only clauses whose text,
 * heading or tags changed. Returns the same object when nothing changed.
 */
export function syncDraftContext(ctx: DraftContext, clauses: readonly PolicyClause[]): DraftContext {
  // The common case (nothing changed since the context was built) allocates nothing.
  if (
    clauses.length === ctx.order.length &&
    clauses.every((c, i) => ctx.order[i] === c.id && fresh(ctx.facts.get(c.id), c))
  ) {
    return ctx;
  }
  let changed = clauses.length !== ctx.order.length;
  const facts = new Map<string, ClauseFacts>();
  clauses.forEach((c, i) => {
    const prev = ctx.facts.get(c.id);
    if (fresh(prev, c)) {
      facts.set(c.id, prev);
      if (ctx.order[i] !== c.id) changed = true;
    } else {
      facts.set(c.id, computeClauseFacts(c));
      changed = true;
    }
  });
  if (!changed) return ctx;
  return aggregate(
    ctx.options,
    clauses.map((c) => c.id),
    facts,
  );
}

/** Replace (or add) one clause's facts: the cheap path after a single-clause edit. */
export function updateDraftContext(ctx: DraftContext, clause: PolicyClause): DraftContext {
  if (fresh(ctx.facts.get(clause.id), clause)) return ctx;
  const facts = new Map(ctx.facts);
  facts.set(clause.id, computeClauseFacts(clause));
  const order = ctx.order.includes(clause.id) ? ctx.order : [...ctx.order, clause.id];
  return aggregate(ctx.options, order, facts);
}

/** Drop a deleted clause. */
export function removeFromDraftContext(ctx: DraftContext, clauseId: string): DraftContext {
  if (!ctx.facts.has(clauseId)) return ctx;
  const facts = new Map(ctx.facts);
  facts.delete(clauseId);
  return aggregate(
    ctx.options,
    ctx.order.filter((id) => id !== clauseId),
    facts,
  );
}

/** Facts for a clause: cached when its text is unchanged, computed on the spot otherwise. */
export function factsFor(ctx: DraftContext, clause: PolicyClause): ClauseFacts {
  const f = ctx.facts.get(clause.id);
  return fresh(f, clause) ? f : computeClauseFacts(clause);
}

/** The preferred variant of a term family in this draft: the defined one, else the most used. */
export function preferredVariant(ctx: DraftContext, familyIndex: number): string | null {
  const usage = ctx.familyUsage.get(familyIndex);
  if (!usage || usage.size < 2) return null;
  const keys = FAMILY_KEYS[familyIndex];
  for (const key of keys) if (ctx.defined.has(key)) return key;
  let best: string | null = null;
  let bestCount = -1;
  for (const key of keys) {
    const n = usage.get(key) ?? 0;
    if (n > bestCount) {
      best = key;
      bestCount = n;
    }
  }
  return best;
}
