import { Logger } from '@nestjs/common';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { BoardRole, canWrite, CloseCode } from '@roundtable/shared';
import { decodeAwarenessUpdate, PresenceIdentity, presenceColor } from './awareness-identity';
import { COLLAB } from './collab.constants';
import type { LiveDoc } from './live-doc';
import {
  ClientMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  isEmptyStateVector,
  ownBytes,
  parseClientMessage,
  validateStateVector,
} from './protocol';
import { cpuMsSince, TokenBucket } from './rate-limiter';
import { AcceptedUpdate, decodeClientUpdate, MissingContent, RefusedUpdate } from './update-validation';

/** A frame received before the connection was set up (while its document loaded). */
export interface EarlyFrame {
  data: Buffer | ArrayBuffer | Buffer[];
  isBinary: boolean;
}

export interface ConnectionContext {
  user: { id: string; name: string };
  /** The session the socket was opened with: signing it out closes the socket. */
  sessionTokenHash: string;
  role: BoardRole;
  boardId: string;
}

type Action =
  | { kind: 'reply'; message: Uint8Array }
  | {
      kind: 'submit';
      update: Uint8Array;
      decoded: ReturnType<typeof Y.decodeUpdate>;
      accepted: AcceptedUpdate;
    }
  | { kind: 'awareness'; entries: ReturnType<typeof decodeAwarenessUpdate> }
  | { kind: 'drop' }
  | { kind: 'none' };

/**
 * One client socket on one draft: speaks the y-websocket protocol, enforces the size cap, the
 * rate limit and read-only roles, and closes only itself on bad input.
 */
export class CollabConnection {
  private static readonly logger = new Logger('CollabConnection');
  readonly awarenessIds = new Set<number>();
  /**
   * Per presence client id: how far this connection's clocks are raised (see
   * `LiveDoc.applyClientAwareness`). Kept for the life of the connection so clocks stay monotonic.
   */
  readonly awarenessClockOffsets = new Map<number, number>();
  readonly identity: PresenceIdentity;
  readonly canWrite: boolean;
  /** Set by pong; the server's ping sweep drops sockets that stay silent. */
  alive = true;
  /** When the peer last sent anything (a message or a pong). */
  private lastHeardAt = Date.now();
  /** Updates dropped because the role is read-only (observers). */
  dropped = 0;
  private closed = false;
  /**
   * Until the client's sync step 2 (its answer to the server's step 1) arrives, its updates that
   * build on content the server lacks are held here, not refused: after a reconnect the client
   * may send a new edit before the step 2 that carries what it builds on. The step 2 is then
   * checked together with them. Null once the step 2 came; bounded by the frame size cap.
   */
  private held: Uint8Array[] | null = [];
  private heldBytes = 0;
  /** Updates of this connection accepted and not yet applied (see maxUpdatesInFlightPerConnection). */
  private submitting = 0;
  private readonly messageBudget = new TokenBucket(COLLAB.rateBurstMessages, COLLAB.rateMessagesPerSecond);
  private readonly byteBudget: TokenBucket;
  /** Server time (ms) spent on this socket's messages, including applying its updates. */
  private readonly cpuBudget: TokenBucket;

  constructor(
    readonly socket: WebSocket,
    readonly live: LiveDoc,
    readonly context: ConnectionContext,
    private readonly maxMessageBytes: number,
    cpuMsPerSecond: number,
    /** State vector of the stored rows already sent to this client while the document loaded. */
    private presented: Uint8Array | null = null,
  ) {
    this.canWrite = canWrite(context.role);
    this.identity = {
      id: context.user.id,
      name: context.user.name,
      color: presenceColor(context.user.id),
      readOnly: !this.canWrite,
    };
    this.byteBudget = new TokenBucket(
      maxMessageBytes * COLLAB.rateBurstCaps,
      maxMessageBytes * COLLAB.rateCapsPerSecond,
    );
    this.cpuBudget = new TokenBucket(cpuMsPerSecond * COLLAB.cpuBurstSeconds, cpuMsPerSecond);
  }

  get userId(): string {
    return this.context.user.id;
  }

  /**
   * Starts the protocol: the server's sync step 1 (writers only) and who else is here, then the
   * frames that arrived while the document loaded.
   */
  start(early: EarlyFrame[] = []): void {
    this.socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) =>
      this.onMessage(data, isBinary),
    );
    this.socket.on('pong', () => {
      this.alive = true;
      this.lastHeardAt = Date.now();
    });
    if (this.canWrite) this.send(encodeSyncStep1(this.live.doc));
    const presence = this.live.awarenessSnapshot();
    if (presence) this.send(encodeAwarenessMessage(presence));
    for (const frame of early) this.onMessage(frame.data, frame.isBinary);
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== WebSocket.OPEN) return;
    if (this.socket.bufferedAmount > COLLAB.maxBufferedBytes) {
      this.close(CloseCode.INTERNAL, 'Connection too slow to keep up; reconnecting.');
      return;
    }
    this.socket.send(message, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
  }

  /** Asks the peer to show it is still there (see `heardSince`). */
  probe(): void {
    if (this.closed) return;
    try {
      this.socket.ping();
    } catch {
      this.supersede();
    }
  }

  /** Whether the peer sent anything (a pong, a message) since `time` (ms). */
  heardSince(time: number): boolean {
    return this.lastHeardAt >= time;
  }

  /**
   * The same tab is back on a newer socket: this one is a leftover whose peer is gone (a close
   * frame would never be answered), so it is cut at once. Presence it still owns goes with it.
   */
  supersede(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.terminate();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private onMessage(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void {
    if (this.closed) return;
    this.lastHeardAt = Date.now();
    if (!isBinary) return this.close(CloseCode.MALFORMED, 'Expected binary y-websocket frames.');
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.byteLength, 0) : data.byteLength;
    if (size > this.maxMessageBytes) return this.close(CloseCode.TOO_LARGE, 'Message too large.');
    if (!this.messageBudget.take(1) || !this.byteBudget.take(size)) {
      return this.close(CloseCode.RATE_LIMITED, 'Too many messages; slow down and reconnect.');
    }
    const started = process.cpuUsage();
    try {
      let action: Action;
      try {
        action = this.decide(parseClientMessage(ownBytes(data)));
      } catch (error) {
        const reason = error instanceof RefusedUpdate ? error.message : 'Malformed message.';
        return this.close(CloseCode.MALFORMED, reason);
      }
      try {
        this.act(action);
      } catch (error) {
        CollabConnection.logger.error(`${this.live.name}: handling a message failed: ${String(error)}`);
        this.close(CloseCode.INTERNAL, 'Server error; reconnecting.');
      }
    } finally {
      this.chargeCpu(cpuMsSince(started));
    }
  }

  /**
   * Counts server CPU time spent for this socket (decoding and checking here, applying its updates in
   * LiveDoc); past the budget the socket is closed, so one member cannot slow every board down.
   */
  chargeCpu(ms: number): void {
    if (this.closed || this.cpuBudget.charge(ms)) return;
    CollabConnection.logger.warn(`${this.live.name}: socket of ${this.userId} over its server time budget`);
    this.close(CloseCode.RATE_LIMITED, 'Your changes take too much server time; slow down and reconnect.');
  }

  /** Everything that reads client bytes happens here, so any decoding error means MALFORMED. */
  private decide(message: ClientMessage): Action {
    switch (message.kind) {
      case 'syncStep1': {
        validateStateVector(message.stateVector);
        // The stored rows went out while the document loaded: send only what came after them.
        const known = isEmptyStateVector(message.stateVector) ? this.presented : message.stateVector;
        this.presented = null;
        return {
          kind: 'reply',
          message: encodeSyncStep2(
            known ? Y.encodeStateAsUpdate(this.live.doc, known) : this.live.fullState(),
          ),
        };
      }
      case 'syncStep2':
      case 'update': {
        if (!this.canWrite) return { kind: 'drop' };
        let update = message.update;
        if (message.kind === 'syncStep2' && this.held) {
          if (this.held.length > 0) update = Y.mergeUpdates([update, ...this.held]);
          this.held = null;
        }
        const decoded = decodeClientUpdate(update);
        let accepted: AcceptedUpdate;
        try {
          // Throws RefusedUpdate: nothing is stored, and only this socket closes.
          accepted = this.live.checkClientUpdate(decoded);
        } catch (error) {
          if (!(error instanceof MissingContent) || !this.held) throw error;
          this.heldBytes += update.byteLength;
          if (this.heldBytes > this.maxMessageBytes)
            throw new RefusedUpdate('Updates depend on content this document does not have.');
          this.held.push(update);
          if (this.held.length === 1) {
            // A client answers the server's step 1 at once; one that never does gets no storage.
            setTimeout(() => {
              if (this.held?.length)
                this.close(CloseCode.MALFORMED, 'Updates depend on content this document does not have.');
            }, COLLAB.holdUntilSyncMs).unref();
          }
          return { kind: 'none' };
        }
        return { kind: 'submit', update, decoded, accepted };
      }
      case 'awareness':
        return { kind: 'awareness', entries: decodeAwarenessUpdate(message.update) };
      case 'queryAwareness': {
        const presence = this.live.awarenessSnapshot();
        return presence ? { kind: 'reply', message: encodeAwarenessMessage(presence) } : { kind: 'none' };
      }
    }
  }

  private act(action: Action): void {
    switch (action.kind) {
      case 'reply':
        return this.send(action.message);
      case 'drop':
        this.dropped++;
        return;
      case 'none':
        return;
      case 'awareness':
        return this.live.applyClientAwareness(this, action.entries);
      case 'submit':
        if (++this.submitting >= COLLAB.maxUpdatesInFlightPerConnection) this.socket.pause();
        this.live
          .submit(
            action.update,
            action.decoded,
            { kind: 'client', conn: this, userId: this.userId },
            action.accepted,
          )
          .catch((error) => {
            CollabConnection.logger.error(`${this.live.name}: could not store an update: ${String(error)}`);
            // The client still has the change; it sends it again after reconnecting.
            this.close(CloseCode.INTERNAL, 'Could not save your change; reconnecting.');
          })
          .finally(() => {
            if (--this.submitting < COLLAB.maxUpdatesInFlightPerConnection && this.socket.isPaused)
              this.socket.resume();
          });
        return;
    }
  }
}
