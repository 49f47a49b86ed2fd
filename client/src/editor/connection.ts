import { CloseCode } from '@roundtable/shared';

/** What the person sees about the live connection. */
export type ConnectionStatus =
  | { kind: 'connecting' }
  | { kind: 'syncing' }
  | { kind: 'connected' }
  | { kind: 'offline' }
  | { kind: 'closed'; code: number };

export interface ClosedExplanation {
  message: string;
  /** The one thing that helps, if anything does. */
  action: 'reload' | 'sign-in' | null;
}

/**
 * Why the server closed the editor for good (codes for which isRetryableClose is false), in
 * words for the person at the keyboard.
 */
export function explainClose(code: number): ClosedExplanation {
  switch (code) {
    case CloseCode.OUTDATED_CLIENT:
      return {
        message: 'Roundtable has a newer editor. Reload to get the latest editor; your changes are kept.',
        action: 'reload',
      };
    case CloseCode.UNAUTHENTICATED:
      return {
        message: 'Your session ended. Sign in again to keep editing; your changes are kept on this device.',
        action: 'sign-in',
      };
    case CloseCode.FORBIDDEN:
      return { message: 'You are no longer a member of this board, so the draft has closed.', action: null };
    case CloseCode.NOT_FOUND:
      return {
        message: 'This draft was archived or removed. A facilitator can restore it from the board page.',
        action: null,
      };
    case CloseCode.BAD_ORIGIN:
      return {
        message: 'The editor cannot open from this address. Open Roundtable from its usual address.',
        action: null,
      };
    default:
      return {
        message: 'The editor lost its connection and could not reconnect. Reload the page to try again.',
        action: 'reload',
      };
  }
}

/** Short status line for the toolbar. */
export function statusLabel(status: ConnectionStatus, unsynced: number): string {
  switch (status.kind) {
    case 'connecting':
      return 'Connecting…';
    case 'syncing':
      return 'Syncing…';
    case 'connected':
      return 'Connected';
    case 'offline':
      // Not a count: `unsynced` counts Yjs updates, roughly one per keystroke, which means nothing to a reader.
      return unsynced > 0 ? 'Offline: edits not sent yet' : 'Offline: reconnecting…';
    case 'closed':
      return 'Disconnected';
  }
}

/**
 * The part of the status that must stay in sight while someone writes: offline, or edits not
 * yet sent. Null when all is well, so the sticky toolbar shows nothing.
 */
export function unsentLabel(status: ConnectionStatus, unsynced: number): string | null {
  if (status.kind === 'offline') return statusLabel(status, unsynced);
  return unsynced > 0 && status.kind !== 'connected' ? 'Edits not sent yet' : null;
}

/** The WebSocket origin of this page: ws: beside http:, wss: beside https:. */
export function wsOrigin(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`;
}
