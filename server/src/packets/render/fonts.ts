import * as fs from 'node:fs';
import * as path from 'node:path';

/*
 * Fonts come from registry packages (DejaVu for Latin, Greek, Cyrillic, Hebrew and Arabic; Noto
 * Sans SC for Chinese and Japanese kanji), never from the host, so a PDF renders the same on any
 * machine. A character no font covers is drawn as a visible "[U+XXXX]" marker instead.
 */

// fontkit ships no type declarations; this is the little we use.
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}

const fontkit = require('fontkit') as { openSync(file: string): FontkitFont };

const dejavu = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
// This package exports only its entry (dist/index.cjs); the font files sit in ../fonts.
const noto = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');

export type FontFamily = 'Serif' | 'Sans' | 'Mono' | 'CJK';

/** Font files by family and style, in the form pdfmake expects. */
export const FONT_FILES: Record<
  FontFamily,
  { normal: string; bold: string; italics: string; bolditalics: string }
> = {
  Serif: {
    normal: path.join(dejavu, 'DejaVuSerif.ttf'),
    bold: path.join(dejavu, 'DejaVuSerif-Bold.ttf'),
    italics: path.join(dejavu, 'DejaVuSerif-Italic.ttf'),
    bolditalics: path.join(dejavu, 'DejaVuSerif-BoldItalic.ttf'),
  },
  Sans: {
    normal: path.join(dejavu, 'DejaVuSans.ttf'),
    bold: path.join(dejavu, 'DejaVuSans-Bold.ttf'),
    italics: path.join(dejavu, 'DejaVuSans-Oblique.ttf'),
    bolditalics: path.join(dejavu, 'DejaVuSans-BoldOblique.ttf'),
  },
  Mono: {
    normal: path.join(dejavu, 'DejaVuSansMono.ttf'),
    bold: path.join(dejavu, 'DejaVuSansMono-Bold.ttf'),
    italics: path.join(dejavu, 'DejaVuSansMono-Oblique.ttf'),
    bolditalics: path.join(dejavu, 'DejaVuSansMono-BoldOblique.ttf'),
  },
  CJK: {
    normal: path.join(noto, 'NotoSansHans-Regular.otf'),
    bold: path.join(noto, 'NotoSansHans-Bold.otf'),
    italics: path.join(noto, 'NotoSansHans-Regular.otf'),
    bolditalics: path.join(noto, 'NotoSansHans-Bold.otf'),
  },
};

export const FONT_DIRECTORIES = [dejavu, noto];

/** Fails fast (at start-up or in a test) when a font package is missing. */
export function assertFontsInstalled(): void {
  for (const family of Object.values(FONT_FILES)) {
    for (const file of Object.values(family)) {
      if (!fs.existsSync(file)) throw new Error(`Packet font missing: ${file}. Run pnpm install.`);
    }
  }
}

const opened = new Map<FontFamily, FontkitFont>();
/** Opened lazily: the CJK font is large and most packets never need it. */
export function fontFor(family: FontFamily): FontkitFont {
  let font = opened.get(family);
  if (!font) {
    font = fontkit.openSync(FONT_FILES[family].normal);
    opened.set(family, font);
  }
  return font;
}

/** Characters that shape text but draw nothing (joiners, marks, variation selectors): never worth a fallback marker. */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}
/** Quick path: Latin-1 and general punctuation are in every DejaVu face. */
const COMMON = /^[\t\n\u0020-\u007E\u00A0-\u00FF\u2010-\u2027\u2030-\u205E]$/;

const coverage = new Map<string, FontFamily | 'none' | 'invisible'>();

/** The first family of `chain` that draws `char` (one code point), 'invisible' or 'none'. */
export function familyFor(char: string, chain: readonly FontFamily[]): FontFamily | 'none' | 'invisible' {
  if (COMMON.test(char)) return chain[0];
  const key = `${chain.join(',')}|${char}`;
  let found = coverage.get(key);
  if (found) return found;
  const cp = char.codePointAt(0)!;
  found = 'none';
  if (isInvisible(cp)) found = 'invisible';
  else {
    for (const family of chain) {
      if (family === 'CJK' && cp < 0x2e80) continue; // only reach for the big font when it can help
      if (fontFor(family).hasGlyphForCodePoint(cp)) {
        found = family;
        break;
      }
    }
  }
  coverage.set(key, found);
  return found;
}

/** Width in points of `text` set in `family` at `size` (for laying out right-to-left lines). */
export function measure(text: string, family: FontFamily, size: number): number {
  const font = fontFor(family);
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

export function codePointLabel(char: string): string {
  return `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
}
