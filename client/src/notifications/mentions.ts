import { resolveTypedMentions, type Mentionable } from '@roundtable/shared';

export type { Mentionable };

/** The "@word" being typed just before the caret, if any: where it starts and what follows the @. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@]{0,40})$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

/** Members whose name matches the query (a word of their name starts with it, else contains it), best first. */
export function suggestMembers(members: Mentionable[], query: string, limit = 6): Mentionable[] {
  const q = query.toLocaleLowerCase();
  const scored = members
    .map((m) => {
      const name = m.name.toLocaleLowerCase();
      const score = name.startsWith(q)
        ? 0
        : name.split(/\s+/).some((w) => w.startsWith(q))
          ? 1
          : name.includes(q)
            ? 2
            : -1;
      return { m, score };
    })
    .filter((s) => s.score >= 0)
    .sort((a, b) => a.score - b.score || a.m.name.localeCompare(b.m.name));
  return scored.slice(0, limit).map((s) => s.m);
}

/**
 * Who a comment mentions: people picked from the list whose "@Name" is still in the text (deleting
 * the text removes the mention), and people named by hand that only one of `members` fits.
 */
export function mentionedPeople(
  text: string,
  chosen: Mentionable[],
  members: Mentionable[] = [],
): Mentionable[] {
  const picked = chosen.filter((m) => text.includes(`@${m.name}`));
  const typed = resolveTypedMentions(text, members).found;
  const byId = new Map([...picked, ...typed].map((m) => [m.userId, m]));
  return [...byId.values()];
}

/** The user ids to send with a comment (see mentionedPeople). */
export function mentionsInText(text: string, chosen: Mentionable[], members: Mentionable[] = []): string[] {
  return mentionedPeople(text, chosen, members).map((m) => m.userId);
}

/** Replaces each "@Word" (not already followed by one of the full names) with `replacement`. */
export function settleMention(text: string, token: string, replacement: string, fullNames: string[]): string {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(
    new RegExp(`(^|\\s)${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'giu'),
    (match, lead: string, offset: number) => {
      const after = text.slice(offset + lead.length + 1);
      if (fullNames.some((n) => after.toLocaleLowerCase().startsWith(n.toLocaleLowerCase()))) return match;
      return `${lead}${replacement}`;
    },
  );
}
