/** What the server accepts, checked here first so a person hears about it before uploading. */
export const IMPORT_FILE_MAX_BYTES = 1024 * 1024;
export const IMPORT_FILE_TYPES = ['.txt', '.docx'] as const;

/** A reason the file cannot be imported, or null when it may be sent. */
export function importFileProblem(file: { name: string; size: number }): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'doc')
    return 'That is an old Word (.doc) file. Save it as .docx in Word first, or paste the text.';
  if (extension === 'pdf')
    return 'PDF files cannot be imported. Copy the text out of the PDF and paste it instead.';
  if (extension !== 'txt' && extension !== 'docx') return 'Choose a .txt or .docx file.';
  if (file.size === 0) return 'That file is empty.';
  if (file.size > IMPORT_FILE_MAX_BYTES)
    return 'That file is larger than 1 MB. Split it, or paste the text instead.';
  return null;
}

/** Base64 of a file's bytes, in chunks so large files do not overflow the call stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export interface ReviewClause {
  heading: string;
  text: string;
  /** '' for no component. */
  componentId: string;
  suggestedComponentIds: readonly string[];
}

/** Joins clause `index` onto the one before it, keeping its heading as a line so no text is lost. */
export function mergeWithPrevious(clauses: readonly ReviewClause[], index: number): ReviewClause[] {
  if (index <= 0 || index >= clauses.length) return [...clauses];
  const previous = clauses[index - 1];
  const current = clauses[index];
  const merged: ReviewClause = {
    ...previous,
    text: [previous.text, current.heading, current.text].filter((part) => part.trim() !== '').join('\n'),
    suggestedComponentIds: [
      ...new Set([...previous.suggestedComponentIds, ...current.suggestedComponentIds]),
    ],
  };
  return [...clauses.slice(0, index - 1), merged, ...clauses.slice(index + 1)];
}

/** The non-empty lines of a clause's text, where a clause can be split. */
export function clauseLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/**
 * Splits clause `index` before its line `line` (counted in clauseLines): that line becomes the new
 * clause's heading and the lines after it its text, the undoing of mergeWithPrevious. Nothing
 * happens unless both halves keep some text (a clause needs a heading and a body).
 */
export function splitAt(clauses: readonly ReviewClause[], index: number, line: number): ReviewClause[] {
  const clause = clauses[index];
  const lines = clause ? clauseLines(clause.text) : [];
  if (!clause || line < 1 || line >= lines.length - 1) return [...clauses];
  const first: ReviewClause = { ...clause, text: lines.slice(0, line).join('\n') };
  const second: ReviewClause = {
    heading: lines[line].trim(),
    text: lines.slice(line + 1).join('\n'),
    componentId: '',
    suggestedComponentIds: [],
  };
  return [...clauses.slice(0, index), first, second, ...clauses.slice(index + 1)];
}

/** What the server keeps from a read policy and its reviewed split (createDraft, attachBaseline). */
export function importedPolicy(
  preview: { sourceName: string; sourceKind: string; text: string },
  clauses: readonly ReviewClause[],
) {
  return {
    sourceName: preview.sourceName,
    sourceKind: preview.sourceKind,
    text: preview.text,
    clauses: clauses.map((c) => ({
      heading: c.heading.trim(),
      text: c.text,
      componentIds: c.componentId ? [c.componentId] : [],
    })),
  };
}
