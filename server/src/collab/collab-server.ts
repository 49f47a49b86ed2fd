import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { CloseCode } from '@roundtable/shared';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { AccessChange, AccessEvents } from '../live/access-events';
import { COLLAB } from './collab.constants';
import { CollabConnection, EarlyFrame } from './connection';
import {
  encodeSyncStep2,
  encodeSyncUpdate,
  isEmptyStateVector,
  ownBytes,
  parseClientMessage,
} from './protocol';
import { DocRegistry } from './doc-registry';
import { isCompleteLog } from './update-validation';
import { UpgradeAuthenticator } from './upgrade-auth';

/** Frames a client may send while its document loads (it sends 2–3: sync step 1, presence). */
const EARLY_FRAMES_MAX = 64;

/** Above this many rows the log is sent the ordinary way, once applied. */
const EARLY_ROWS_MAX = 20;

/**
 * While a document loads, sends its stored rows (the whole durable log, read in one query) to
 * a client that has nothing of it yet: the tail as updates, then the first row as sync step 2,
 * so the client is complete when it reports itself synced. The client decodes them while the
 * server does; its own sync step 1 is later answered with only what changed since. Returns
 * whether it sent them. A client known to have a copy (a non-empty state vector) is skipped.
 */
/** Whether a load's rows apply completely, decided once per load (several sockets may wait). */
const completeLogs = new WeakMap<Uint8Array[], boolean>();

function presentStored(ws: WebSocket, rows: Uint8Array[], early: EarlyFrame[]): boolean {
  if (rows.length === 0 || rows.length > EARLY_ROWS_MAX || ws.readyState !== WebSocket.OPEN) return false;
  // Usually the client's sync step 1 has not arrived yet (the rows come back within a few ms);
  // a client that opens with nothing is the common case of a cold load, and one that had a
  // copy only receives data it already has.
  const first = early[0];
  if (first) {
    try {
      const message = parseClientMessage(ownBytes(first.data));
      if (message.kind !== 'syncStep1' || !isEmptyStateVector(message.stateVector)) return false;
    } catch {
      return false; // left for the connection to refuse
    }
  }
  // A log stored before updates were checked may hold content that cannot apply; it must never
  // reach a client as is (the client would keep it and send it back forever). Such a log is
  // repaired while loading; this client then syncs the ordinary way.
  let complete = completeLogs.get(rows);
  if (complete === undefined) completeLogs.set(rows, (complete = isCompleteLog(rows)));
  if (!complete) return false;
  for (const row of rows.slice(1)) ws.send(encodeSyncUpdate(row), { binary: true });
  ws.send(encodeSyncStep2(rows[0]), { binary: true });
  return true;
}

/**
 * The `/collab/<name>` endpoint (drafts at `/collab/<draftId>`, minutes at `/collab/minutes.<meetingId>`): takes WebSocket upgrades off the app's HTTP server, decides
 * who may connect (before any document byte), hands accepted sockets to their document, closes
 * sockets whose owner's role changed, and on shutdown closes sockets and lets writes finish.
 */
@Injectable()
export class CollabServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('CollabServer');
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private server: Server | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private stopAccess: (() => void) | null = null;
  private shuttingDown = false;
  private stopped: Promise<void> | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly auth: UpgradeAuthenticator,
    private readonly registry: DocRegistry,
    private readonly access: AccessEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: config.collabMaxMessageBytes,
      perMessageDeflate: false,
      clientTracking: false,
    });
  }

  onApplicationBootstrap(): void {
    this.server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.server.on('upgrade', this.onUpgrade);
    this.stopAccess = this.access.on((change) => this.closeForAccess(change));
    this.pingTimer = setInterval(() => this.pingAll(), COLLAB.pingIntervalMs);
    this.pingTimer.unref();
  }

  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const pathname = (req.url ?? '').split('?')[0];
    if (!pathname.startsWith(COLLAB.pathPrefix)) {
      // Other paths belong to other handlers (GraphQL subscriptions); if there are none, refuse.
      if (this.server && this.server.listenerCount('upgrade') === 1) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
      return;
    }
    socket.on('error', () => socket.destroy());
    void this.accept(req, socket, head).catch((error: unknown) => {
      this.logger.error(`upgrade failed: ${String(error)}`);
      socket.destroy();
    });
  };

  private async accept(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (this.shuttingDown)
      return this.refuse(req, socket, head, CloseCode.GOING_AWAY, 'Server restarting; reconnect shortly.');
    const decision = await this.auth.decide(req);
    if (!decision.ok) return this.refuse(req, socket, head, decision.code, decision.reason);
    if (socket.destroyed) return;
    // The caller may open the document: finish the handshake now, so that if the document has
    // to be loaded, its stored rows can be on their way while this process applies them.
    const ws = await new Promise<WebSocket>((resolve) => this.wss.handleUpgrade(req, socket, head, resolve));
    this.track(ws);
    // ws closes over-limit frames with 1009 before telling us; answer with our own code.
    const close = ws.close.bind(ws);
    ws.close = (code?: number, reason?: string | Buffer) =>
      close(code === 1009 ? CloseCode.TOO_LARGE : code, reason);
    const early: EarlyFrame[] = [];
    const keepEarly = (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
      early.push({ data, isBinary });
      if (early.length > EARLY_FRAMES_MAX)
        ws.close(CloseCode.RATE_LIMITED, 'Too many messages; slow down and reconnect.');
    };
    ws.on('message', keepEarly);
    let presented: Uint8Array[] | null = null;
    let live;
    try {
      live = await this.registry.acquire(decision.doc.name, (rows) => {
        if (presentStored(ws, rows, early)) presented = rows;
      });
    } catch (error) {
      if (!this.shuttingDown)
        this.logger.error(`${decision.doc.kind} ${decision.doc.id}: could not open: ${String(error)}`);
      ws.off('message', keepEarly);
      ws.close(
        this.shuttingDown ? CloseCode.GOING_AWAY : CloseCode.INTERNAL,
        this.shuttingDown
          ? 'Server restarting; reconnect shortly.'
          : 'Could not open the document; retrying.',
      );
      return;
    }
    ws.off('message', keepEarly);
    if (ws.readyState !== WebSocket.OPEN || this.shuttingDown) {
      this.registry.release(live);
      if (ws.readyState === WebSocket.OPEN)
        ws.close(CloseCode.GOING_AWAY, 'Server restarting; reconnect shortly.');
      return;
    }
    const conn = new CollabConnection(
      ws,
      live,
      decision.context,
      this.config.collabMaxMessageBytes,
      this.config.collabCpuMsPerSecond,
      presented ? live.storedStateVector : null,
    );
    live.addConnection(conn);
    ws.once('close', () => {
      live.removeConnection(conn);
      this.registry.release(live);
    });
    conn.start(early);
  }

  /** Completes the handshake only to close at once with a code the client can act on. */
  private refuse(req: IncomingMessage, socket: Duplex, head: Buffer, code: number, reason: string): void {
    if (socket.destroyed) return;
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.track(ws);
      ws.close(code, reason);
    });
  }

  private track(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('error', (error) => this.logger.debug?.(`socket error: ${error.message}`));
    ws.once('close', () => this.sockets.delete(ws));
  }

  /** Rights changed on this replica or another: the sockets they applied to close at once. */
  private closeForAccess(change: AccessChange): void {
    for (const live of this.registry.openDocs()) {
      for (const conn of live.conns) {
        if (conn.userId !== change.userId) continue;
        if (change.kind === 'session-ended') {
          if (conn.context.sessionTokenHash === change.tokenHash)
            conn.close(CloseCode.UNAUTHENTICATED, 'You signed out. Sign in again to keep editing.');
        } else if (conn.context.boardId === change.boardId) {
          conn.close(
            CloseCode.ROLE_CHANGED,
            change.role ? 'Your role changed; reconnecting.' : 'You are no longer a member of this board.',
          );
        }
      }
    }
  }

  private pingAll(): void {
    for (const live of this.registry.openDocs()) {
      for (const conn of live.conns) {
        if (!conn.alive) {
          conn.socket.terminate();
          continue;
        }
        conn.alive = false;
        try {
          conn.socket.ping();
        } catch {
          conn.socket.terminate();
        }
      }
    }
  }

  /**
   * Closes every socket on a document with ROLE_CHANGED so clients reconnect with the rights the
   * document now grants (the minutes of a meeting that just closed become read-only).
   */
  reopenAll(name: string, reason: string): void {
    for (const live of this.registry.openDocs()) {
      if (live.name !== name) continue;
      for (const conn of live.conns) conn.close(CloseCode.ROLE_CHANGED, reason);
    }
  }

  /** Open sockets (tests, benchmark). */
  get socketCount(): number {
    return this.sockets.size;
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.shutdown();
  }

  /**
   * Graceful stop: tell every client to reconnect elsewhere (GOING_AWAY), store every accepted
   * update, write clause rows, unload documents. Called by the app's close() *before* Nest's
   * shutdown, because Apollo's drain plugin (added by @nestjs/apollo) ends every idle socket of
   * the HTTP server in onModuleDestroy, upgraded WebSockets included, without a close frame.
   */
  shutdown(): Promise<void> {
    this.stopped ??= this.stop();
    return this.stopped;
  }

  private async stop(): Promise<void> {
    this.shuttingDown = true;
    this.stopAccess?.();
    if (this.pingTimer) clearInterval(this.pingTimer);
    const closed = [...this.sockets].map(
      (ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())),
    );
    for (const ws of this.sockets) {
      try {
        ws.close(CloseCode.GOING_AWAY, 'Server restarting; reconnect shortly.');
      } catch {
        ws.terminate();
      }
    }
    // Accepted updates still commit; then clause rows are written and documents unloaded.
    await this.registry.shutdown();
    // Let the close frames reach the clients (so they know to reconnect at once) before the
    // HTTP server goes; peers that ignore the close handshake are cut off.
    const grace = new Promise<void>((resolve) => setTimeout(resolve, 1000).unref());
    await Promise.race([Promise.all(closed), grace]);
    for (const ws of this.sockets) ws.terminate();
  }
}
