import { unfilledPlaceholders, type Packet } from '@roundtable/shared';

export interface PublishSurprises {
  /** Clauses whose text still carries template `[placeholders]`. */
  placeholders: { number: string; heading: string; placeholders: string[] }[];
  /** Clauses with open threads: the packet shows officials what is still argued. */
  openThreads: { number: string; heading: string; count: number }[];
  /** Error-level language findings nobody dismissed, per clause. */
  problems: { number: string; heading: string; count: number }[];
}

/**
 * What a packet about to be published carries that a facilitator may not mean to send, read from
 * the very packet the server assembled for the preview, so the list matches what officials get.
 */
export function publishSurprises(packet: Packet): PublishSurprises {
  const placeholders = packet.clauses
    .map((c) => ({
      number: c.number,
      heading: c.heading,
      placeholders: unfilledPlaceholders(`${c.heading}\n${c.text}`),
    }))
    .filter((c) => c.placeholders.length > 0);
  const openThreads = packet.clauses
    .filter((c) => c.discussion.openThreads > 0)
    .map((c) => ({ number: c.number, heading: c.heading, count: c.discussion.openThreads }));
  const problemCounts = new Map<string, number>();
  for (const f of packet.languageFindings)
    if (f.severity === 'problem' && !f.dismissed && f.clauseNumber)
      problemCounts.set(f.clauseNumber, (problemCounts.get(f.clauseNumber) ?? 0) + 1);
  const problems = packet.clauses
    .filter((c) => problemCounts.has(c.number))
    .map((c) => ({ number: c.number, heading: c.heading, count: problemCounts.get(c.number)! }));
  return { placeholders, openThreads, problems };
}

export function hasSurprises(s: PublishSurprises): boolean {
  return s.placeholders.length + s.openThreads.length + s.problems.length > 0;
}
