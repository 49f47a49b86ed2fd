/** Someone on a board who can be mentioned in a comment. */
export interface Mentionable {
  userId: string;
  name: string;
}

export interface TypedMentions {
  /** People a typed "@Name" or "@Word" points at unambiguously, in the order they appear. */
  found: Mentionable[];
  /** Typed "@Word"s that fit several people ("@Maya" with two Mayas on the board). */
  ambiguous: { token: string; candidates: Mentionable[] }[];
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase();
/** A letter or digit: what may not follow a name for the name to end there. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** "@" at the start or after a space, then one word: the short form ("@Maya"). */
const AT_WORD = /(^|\s)@([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*)/gu;

/**
 * Reads mentions typed by hand, without the autocomplete: "@Maya Okafor" (a full name) or
 * "@Maya" (one word of exactly one member's name). A word that fits several members is
 * returned as ambiguous for the writer to settle; one that fits nobody ("@home") is not a mention.
 */
export function resolveTypedMentions(text: string, members: readonly Mentionable[]): TypedMentions {
  const found = new Map<string, Mentionable>();
  const ambiguous = new Map<string, { token: string; candidates: Mentionable[] }>();
  const folded = fold(text);
  // Longest names first, so "@Maya Okafor" is read as her full name before "Maya" is considered.
  const byLength = [...members].sort((a, b) => b.name.length - a.name.length);
  for (const match of folded.matchAll(AT_WORD)) {
    const at = (match.index ?? 0) + match[1].length + 1;
    const full = byLength.filter((m) => {
      const name = fold(m.name);
      return folded.startsWith(name, at) && !WORD_CHAR.test(folded.charAt(at + name.length));
    });
    const longest = full.filter((m) => m.name.length === full[0].name.length);
    const word = match[2].replace(/['’-]+$/u, '');
    const candidates =
      longest.length > 0 ? longest : members.filter((m) => fold(m.name).split(/\s+/u).includes(word));
    if (candidates.length === 1) found.set(candidates[0].userId, candidates[0]);
    else if (candidates.length > 1 && !ambiguous.has(word))
      ambiguous.set(word, { token: `@${text.slice(at, at + word.length)}`, candidates });
  }
  return { found: [...found.values()], ambiguous: [...ambiguous.values()] };
}
