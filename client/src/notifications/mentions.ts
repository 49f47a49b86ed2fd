export interface Mentionable {
  userId: string;
  name: string;
}

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

/** The mentioned people whose "@Name" is still in the text (deleting the text removes the mention). */
export function mentionsInText(text: string, chosen: Mentionable[]): string[] {
  return [...new Set(chosen.filter((m) => text.includes(`@${m.name}`)).map((m) => m.userId))];
}
