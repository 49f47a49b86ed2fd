/**
 * WebSocket close codes of the collaboration endpoint (4000–4999 is the range RFC 6455 leaves to
 * applications). The client reads them to tell the person what happened and whether to retry.
 */
export const CloseCode = {
  /** No valid session cookie. */
  UNAUTHENTICATED: 4401,
  /** Signed in, but not a member of the draft's board (or the role was removed). */
  FORBIDDEN: 4403,
  /** The draft does not exist or is archived. */
  NOT_FOUND: 4404,
  /** The page's Origin is not on the allow-list. */
  BAD_ORIGIN: 4405,
  /** The client's editor schema is older than the server's: reload the page. */
  OUTDATED_CLIENT: 4426,
  /** The member's role changed while connected; reconnect to get the new rights. */
  ROLE_CHANGED: 4409,
  /** A frame could not be decoded or broke the protocol. */
  MALFORMED: 4400,
  /** A frame was larger than the configured cap. */
  TOO_LARGE: 4413,
  /** Too many messages in too short a time. */
  RATE_LIMITED: 4429,
  /** The server is shutting down; reconnect shortly. */
  GOING_AWAY: 1001,
  /** The server failed to load or save the document. */
  INTERNAL: 4500,
} as const;

export type CloseCodeName = keyof typeof CloseCode;

/** Whether the client should try to reconnect after this close code. */
export function isRetryableClose(code: number): boolean {
  return !(
    code === CloseCode.UNAUTHENTICATED ||
    code === CloseCode.FORBIDDEN ||
    code === CloseCode.NOT_FOUND ||
    code === CloseCode.BAD_ORIGIN ||
    code === CloseCode.OUTDATED_CLIENT
  );
}
