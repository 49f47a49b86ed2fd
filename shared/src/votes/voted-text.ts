/**
 * The exact wording a vote is about, and its canonical form. The server stores the sha256 of
 * `canonicalVotedText(...)` when a round opens and when it closes; anyone holding the stored
 * wording (a packet reader, the client) can recompute the hash and check it.
 */
export interface VotedTextInput {
  subject: string;
  prompt: string;
  clauses: readonly { id: string; heading: string; text: string }[];
  options: readonly { id: string; label: string; text: string | null }[];
}

/** A JSON text with a fixed key order (the stored jsonb does not keep key order). */
export function canonicalVotedText(input: VotedTextInput): string {
  return JSON.stringify({
    subject: input.subject,
    prompt: input.prompt,
    clauses: input.clauses.map((c) => ({ id: c.id, heading: c.heading, text: c.text })),
    options: input.options.map((o) => ({ id: o.id, label: o.label, text: o.text ?? null })),
  });
}
