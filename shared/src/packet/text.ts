import { showBidiControls } from '../text';
import type { PacketFormat } from './types';

/**
 * Text as every renderer should show it: C0/C1 control characters (except tab and newline),
 * lone surrogates and non-characters removed, line endings normalised, NFC, and bidirectional
 * embedding/override/isolate controls shown as `[U+202E]` so no export reads in another order than
 * its stored words (the frozen JSON keeps them: its hashes cover the text as voted). Clause text is
 * stored as written; this runs at render time so a hostile paste can never break a format
 * (DOCX XML refuses most control characters outright).
 */
export function displayText(text: string): string {
  return showBidiControls(
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .normalize('NFC'),
  );
}

/** A single line: newlines and runs of white space collapse to one space. */
export function displayLine(text: string): string {
  return displayText(text).replace(/\s+/g, ' ').trim();
}

/** Paragraphs of a clause body: one per line (the editor's blocks), each trimmed, empties dropped. */
export function paragraphs(text: string): string[] {
  return displayText(text)
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Lower-case ASCII slug ("Oak City Board!" → "oak-city-board"), never empty. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug || 'board';
}

/** The download name of one export: `roundtable-<board-slug>-v<N>.<ext>`. */
export function packetFileName(boardSlug: string, version: number, format: PacketFormat): string {
  return `roundtable-${slugify(boardSlug)}-v${version}.${format}`;
}

/** True for text with right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, and their presentation forms). */
export function hasRtl(text: string): boolean {
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(text);
}

/** Mostly right-to-left: more RTL letters than Latin ones. Renderers use it to set a paragraph's direction. */
export function isMostlyRtl(text: string): boolean {
  const rtl = text.match(/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
  const ltr = text.match(/[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/g)?.length ?? 0;
  return rtl > ltr;
}
