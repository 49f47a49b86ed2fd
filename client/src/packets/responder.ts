/** Who answered, as the board and the official see it: the name is whatever the link's holder typed. */
export interface ResponderFields {
  responderName: string;
  responderRole: string;
  shareLinkLabel?: string | null;
}

/**
 * "submitted through the share link “Chief” · name given: Chief Ramos (Chief of Police)".
 * Anyone holding a share link can answer under any name, so it is never shown as an identity.
 */
export function describeResponder(r: ResponderFields): string {
  const link = r.shareLinkLabel ? `the share link “${r.shareLinkLabel}”` : 'a share link';
  const role = r.responderRole ? ` (${r.responderRole})` : '';
  return `submitted through ${link} · name given: ${r.responderName}${role}`;
}
