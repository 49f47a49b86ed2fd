import { detectItems } from '../coverage/detector';
import type { CorpusEntry } from './types';

/**
 * Score the detector against labelled text. A prediction is a pair (item, direction): 'covers'
 * for a covered or partly hit, 'contradicts' for a contradicted hit. A contradiction read as
 * coverage therefore counts as one false positive and one false negative.
 */
export interface ItemScore {
  itemId: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  overall: ItemScore;
  perItem: ItemScore[];
  errors: Array<{ text: string; missed: string[]; extra: string[] }>;
}

type Pair = string; // `${itemId}|covers` or `${itemId}|contradicts`

function expected(entry: CorpusEntry): Set<Pair> {
  const out = new Set<Pair>();
  for (const id of entry.items) out.add(`${id}|covers`);
  for (const id of entry.contradicts ?? []) out.add(`${id}|contradicts`);
  return out;
}

function predicted(text: string): Set<Pair> {
  const out = new Set<Pair>();
  for (const hit of detectItems(text))
    out.add(`${hit.itemId}|${hit.status === 'contradicted' ? 'contradicts' : 'covers'}`);
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function score(itemId: string, tp: number, fp: number, fn: number): ItemScore {
  return { itemId, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

export function evaluateDetector(corpus: readonly CorpusEntry[]): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (pair: Pair, key: 'tp' | 'fp' | 'fn') => {
    const itemId = pair.slice(0, pair.indexOf('|'));
    const c = counts.get(itemId) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(itemId, c);
  };
  const errors: Evaluation['errors'] = [];
  for (const entry of corpus) {
    const want = expected(entry);
    const got = predicted(entry.text);
    const missed: string[] = [];
    const extra: string[] = [];
    for (const p of want) {
      if (got.has(p)) bump(p, 'tp');
      else {
        bump(p, 'fn');
        missed.push(p);
      }
    }
    for (const p of got) {
      if (!want.has(p)) {
        bump(p, 'fp');
        extra.push(p);
      }
    }
    if (missed.length || extra.length) errors.push({ text: entry.text, missed, extra });
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perItem: ItemScore[] = [];
  for (const [itemId, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    perItem.push(score(itemId, c.tp, c.fp, c.fn));
  }
  return { overall: score('overall', tp, fp, fn), perItem, errors };
}

/** A fixed-width table for test output. */
export function formatEvaluation(title: string, e: Evaluation): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const rows = e.perItem.map(
    (s) =>
      `${s.itemId.padEnd(46)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)} ${pct(s.precision)} ${pct(s.recall)}`,
  );
  const o = e.overall;
  return [
    title,
    `${'item'.padEnd(46)}  tp  fp  fn  precis  recall`,
    ...rows,
    `${'OVERALL'.padEnd(46)} ${String(o.tp).padStart(3)} ${String(o.fp).padStart(3)} ${String(o.fn).padStart(3)} ${pct(o.precision)} ${pct(o.recall)}`,
  ].join('\n');
}
