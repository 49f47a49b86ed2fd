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

/** Distinct words measured per font, kept across renders; reset past this many to bound memory. */
const MAX_SHARED_LAYOUTS = 100_000;
let shared = false;

/**
 * pdfkit parses each font anew for every document (fontkit.create on the file's bytes) and keeps
 * its word-measurement cache on that per-document font. Both are pure functions of the font
 * file, so they are shared across renders here: fontkit.create is memoised per Buffer instance
 * (the buffers from loadFontsOnce), and each per-document font is handed the shared measurement
 * cache of its parsed font. What each document embeds (its glyph subset) stays per document.
 */
export function shareParsedFonts(): void {
  if (shared) return;
  shared = true;
  // pdfkit holds the fontkit module it required; it must take a memoising copy instead, so this
  // runs before pdfkit is first loaded (pdf.ts calls it before requiring pdfmake).
  const pdfmakeDir = path.dirname(require.resolve('pdfmake'));
  const pdfkitFile = require.resolve('pdfkit', { paths: [pdfmakeDir] });
  const fontkitFile = require.resolve('fontkit', { paths: [path.dirname(pdfkitFile)] });
  const kit = require(fontkitFile) as Record<string, unknown>;
  const cached = require.cache[fontkitFile];
  if (require.cache[pdfkitFile] || !cached) return; // too late (or no module cache, as under Jest): renders stay correct, only slower
  const create = kit.create as (buffer: Uint8Array, postscriptName?: string) => object;
  const parsed = new WeakMap<Uint8Array, Map<string, object>>();
  const memoised: Record<string, unknown> = { ...kit };
  memoised.create = (buffer: Uint8Array, postscriptName?: string) => {
    let byName = parsed.get(buffer);
    if (!byName) parsed.set(buffer, (byName = new Map()));
    let font = byName.get(postscriptName ?? '');
    if (!font) byName.set(postscriptName ?? '', (font = create(buffer, postscriptName)));
    return font;
  };
  cached.exports = memoised;

  const PdfDocument = (
    require('pdfmake/js/PDFDocument') as { default: { prototype: Record<string, unknown> } }
  ).default;
  type Doc = {
    virtualfs?: { existsSync(name: string): boolean; writeFileSync(name: string, data: Buffer): void };
    getFontFile(family: unknown, bold: unknown, italics: unknown): unknown;
  };
  const provideFont = PdfDocument.prototype.provideFont as (
    this: Doc,
    ...args: unknown[]
  ) => { font: object; layoutCache?: Record<string, unknown> };
  const layouts = new WeakMap<object, { size: number; cache: Record<string, unknown> }>();
  PdfDocument.prototype.provideFont = function (this: Doc, ...args: unknown[]) {
    // Each font file is read once, on first use, into pdfmake's virtual file system: every later
    // document then gets the same Buffer, which is what the fontkit memo above keys on.
    const file = this.getFontFile(args[0], args[1], args[2]);
    if (
      typeof file === 'string' &&
      this.virtualfs &&
      !this.virtualfs.existsSync(file) &&
      FONT_DIRECTORIES.some((dir) => file.startsWith(dir))
    ) {
      this.virtualfs.writeFileSync(file, fs.readFileSync(file));
    }
    const embedded = provideFont.apply(this, args);
    if (embedded.layoutCache) {
      let entry = layouts.get(embedded.font);
      if (!entry || entry.size > MAX_SHARED_LAYOUTS)
        layouts.set(
          embedded.font,
          (entry = { size: 0, cache: Object.create(null) as Record<string, unknown> }),
        );
      const { cache } = entry;
      const counted = entry;
      // Count new words so that the shared cache stays bounded.
      embedded.layoutCache = new Proxy(cache, {
        set(target, key, value) {
          if (!(key in target)) counted.size++;
          target[key as string] = value;
          return true;
        },
      });
    }
    return embedded;
  };
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
