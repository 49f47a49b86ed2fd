/**
 * Toolkit coverage: for every catalogue component and checklist item, whether a draft covers it,
 * covers it partly, misses it, or contradicts it, with the sentences that show why.
 *
 * Three sources feed it: the text detector (what the clauses actually say), explicit tags (a
 * clause tagged with a component whose text does not yet cover its items makes them 'partly'),
 * and ticks (a board member marking an item as handled). A contradiction in the text always wins.
 */
import { CATALOGUE, type CatalogueComponent } from '../catalogue';
import {
  type ClauseFacts,
  type DraftContext,
  PLACEHOLDER,
  createDraftContext,
  preferredVariant,
  syncDraftContext,
} from '../checks/context';
import type { PolicyClause } from '../checks/types';
import { TERMS_TO_DEFINE_KEYS, familyDefined } from '../checks/vocabulary';
import type { HitStatus } from './detector';

export {
  detectItems,
  detectClauseText,
  DETECTABLE_ITEM_IDS,
  type ItemHit,
  type HitStatus,
  type SentenceHit,
} from './detector';

export type ToolkitCoverageStatus = 'covered' | 'partly' | 'missing' | 'contradicted';
/** Where the decision came from. A missing item reports 'text': the detector found nothing. */
export type CoverageSource = 'tag' | 'text' | 'tick';

export interface CoverageEvidence {
  clauseId: string;
  /** The sentence (or list item) that shows the status; empty for tag-only evidence. */
  sentence: string;
  /** Offsets into the clause text of the words that matched. */
  from: number;
  to: number;
  /** Why the text earns this verdict, quoting the words that decided it; empty for tags and ticks. */
  reason: string;
}

export interface ItemCoverage {
  itemId: string;
  status: ToolkitCoverageStatus;
  evidence: CoverageEvidence[];
  source: CoverageSource;
}

export interface ComponentCoverage {
  componentId: string;
  status: ToolkitCoverageStatus;
  /** 0–1: covered items count 1, partly 0.5, missing and contradicted 0. */
  score: number;
  items: ItemCoverage[];
}

export interface CoverageResult {
  components: ComponentCoverage[];
  /** Mean of the component scores, 0–1. */
  overall: number;
}

export interface CoverageOptions {
  /** Items a board member has ticked as handled. */
  tickedItemIds?: Iterable<string>;
  /** A context from `checkDraft` or `createDraftContext`; unchanged clauses are not re-read. */
  context?: DraftContext;
}

const MAX_EVIDENCE = 5;
const RANK: Record<HitStatus, number> = { contradicted: 3, covered: 2, partly: 1 };
const SCORE: Record<ToolkitCoverageStatus, number> = { covered: 1, partly: 0.5, missing: 0, contradicted: 0 };

interface Draft {
  ctx: DraftContext;
  facts: ClauseFacts[];
}

type Derived = { status: ToolkitCoverageStatus; evidence: CoverageEvidence[] } | null;

/** Definitions that say something: a definition still made of [placeholders] defines nothing yet. */
function realDefinitions(ctx: DraftContext): number {
  let n = 0;
  for (const d of ctx.defined.values()) {
    const f = ctx.facts.get(d.clauseId);
    const sentence = f?.sentences.find((s) => d.from >= s.span.from && d.from < s.span.to);
    if (!sentence || !PLACEHOLDER.test(sentence.span.text)) n++;
  }
  return n;
}

/** Plain language: share of substantial finished clauses at or under the target grade. */
function plainLanguage({ ctx, facts }: Draft): Derived {
  const rated = facts.filter(
    (f) => f.readability.words >= ctx.options.minWordsForReadingLevel && !PLACEHOLDER.test(f.text),
  );
  if (rated.length === 0) return null;
  const within = rated.filter((f) => f.readability.grade <= ctx.options.targetGrade);
  const share = within.length / rated.length;
  const worst = rated.reduce((a, b) => (b.readability.grade > a.readability.grade ? b : a));
  const evidence =
    share < 1
      ? [
          {
            clauseId: worst.clauseId,
            sentence: worst.sentences[0]?.span.text ?? '',
            from: 0,
            to: worst.text.length,
            reason: '',
          },
        ]
      : [];
  return { status: share >= 0.8 ? 'covered' : share >= 0.5 ? 'partly' : 'missing', evidence };
}

/** Consistent terms: contradicted by two names for one idea, covered once terms are defined and used one way. */
function consistentTerms({ ctx, facts }: Draft): Derived {
  const evidence: CoverageEvidence[] = [];
  for (const f of facts) {
    for (const [fam, occs] of f.variants) {
      const preferred = preferredVariant(ctx, fam);
      if (!preferred) continue;
      for (const o of occs)
        if (o.key !== preferred)
          evidence.push({ clauseId: f.clauseId, sentence: o.text, from: o.from, to: o.to, reason: '' });
    }
  }
  if (evidence.length) return { status: 'contradicted', evidence: evidence.slice(0, MAX_EVIDENCE) };
  return realDefinitions(ctx) > 0 ? { status: 'covered', evidence: [] } : null;
}

/** Defined terms: a definitions section exists and every special term used is defined. */
function definedTerms({ ctx, facts }: Draft): Derived {
  if (realDefinitions(ctx) === 0) return null;
  const evidence: CoverageEvidence[] = [];
  for (const f of facts) {
    for (const occ of f.termsUsed.values()) {
      if (
        TERMS_TO_DEFINE_KEYS.has(occ.key) &&
        !ctx.defined.has(occ.key) &&
        !familyDefined(occ.key, ctx.defined)
      ) {
        evidence.push({ clauseId: f.clauseId, sentence: occ.text, from: occ.from, to: occ.to, reason: '' });
      }
    }
  }
  return evidence.length
    ? { status: 'partly', evidence: evidence.slice(0, MAX_EVIDENCE) }
    : { status: 'covered', evidence: [] };
}

const DERIVED: Record<string, (d: Draft) => Derived> = {
  'clarity.plain-language': plainLanguage,
  'clarity.consistent-terms': consistentTerms,
  'clarity.defined-terms': definedTerms,
};

/**
 * A clause's detector hits as coverage evidence, built once per clause reading: after an edit only
 * the edited clause's evidence is new, so a recheck allocates little (fewer GC pauses while typing).
 */
type Hit = { itemId: string; status: HitStatus; ev: CoverageEvidence; missingParts?: readonly string[] };
const EVIDENCE_CACHE = new WeakMap<ClauseFacts, Hit[]>();
function evidenceOf(f: ClauseFacts): Hit[] {
  let list = EVIDENCE_CACHE.get(f);
  if (!list) {
    list = f.hits.map((h) => ({
      itemId: h.itemId,
      status: h.status,
      // Shared between results, so never changed in place.
      ev: Object.freeze({
        clauseId: f.clauseId,
        sentence: h.sentence,
        from: h.from,
        to: h.to,
        reason: h.reason,
      }),
      missingParts: h.missingParts,
    }));
    EVIDENCE_CACHE.set(f, list);
  }
  return list;
}

/** Draft-wide derived verdicts depend only on the context; computed once per context. */
const DERIVED_CACHE = new WeakMap<DraftContext, Map<string, Derived>>();
function derivedCache(ctx: DraftContext): Map<string, Derived> {
  let map = DERIVED_CACHE.get(ctx);
  if (!map) {
    map = new Map();
    DERIVED_CACHE.set(ctx, map);
  }
  return map;
}

function rollUp(items: ItemCoverage[]): ToolkitCoverageStatus {
  if (items.some((i) => i.status === 'contradicted')) return 'contradicted';
  if (items.every((i) => i.status === 'covered')) return 'covered';
  if (items.every((i) => i.status === 'missing')) return 'missing';
  return 'partly';
}

/**
 * Coverage of the toolkit by a draft. Reuses cached clause readings from `options.context`;
 * with a fresh context this is an aggregation over cached facts and costs well under a millisecond.
 */
export function computeCoverage(
  clauses: readonly PolicyClause[],
  options: CoverageOptions = {},
): CoverageResult {
  const ctx = options.context ? syncDraftContext(options.context, clauses) : createDraftContext(clauses);
  const facts = ctx.order.map((id) => ctx.facts.get(id)).filter((f): f is ClauseFacts => f !== undefined);
  const draft: Draft = { ctx, facts };
  const ticked = new Set(options.tickedItemIds ?? []);

  const hitsByItem = new Map<string, Hit[]>();
  for (const f of facts) {
    for (const hit of evidenceOf(f)) {
      const list = hitsByItem.get(hit.itemId);
      if (list) list.push(hit);
      else hitsByItem.set(hit.itemId, [hit]);
    }
  }
  const taggedBy = new Map<string, string[]>();
  for (const c of clauses) {
    for (const id of c.componentIds) {
      const list = taggedBy.get(id);
      if (list) list.push(c.id);
      else taggedBy.set(id, [c.id]);
    }
  }
  const derivedFor = derivedCache(ctx);

  const itemCoverage = (component: CatalogueComponent, itemId: string): ItemCoverage => {
    const hits = (hitsByItem.get(itemId) ?? []).sort((a, b) => RANK[b.status] - RANK[a.status]);
    let status: ToolkitCoverageStatus = hits.length ? hits[0].status : 'missing';
    let source: CoverageSource = 'text';
    let evidence = hits.filter((h) => h.status === hits[0]?.status).map((h) => h.ev);
    // Required parts met in different sentences ("…only when necessary. …proportional to the
    // threat.") meet the item together: no part is left out by every one of them.
    if (status === 'partly') {
      const parted = hits.filter((h) => h.status === 'partly' && h.missingParts?.length);
      const leftOut = parted.reduce<readonly string[] | null>(
        (acc, h) => (acc === null ? h.missingParts! : acc.filter((p) => h.missingParts!.includes(p))),
        null,
      );
      if (parted.length > 1 && leftOut !== null && leftOut.length === 0) status = 'covered';
    }

    const derive = DERIVED[itemId];
    let derived: Derived = null;
    if (derive) {
      if (!derivedFor.has(itemId)) derivedFor.set(itemId, derive(draft));
      derived = derivedFor.get(itemId) ?? null;
    }
    if (derived && status !== 'contradicted') {
      if (derived.status === 'contradicted' || SCORE[derived.status] > SCORE[status]) {
        status = derived.status;
        evidence = derived.evidence;
      }
    }
    if (status !== 'contradicted' && status !== 'covered' && ticked.has(itemId)) {
      status = 'covered';
      source = 'tick';
    }
    // A tag shows where the board means to handle the item; it never changes what the text says,
    // so a tagged clause that says nothing yet leaves the item missing.
    if (status === 'missing' && taggedBy.has(component.id)) {
      source = 'tag';
      evidence = (taggedBy.get(component.id) ?? []).map((clauseId) => ({
        clauseId,
        sentence: '',
        from: 0,
        to: 0,
        reason: '',
      }));
    }
    return { itemId, status, evidence: evidence.slice(0, MAX_EVIDENCE), source };
  };

  const components: ComponentCoverage[] = CATALOGUE.map((component) => {
    const items = component.items.map((i) => itemCoverage(component, i.id));
    const score = items.reduce((s, i) => s + SCORE[i.status], 0) / items.length;
    return {
      componentId: component.id,
      status: rollUp(items),
      score: Math.round(score * 1000) / 1000,
      items,
    };
  });
  const overall = components.reduce((s, c) => s + c.score, 0) / components.length;
  return { components, overall: Math.round(overall * 1000) / 1000 };
}
