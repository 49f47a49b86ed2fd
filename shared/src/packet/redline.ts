import { diffWordsWithSpace } from 'diff';
import type { Redline, RedlineEntry, RedlinePart, RedlineSummary } from './types';

/** The least a clause needs for a redline: the packet's clauses and the live mirror both fit. */
export interface RedlineClause {
  id: string;
  heading: string;
  text: string;
  /** Shown as "§ 3"; defaults to the 1-based position. */
  number?: string;
}

export interface RedlineOptions {
  /**
   * Pair clauses whose ids differ: first where headings match (ignoring case and spacing), then,
   * among those still unpaired, where the wording is mostly the same (a renamed heading is a
   * change, not a removal plus an addition). Use it against an imported department baseline,
   * whose clauses never shared our ids.
   */
  matchHeadings?: boolean;
}

const segmenter: unknown =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new (Intl as unknown as { Segmenter: new (l?: string, o?: object) => unknown }).Segmenter(undefined, {
        granularity: 'word',
      })
    : undefined;

/**
 * Word-level diff of two strings as equal/insert/delete parts, adjacent parts of one kind
 * merged. Scripts without spaces (Chinese, Japanese) are split into words by Intl.Segmenter.
 */
export function wordDiff(before: string, after: string): RedlinePart[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const changes = diffWordsWithSpace(
    before,
    after,
    segmenter ? ({ intlSegmenter: segmenter } as object) : undefined,
  );
  const parts: RedlinePart[] = [];
  for (const change of changes) {
    if (!change.value) continue;
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}

/** Longest common subsequence of two id lists: the clauses that kept their relative order. */
function stableIds(before: string[], after: string[]): Set<string> {
  const n = before.length;
  const m = after.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] =
        before[i] === after[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const keep = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      keep.add(before[i]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return keep;
}

const headingKey = (heading: string) => heading.toLowerCase().replace(/\s+/g, ' ').trim();

const wordSet = (c: RedlineClause) =>
  new Set(`${c.heading} ${c.text}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of words two clauses have in common (Jaccard over lower-cased word sets), 0–1. */
function wordOverlap(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Below this overlap two clauses are different clauses, not one clause reworded. */
const SIMILAR_WORDING = 0.5;

/**
 * Compares two clause lists: each clause is ADDED, REMOVED, MOVED (same words, new place),
 * CHANGED (new words, perhaps also moved: see `moved`) or UNCHANGED, with word-level diffs of
 * heading and text. Entries follow the new order; a removed clause sits where it used to be.
 */
export function computeRedline(
  before: readonly RedlineClause[],
  after: readonly RedlineClause[],
  options: RedlineOptions = {},
): Redline {
  const number = (list: readonly RedlineClause[], index: number) => list[index].number ?? String(index + 1);
  // Which new clause each old clause became (by id, then optionally by heading).
  const afterIds = new Set(after.map((c) => c.id));
  const beforeToAfter = new Map<string, string>();
  for (const c of before) if (afterIds.has(c.id)) beforeToAfter.set(c.id, c.id);
  if (options.matchHeadings) {
    const matchedAfter = new Set(beforeToAfter.values());
    const freeAfter = new Map<string, string>();
    for (const c of after)
      if (!matchedAfter.has(c.id) && !freeAfter.has(headingKey(c.heading)))
        freeAfter.set(headingKey(c.heading), c.id);
    for (const c of before) {
      if (beforeToAfter.has(c.id)) continue;
      const id = freeAfter.get(headingKey(c.heading));
      if (id) {
        beforeToAfter.set(c.id, id);
        freeAfter.delete(headingKey(c.heading));
      }
    }
    // Then the most similar remaining pairs first, each clause used once.
    const pairedAfter = new Set(beforeToAfter.values());
    const restBefore = before.filter((c) => !beforeToAfter.has(c.id));
    const restAfter = after.filter((c) => !pairedAfter.has(c.id));
    const candidates: { from: string; to: string; score: number }[] = [];
    const afterWords = restAfter.map(wordSet);
    for (const b of restBefore) {
      const words = wordSet(b);
      restAfter.forEach((a, k) => {
        const score = wordOverlap(words, afterWords[k]);
        if (score >= SIMILAR_WORDING) candidates.push({ from: b.id, to: a.id, score });
      });
    }
    candidates.sort((x, y) => y.score - x.score);
    for (const { from, to } of candidates) {
      if (beforeToAfter.has(from) || pairedAfter.has(to)) continue;
      beforeToAfter.set(from, to);
      pairedAfter.add(to);
    }
  }
  const afterToBefore = new Map<string, number>();
  before.forEach((c, i) => {
    const target = beforeToAfter.get(c.id);
    if (target) afterToBefore.set(target, i);
  });
  const keep = stableIds(
    before.filter((c) => beforeToAfter.has(c.id)).map((c) => beforeToAfter.get(c.id)!),
    after.filter((c) => afterToBefore.has(c.id)).map((c) => c.id),
  );

  const entries: RedlineEntry[] = [];
  const summary: RedlineSummary = { added: 0, removed: 0, moved: 0, changed: 0, unchanged: 0 };
  const removedAfter = new Map<number, RedlineEntry[]>(); // key: index in `after` they follow (-1: before all)

  // Removed clauses are anchored to the nearest earlier old clause that survived.
  let anchor = -1;
  const afterIndex = new Map(after.map((c, i) => [c.id, i]));
  before.forEach((c, i) => {
    const target = beforeToAfter.get(c.id);
    if (target) {
      anchor = afterIndex.get(target)!;
      return;
    }
    const entry: RedlineEntry = {
      clauseId: c.id,
      status: 'REMOVED',
      moved: false,
      before: { number: number(before, i), heading: c.heading },
      after: null,
      heading: c.heading ? [{ op: 'delete', text: c.heading }] : [],
      text: c.text ? [{ op: 'delete', text: c.text }] : [],
    };
    summary.removed++;
    const list = removedAfter.get(anchor) ?? [];
    list.push(entry);
    removedAfter.set(anchor, list);
  });

  entries.push(...(removedAfter.get(-1) ?? []));
  after.forEach((c, j) => {
    const i = afterToBefore.get(c.id);
    if (i === undefined) {
      summary.added++;
      entries.push({
        clauseId: c.id,
        status: 'ADDED',
        moved: false,
        before: null,
        after: { number: number(after, j), heading: c.heading },
        heading: c.heading ? [{ op: 'insert', text: c.heading }] : [],
        text: c.text ? [{ op: 'insert', text: c.text }] : [],
      });
    } else {
      const old = before[i];
      const moved = !keep.has(c.id);
      const changed = old.heading !== c.heading || old.text !== c.text;
      const status = changed ? 'CHANGED' : moved ? 'MOVED' : 'UNCHANGED';
      if (status === 'CHANGED') summary.changed++;
      else if (status === 'MOVED') summary.moved++;
      else summary.unchanged++;
      entries.push({
        clauseId: c.id,
        status,
        moved,
        before: { number: number(before, i), heading: old.heading },
        after: { number: number(after, j), heading: c.heading },
        heading: wordDiff(old.heading, c.heading),
        text: wordDiff(old.text, c.text),
      });
    }
    entries.push(...(removedAfter.get(j) ?? []));
  });
  return { summary, entries };
}

/** A one-line account of a redline: "2 added, 1 removed, 3 changed, 1 moved". */
export function describeRedline(summary: RedlineSummary): string {
  const parts = [
    summary.added && `${summary.added} added`,
    summary.removed && `${summary.removed} removed`,
    summary.changed && `${summary.changed} changed`,
    summary.moved && `${summary.moved} moved`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'No changes';
}
