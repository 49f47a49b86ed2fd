/**
 * Text primitives shared by the language checks and the coverage detector: sentence splitting
 * with offsets, same-length normalisation for matching, syllable counting, hashing.
 * Everything here is pure and allocation-light because it runs on every keystroke batch.
 */

export interface SentenceSpan {
  /** The sentence (or list item) as written. */
  text: string;
  /** Offsets into the text the sentence was split from. */
  from: number;
  to: number;
  /**
   * For a list item, the sentence that introduced the list ("Each report shall include:").
   * Detection reads it as context; evidence still points at the item.
   */
  lead?: string;
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'no',
  'nos',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'sec',
  'secs',
  'approx',
  'inc',
  'jr',
  'sr',
  'a.m',
  'p.m',
  'u.s',
  'fig',
  'cf',
  'art',
  'para',
  'ch',
  'sgt',
  'lt',
  'capt',
  'det',
  'ofc',
]);

/** Bullets and enumerators at the start of a line: "-", "*", "•", "(a)", "a.", "1.", "1)", "iv.". */
const LIST_MARKER = /^[ \t]*(?:[-*\u2022\u25CF\u25E6]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])[ \t]+/i;

function isAbbreviation(text: string, dotIndex: number): boolean {
  let start = dotIndex;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1])) start--;
  const word = text.slice(start, dotIndex).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter followed by a dot is an initial ("J. Smith") or a section letter.
  return /^[a-z]$/i.test(word) && /[A-Z]/.test(text[dotIndex - 1]);
}

function splitLine(line: string, offset: number, out: SentenceSpan[], lead?: string): void {
  let start = 0;
  const n = line.length;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(line[s])) s++;
    while (e > s && /\s/.test(line[e - 1])) e--;
    if (e > s) out.push({ text: line.slice(s, e), from: offset + s, to: offset + e, lead });
  };
  for (let i = 0; i < n; i++) {
    const ch = line[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Swallow runs like "?!" or "..." and a closing quote or bracket.
    let j = i + 1;
    while (j < n && /[.!?"'\u201D\u2019)\]]/.test(line[j])) j++;
    if (j < n && !/\s/.test(line[j])) continue; // "3.5", "U.S.C"
    if (ch === '.' && isAbbreviation(line, i)) continue;
    // Next sentence should start with a capital, digit, quote or bracket.
    let k = j;
    while (k < n && /\s/.test(line[k])) k++;
    if (k < n && !/[A-Z0-9"'\u201C\u2018([]/.test(line[k])) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
}

/**
 * Split plain text into sentences with offsets. Each line is split separately, list markers are
 * skipped, and list items that follow a line ending in ":" carry that line as their lead.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  let lead: string | undefined;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    if (raw.trim() === '') {
      lead = undefined;
    } else {
      const marker = LIST_MARKER.exec(raw);
      const bodyOffset = marker ? marker[0].length : 0;
      const before = out.length;
      splitLine(raw.slice(bodyOffset), lineStart + bodyOffset, out, marker ? lead : undefined);
      const last = out[out.length - 1];
      if (out.length > before && last.text.endsWith(':')) {
        lead = last.text;
      } else if (!marker) {
        lead = undefined;
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2011': '-',
  '\u00A0': ' ',
};
const FOLD_RE = /[\u2018\u2019\u201B\u201C\u201D\u2013\u2014\u2011\u00A0]/g;

/**
 * Lower-case and fold typographic quotes and dashes, keeping every character at its offset so a
 * regex match in the result is a match at the same offsets in the original.
 */
export function normalizeForMatch(text: string): string {
  const folded = text.replace(FOLD_RE, (c) => FOLD[c] ?? c);
  const lower = folded.toLowerCase();
  if (lower.length === folded.length) return lower;
  let out = '';
  for (const ch of folded) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Collapse whitespace and case so small edits elsewhere do not change a fingerprint. */
export function normalizeExcerpt(text: string): string {
  return normalizeForMatch(text).replace(/\s+/g, ' ').trim();
}

const WORD_RE = /[A-Za-z\u00C0-\u024F]+(?:['\u2019-][A-Za-z\u00C0-\u024F]+)*/g;

export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

const syllableCache = new Map<string, number>();

/** Heuristic syllable count, good enough for a readability estimate. */
export function countSyllables(word: string): number {
  const cached = syllableCache.get(word);
  if (cached !== undefined) return cached;
  const n = syllablesOf(word);
  // Policy vocabulary is small; cap the cache so odd input cannot grow it without bound.
  if (syllableCache.size < 20000) syllableCache.set(word, n);
  return n;
}

function syllablesOf(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]).replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level. */
  grade: number;
}

/** Flesch-Kincaid grade level of a passage. */
export function readability(text: string, sentenceCount?: number): Readability {
  const ws = words(text);
  const sentences = Math.max(1, sentenceCount ?? splitSentences(text).length);
  let syllables = 0;
  for (const w of ws) syllables += countSyllables(w);
  const n = Math.max(1, ws.length);
  const grade = 0.39 * (n / sentences) + 11.8 * (syllables / n) - 15.59;
  return { words: ws.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 64-bit hex hash (two FNV-1a passes); stable across processes and platforms. */
export function hash64(text: string): string {
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x01000193 ^ 0x5bd1e995)
    .toString(16)
    .padStart(8, '0');
  return a + b;
}
