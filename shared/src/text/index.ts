/**
 * Characters that change how text is shown or cannot be stored, in one place for server and client.
 *
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) reorder
 * what a reader sees without changing what was written ("Trojan Source"): a name can pose as
 * another, a clause can read as the opposite of its stored words. Left-to-right and right-to-left
 * marks (U+200E, U+200F) are left alone: they only settle the direction of neutral characters
 * (digits, punctuation) next to Hebrew or Arabic, which is what writers of those languages use them for.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** True when the text holds a bidirectional embedding, override or isolate control. */
export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  return BIDI_CONTROLS.test(text);
}

/** Removes bidirectional embedding, override and isolate controls (for names and other one-line labels). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Replaces each bidirectional control with a visible `[U+202E]`, for documents of record
 * (packet exports): a reader sees the text in its stored order and that something was there.
 */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
}

/**
 * The first character PostgreSQL cannot store in a text column (NUL) or that is not text at all
 * (a lone UTF-16 surrogate, which would be silently stored as U+FFFD), as `U+XXXX`; null when
 * the text is fine.
 */
export function unstorableCharacter(text: string): string | null {
  // eslint-disable-next-line no-control-regex -- finding NUL is the point
  const found = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}
