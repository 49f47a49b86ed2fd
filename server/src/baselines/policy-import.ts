import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { LIMITS, splitPolicyIntoClauses, stripBidiControls } from '@roundtable/shared';
import { badInput } from '../core/errors/app-error';

export type ImportSourceKind = 'PASTE' | 'TXT' | 'DOCX';

export const IMPORT_LIMITS = {
  /** Largest .txt or .docx accepted (before base64). The JSON body limit is 2 MB. */
  fileBytesMax: 1024 * 1024,
  /** Longest policy text, pasted or extracted. */
  textCharsMax: 300_000,
  /** A .docx is a zip: refuse archives that would inflate beyond this (zip bombs). */
  docxUncompressedMax: 30 * 1024 * 1024,
  clausesMax: 300,
} as const;

export interface ExtractedPolicy {
  kind: ImportSourceKind;
  sourceName: string;
  text: string;
}

export interface PreviewClause {
  heading: string;
  text: string;
  suggestedComponentIds: string[];
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Plain text fit to keep: one newline style, no control or bidi-override characters, NFC. */
export function cleanPolicyText(raw: string): string {
  // Bidirectional overrides and isolates: legitimate RTL text does not need them; they can disguise text.
  return stripBidiControls(raw)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .normalize('NFC')
    .replace(/[ \u00A0]+$/gm, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function decodeBase64(data: string): Buffer {
  const compact = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
    throw badInput('The uploaded file could not be read (it was not sent as base64).');
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > IMPORT_LIMITS.fileBytesMax)
    throw badInput(
      `That file is larger than ${IMPORT_LIMITS.fileBytesMax / 1024 / 1024} MB. Split it, or paste the text instead.`,
    );
  if (bytes.length === 0) throw badInput('That file is empty.');
  return bytes;
}

function textFromTxt(bytes: Buffer): string {
  if (bytes.includes(0))
    throw badInput(
      'That .txt file contains binary data. Save the policy as plain text (UTF-8) and try again.',
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badInput('That .txt file is not UTF-8 text. Save it as UTF-8 (or paste the text instead).');
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * mammoth's HTML as plain lines the splitter understands: a heading on its own line after a blank
 * line and directly above its text, paragraphs separated by blank lines, list items as "- item".
 */
export function htmlToPolicyText(html: string): string {
  const out = html
    .replace(
      /<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/gi,
      (_m, inner: string) => `\n\n${inner.replace(/<[^>]*>/g, '').trim()}\n`,
    )
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/li>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|tr|table|ul|ol)>/gi, '\n\n')
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(out)
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n- \n/g, '\n')
    .replace(/\n(- [^\n]*)\n\n(?=- )/g, '\n$1\n');
}

async function textFromDocx(bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 4).toString('binary') === '\xD0\xCF\x11\xE0')
    throw badInput(
      'That is an old Word (.doc) file. Open it in Word and save it as .docx, or paste the text.',
    );
  if (bytes.subarray(0, 4).toString('binary') !== 'PK\x03\x04')
    throw badInput('That file is not a Word .docx document.');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw badInput('That .docx file is damaged and could not be opened.');
  }
  if (!zip.file('word/document.xml')) throw badInput('That file is not a Word .docx document.');
  // Sizes from the central directory; refuse before anything is inflated.
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += size;
  }
  if (total > IMPORT_LIMITS.docxUncompressedMax)
    throw badInput('That .docx file expands to far more than a policy document should. It was not opened.');
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        externalFileAccess: false,
        // Images are not policy text: never decode them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    return htmlToPolicyText(result.value);
  } catch {
    throw badInput(
      'The text of that .docx file could not be read. Try saving it again in Word, or paste the text.',
    );
  }
}

/** Extracts the policy text from what the person pasted or uploaded. All of it is untrusted. */
export async function extractPolicy(input: {
  sourceName?: string | null;
  text?: string | null;
  fileName?: string | null;
  fileBase64?: string | null;
}): Promise<ExtractedPolicy> {
  const hasText = typeof input.text === 'string' && input.text.trim() !== '';
  const hasFile = typeof input.fileBase64 === 'string' && input.fileBase64 !== '';
  if (hasText === hasFile) throw badInput('Paste the policy text or upload one file (not both).');
  let kind: ImportSourceKind;
  let raw: string;
  let fallbackName: string;
  if (hasFile) {
    const fileName = cleanPolicyText(input.fileName ?? '').replace(/[\\/]/g, '_');
    const extension = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase();
    if (extension !== 'txt' && extension !== 'docx')
      throw badInput(
        'Only .txt and .docx files can be imported. For a PDF, copy its text and paste it instead.',
      );
    const bytes = decodeBase64(input.fileBase64!);
    kind = extension === 'txt' ? 'TXT' : 'DOCX';
    raw = kind === 'TXT' ? textFromTxt(bytes) : await textFromDocx(bytes);
    fallbackName = fileName;
  } else {
    kind = 'PASTE';
    raw = input.text!;
    fallbackName = 'Pasted text';
  }
  if (raw.length > IMPORT_LIMITS.textCharsMax * 2)
    throw badInput(
      `That policy is longer than ${IMPORT_LIMITS.textCharsMax.toLocaleString('en')} characters.`,
    );
  const text = cleanPolicyText(raw);
  if (!text) throw badInput('No text was found in what you imported.');
  if (text.length > IMPORT_LIMITS.textCharsMax)
    throw badInput(
      `That policy is longer than ${IMPORT_LIMITS.textCharsMax.toLocaleString('en')} characters.`,
    );
  const named = cleanPolicyText(input.sourceName ?? '').slice(0, 200);
  return { kind, sourceName: named || fallbackName.slice(0, 200) || 'Imported policy', text };
}

/** Splits long sections so every clause fits the clause limits; no text is dropped. */
function fitToLimits(clauses: PreviewClause[]): PreviewClause[] {
  const out: PreviewClause[] = [];
  for (const c of clauses) {
    const heading = c.heading.slice(0, LIMITS.clauseHeadingMax);
    if (c.text.length <= LIMITS.clauseTextMax) {
      out.push({ ...c, heading });
      continue;
    }
    const parts: string[] = [];
    let current = '';
    for (const line of c.text.split('\n')) {
      let rest = line;
      while (rest.length > LIMITS.clauseTextMax) {
        if (current) parts.push(current);
        current = '';
        parts.push(rest.slice(0, LIMITS.clauseTextMax));
        rest = rest.slice(LIMITS.clauseTextMax);
      }
      if (current && current.length + 1 + rest.length > LIMITS.clauseTextMax) {
        parts.push(current);
        current = rest;
      } else current = current ? `${current}\n${rest}` : rest;
    }
    if (current) parts.push(current);
    parts.forEach((text, i) => {
      const suffix = i === 0 ? '' : ` (part ${i + 1})`;
      out.push({
        heading: heading.slice(0, LIMITS.clauseHeadingMax - suffix.length) + suffix,
        text,
        suggestedComponentIds: c.suggestedComponentIds,
      });
    });
  }
  return out;
}

/** The clauses the board will review: the shared splitter plus limits. */
export function splitForReview(text: string): PreviewClause[] {
  const split = splitPolicyIntoClauses(text);
  // Nothing but headings (or one odd line): keep it all as one clause rather than refuse it.
  const clauses = fitToLimits(
    split.length ? split : [{ heading: 'Imported policy', text, suggestedComponentIds: [] }],
  );
  if (clauses.length > IMPORT_LIMITS.clausesMax)
    throw badInput(
      `That policy splits into ${clauses.length} clauses; at most ${IMPORT_LIMITS.clausesMax} can be imported at once. Import only the use-of-force sections, or fewer at a time.`,
    );
  return clauses;
}
