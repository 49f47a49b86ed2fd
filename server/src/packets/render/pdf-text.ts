import { displayText, hasRtl } from '@roundtable/shared';
import { codePointLabel, familyFor, FontFamily, measure } from './fonts';

/** A pdfmake inline: text plus the few style keys we set. */
export interface Inline {
  text: string;
  font?: FontFamily;
  bold?: boolean;
  italics?: boolean;
  decoration?: 'underline' | 'lineThrough';
  color?: string;
  fontSize?: number;
  wordBreak?: 'break-all';
  characterSpacing?: number;
}

export type InlineStyle = Omit<Inline, 'text' | 'font'>;

const PLAIN = /^[\t\n\u0020-\u007E\u00A0-\u00FF\u2010-\u2027\u2030-\u205E]*$/;
const LONG_WORD = /(\S{31,})/;
const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

function splitGraphemes(text: string): string[] {
  return graphemes ? Array.from(graphemes.segment(text), (s) => s.segment) : Array.from(text);
}

/** Very long words (URLs, pasted tokens) may break anywhere rather than run off the page. */
function breakLongWords(inline: Inline): Inline[] {
  if (!LONG_WORD.test(inline.text)) return [inline];
  return inline.text
    .split(LONG_WORD)
    .filter(Boolean)
    .map((piece) =>
      /^\S{31,}$/.test(piece)
        ? { ...inline, text: piece, wordBreak: 'break-all' as const }
        : { ...inline, text: piece },
    );
}

/**
 * Splits text into inlines, each in the first font of `chain` that can draw it. A grapheme no
 * font covers (most emoji) becomes a grey "[U+1F5E3]" marker, so nothing silently disappears.
 */
export function inlines(
  raw: string,
  style: InlineStyle = {},
  chain: readonly FontFamily[] = ['Serif', 'Sans', 'CJK'],
): Inline[] {
  const text = displayText(raw);
  if (PLAIN.test(text)) return breakLongWords({ ...style, text, font: chain[0] });
  const out: Inline[] = [];
  let lastIsText = false;
  const push = (piece: string, font: FontFamily, marker = false) => {
    const last = out[out.length - 1];
    if (!marker && lastIsText && last.font === font) last.text += piece;
    else
      out.push(
        marker
          ? { ...style, text: piece, font: 'Mono', color: '#555555', fontSize: 8 }
          : { ...style, text: piece, font },
      );
    lastIsText = !marker;
  };
  for (const cluster of splitGraphemes(text)) {
    const chars = Array.from(cluster);
    const family = familyFor(chars[0], chain);
    if (family === 'invisible') continue;
    if (family === 'none') {
      push(codePointLabel(chars[0]), 'Mono', true);
      continue;
    }
    // Keep combining marks the chosen font draws; drop selectors and joiners it cannot.
    const kept = chars.filter((ch, i) => i === 0 || familyFor(ch, [family]) === family).join('');
    push(kept, family);
  }
  return out.flatMap(breakLongWords);
}

type Direction = 'rtl' | 'ltr' | 'neutral';
const direction = (word: string): Direction =>
  hasRtl(word) ? 'rtl' : /[\p{L}\p{N}]/u.test(word) ? 'ltr' : 'neutral';

/**
 * pdfmake lays words out left to right. For a right-to-left paragraph we break lines ourselves
 * (measuring with the same fonts), then put each line's words in visual order: the line
 * reversed, with runs of left-to-right words (numbers, Latin names) kept in reading order.
 * Letters inside an Arabic or Hebrew word are shaped and ordered by fontkit.
 */
export function rtlLines(raw: string, width: number, size: number, style: InlineStyle = {}): Inline[][] {
  const words = displayText(raw).split(/\s+/).filter(Boolean);
  const family = (word: string): FontFamily => {
    const f = familyFor(Array.from(word)[0] ?? ' ', ['Sans', 'CJK']);
    return f === 'none' || f === 'invisible' ? 'Sans' : f;
  };
  const space = measure(' ', 'Sans', size);
  const lines: string[][] = [];
  let line: string[] = [];
  let used = 0;
  for (const word of words) {
    const w = measure(word, family(word), size);
    if (line.length && used + space + w > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length ? space : 0) + w;
    line.push(word);
  }
  if (line.length) lines.push(line);

  return lines.map((lineWords) => {
    const visual = [...lineWords].reverse();
    // Re-reverse each run of left-to-right words (neutral words between two of them join the run).
    for (let i = 0; i < visual.length;) {
      if (direction(visual[i]) !== 'ltr') {
        i++;
        continue;
      }
      let j = i;
      for (let k = i + 1; k < visual.length; k++) {
        const d = direction(visual[k]);
        if (d === 'rtl') break;
        if (d === 'ltr') j = k;
      }
      const run = visual.slice(i, j + 1).reverse();
      visual.splice(i, run.length, ...run);
      i = j + 1;
    }
    return inlines(visual.join(' '), style, ['Sans', 'CJK']);
  });
}
