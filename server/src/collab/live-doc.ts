import { Logger } from '@nestjs/common';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AwarenessEntry, encodeStampedAwareness } from './awareness-identity';
import { COLLAB } from './collab.constants';
import type { CollabConnection } from './connection';
import { DocRef, rootFragmentOf } from './doc-ref';
import { encodeAwarenessMessage, encodeSyncUpdate } from './protocol';
import { cpuMsSince } from './rate-limiter';
import type { FanoutTarget, RedisFanout } from './redis-fanout';
import { applyLog, UpdateLog } from './update-log';
import {
  AcceptedUpdate,
  checkUpdate,
  DecodedUpdate,
  dropPending,
  hasPending,
  isRedundant,
} from './update-validation';

/** Where a change to a server document came from. */
export type UpdateOrigin =
  | { kind: 'client'; conn: CollabConnection; userId: string }
  | { kind: 'server'; userId: string | null }
  | { kind: 'remote' }
  | { kind: 'load' };

const REMOTE: UpdateOrigin = { kind: 'remote' };
const LOAD: UpdateOrigin = { kind: 'load' };

export interface LiveDocHooks {
  /** After any change was applied (clients, server edits, other replicas). */
  changed(live: LiveDoc): void;
  /** The log grew past the compaction threshold. */
  compactionDue(live: LiveDoc): void;
}

/**
 * One shared document (a draft, a meeting's minutes) held by this process, with its presence and connections.
 *
 * Invariant: the document only ever holds committed data. Client updates are validated, appended
 * to the log, and applied (then broadcast) only once committed; server edits are made on a copy
 * and go through the same path; updates from other replicas were committed by them. So whatever
 * a client or another replica receives from here survives a crash of this process.
 */
export class LiveDoc implements FanoutTarget {
  private readonly logger = new Logger('LiveDoc');
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly conns = new Set<CollabConnection>();
  state: 'loading' | 'ready' | 'unloading' = 'loading';
  /** Holders: one per connection, plus server operations in progress. */
  leases = 0;
  ready!: Promise<void>;
  /**
   * The log's rows as read at load time, before they are applied (null if loading failed).
   * Lets a socket that is waiting for this document start receiving them meanwhile.
   */
  stored!: Promise<Uint8Array[] | null>;
  /** State vector of exactly the rows in `stored`, once applied. */
  storedStateVector: Uint8Array | null = null;
  unloaded: Promise<void> | null = null;
  unloadTimer: NodeJS.Timeout | null = null;
  /**
   * The log held content Yjs could not apply (an update from before such updates were refused):
   * it was dropped from memory and the log must be rewritten without it.
   */
  needsRepair = false;
  /** Client updates accepted and being stored: the next update of the same client may build on them. */
  private readonly accepted = new Set<AcceptedUpdate>();
  /** Rows of the log as far as this process knows (loaded + appended since). */
  logRows = 0;
  private appendsSinceCompaction = 0;
  /** Appends not yet applied; the document may only leave memory when this is 0. */
  private inflight = 0;
  private drainWaiters: (() => void)[] = [];
  private remoteBuffer: (() => void)[] | null = [];
  private serverQueue: Promise<unknown> = Promise.resolve();
  private readonly serverClientId = new Y.Doc().clientID;
  private lastResyncAsk = 0;
  private snapshot: Uint8Array | null = null;
  /** Presence client ids that other replicas own (relayed through Redis). */
  private readonly remotePresence = new Set<number>();
  /** Claims on a client id another socket of the same person owns, waiting for its probe. */
  private readonly presenceProbes = new Map<number, { conn: CollabConnection; entries: AwarenessEntry[] }>();

  constructor(
    readonly ref: DocRef,
    private readonly log: UpdateLog,
    private readonly fanout: RedisFanout,
    private readonly hooks: LiveDocHooks,
  ) {
    this.awareness.setLocalState(null); // the server is not a participant
    this.doc.getXmlFragment(rootFragmentOf(ref.kind)); // fix the root type before any update names it
  }

  /** The document's name: a draft's bare id, or `minutes.<meetingId>`. */
  get name(): string {
    return this.ref.name;
  }

  /** The draft's id. Draft observers (the clause mirror) only ever see draft documents. */
  get draftId(): string {
    return this.ref.id;
  }

  /** Subscribe (other replicas), read the whole log, then open for sync. */
  load(): Promise<void> {
    let haveRows!: (rows: Uint8Array[] | null) => void;
    this.stored = new Promise((resolve) => (haveRows = resolve));
    this.ready = (async () => {
      await this.fanout.subscribe(this);
      let updates: Uint8Array[];
      try {
        updates = await this.log.load(this.ref);
      } catch (error) {
        haveRows(null);
        throw error;
      }
      haveRows(updates);
      // Applying a long document takes a while: let waiting sockets send the rows first, so
      // the client decodes them while this process does.
      await new Promise((resolve) => setImmediate(resolve));
      applyLog(this.doc, updates, LOAD, (index, error) =>
        this.logger.error(`${this.name}: log row #${index} does not apply; skipped: ${String(error)}`),
      );
      this.logRows = updates.length;
      if (dropPending(this.doc)) {
        this.needsRepair = true;
        this.logger.error(
          `${this.name}: its log holds content that cannot apply (pending structs or deletions); ` +
            'dropped it from memory, the log is rewritten without it',
        );
      }
      this.storedStateVector = Y.encodeStateVector(this.doc);
      // A compacted log is one row: the whole document, ready to send to a client that has nothing.
      this.snapshot = updates.length === 1 && !this.needsRepair ? updates[0] : null;
      this.doc.on('update', (update: Uint8Array, origin: UpdateOrigin) => this.onDocUpdate(update, origin));
      this.awareness.on(
        'update',
        (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) =>
          this.onAwarenessUpdate(change, origin),
      );
      this.state = 'ready';
      const buffered = this.remoteBuffer ?? [];
      this.remoteBuffer = null;
      for (const apply of buffered) apply();
      if (this.fanout.enabled) this.fanout.requestSync(this);
    })();
    return this.ready;
  }

  // ---- updates -------------------------------------------------------------------------------

  /**
   * Checks a client's decoded update against this document and the updates still being stored
   * (see `checkUpdate`); throws RefusedUpdate. Pass the result to `submit`.
   */
  checkClientUpdate(decoded: DecodedUpdate): AcceptedUpdate {
    return checkUpdate(this.doc, decoded, this.accepted);
  }

  /**
   * A validated update from a client: stored, then applied and broadcast. Resolves once applied.
   * Rejects when it could not be stored (the caller closes the socket; the client resends).
   */
  async submit(
    update: Uint8Array,
    decoded: DecodedUpdate,
    origin: UpdateOrigin & { kind: 'client' | 'server' },
    accepted?: AcceptedUpdate,
  ): Promise<void> {
    if (isRedundant(this.doc, decoded)) return;
    this.inflight++;
    if (accepted) this.accepted.add(accepted);
    try {
      await this.log.append(this.ref, update, origin.userId);
      this.logRows++;
      if (++this.appendsSinceCompaction >= COLLAB.compactEveryRows) {
        this.appendsSinceCompaction = 0;
        this.hooks.compactionDue(this);
      }
      this.applyDurable(update, origin);
    } finally {
      if (accepted) this.accepted.delete(accepted);
      if (--this.inflight === 0) for (const wake of this.drainWaiters.splice(0)) wake();
    }
  }

  /**
   * Makes a change as the server (an adopted amendment, a clause added through GraphQL): `edit`
   * runs on a copy of the document; the resulting update is stored, then applied here and sent
   * to everyone like any other. Server edits on one document run one at a time.
   */
  transactAsServer<T>(userId: string | null, edit: (doc: Y.Doc) => T): Promise<T> {
    const run = async () => {
      const copy = new Y.Doc({ gc: true });
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc));
      copy.clientID = this.serverClientId;
      let update: Uint8Array | null = null;
      copy.on('update', (u: Uint8Array) => (update = update ? Y.mergeUpdates([update, u]) : u));
      const result = copy.transact(() => edit(copy));
      copy.destroy();
      if (update) await this.submit(update, Y.decodeUpdate(update), { kind: 'server', userId });
      return result;
    };
    const next = this.serverQueue.then(run, run);
    this.serverQueue = next.catch(() => undefined);
    return next;
  }

  private applyDurable(update: Uint8Array, origin: UpdateOrigin): void {
    const started = process.cpuUsage();
    const hadPending = hasPending(this.doc);
    try {
      Y.applyUpdate(this.doc, update, origin);
    } catch (error) {
      // Decoding was checked before storing, so this is a Yjs integration bug, not bad input.
      this.logger.error(`${this.name}: stored update failed to apply: ${String(error)}`);
    }
    // Checked updates apply completely; one that did not (an earlier update of the same client
    // failed to store) is sent again by the client after it reconnects. Content pending from
    // another replica (a dropped Redis message) is left for the resync to complete.
    if (!hadPending && dropPending(this.doc))
      this.logger.warn(`${this.name}: an update left content that cannot apply; dropped it`);
    if (origin.kind === 'client') origin.conn.chargeCpu(cpuMsSince(started));
  }

  private onDocUpdate(update: Uint8Array, origin: UpdateOrigin): void {
    if (origin?.kind === 'load') return;
    this.snapshot = null;
    const message = encodeSyncUpdate(update);
    const sender = origin?.kind === 'client' ? origin.conn : null;
    for (const conn of this.conns) if (conn !== sender) conn.send(message);
    if (origin?.kind !== 'remote') this.fanout.publishUpdate(this.name, update);
    this.hooks.changed(this);
  }

  /** Resolves when every accepted update is stored and applied. */
  whenDrained(): Promise<void> {
    if (this.inflight === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  get pendingWrites(): number {
    return this.inflight;
  }

  // ---- other replicas ------------------------------------------------------------------------

  onRemoteUpdate(update: Uint8Array): void {
    if (this.remoteBuffer) return void this.remoteBuffer.push(() => this.onRemoteUpdate(update));
    if (this.state !== 'ready') return;
    try {
      Y.applyUpdate(this.doc, update, REMOTE);
    } catch (error) {
      this.logger.error(`${this.name}: update from another replica failed: ${String(error)}`);
    }
  }

  onRemoteAwareness(update: Uint8Array): void {
    if (this.remoteBuffer) return void this.remoteBuffer.push(() => this.onRemoteAwareness(update));
    if (this.state !== 'ready') return;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE);
    } catch (error) {
      this.logger.error(`${this.name}: presence from another replica failed: ${String(error)}`);
    }
  }

  onSyncRequest(stateVector: Uint8Array, from: Buffer): void {
    if (this.remoteBuffer) return void this.remoteBuffer.push(() => this.onSyncRequest(stateVector, from));
    if (this.state !== 'ready') return;
    const theirs = Y.decodeStateVector(stateVector);
    this.fanout.replySync(this.name, from, Y.encodeStateAsUpdate(this.doc, stateVector));
    // They have something we lack: ask them (at most once a second).
    const behind = [...theirs].some(([client, clock]) => clock > Y.getState(this.doc.store, client));
    if (behind && Date.now() - this.lastResyncAsk > 1000) {
      this.lastResyncAsk = Date.now();
      this.fanout.requestSync(this);
    }
  }

  /**
   * The answer to sync step 1 from a client with an empty state vector: the stored snapshot while
   * the document is unchanged since loading (saves encoding the whole document again), else the
   * encoded state.
   */
  fullState(): Uint8Array {
    return this.snapshot ?? Y.encodeStateAsUpdate(this.doc);
  }

  stateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc);
  }

  // ---- presence ------------------------------------------------------------------------------

  /**
   * Presence from a client, re-stamped with the server's identity for that connection.
   *
   * y-websocket providers re-broadcast every presence change they receive, so a connection also
   * sends other people's entries back (echoes); those are never taken as its own. But a provider
   * also keeps its Yjs client id across reconnects, so after an unclean disconnect (network
   * lost, the server never saw a close) the reconnected tab claims an id its old, dead socket
   * still owns. For the same person, the old socket is probed (ping): if it stays silent it is a
   * leftover, so it is cut and the new connection takes the presence over within
   * `presenceProbeMs`, instead of both lingering until the ping sweep. If it answers, the claim
   * was an echo from another tab and is dropped. Another person's id is never taken over.
   *
   * A reconnect after a clean close claims an id whose state the server removed but whose clock
   * it remembers; the client's clock did not move while it was away, and y-protocols ignores an
   * equal clock, which left the user invisible until their next heartbeat. So the clocks of
   * such a claim are raised past the known one, by the same offset for the rest of the
   * connection, which keeps its later changes ordered even when they cross the server's echo.
   */
  applyClientAwareness(conn: CollabConnection, entries: AwarenessEntry[]): void {
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (!conn.awarenessIds.has(entry.clientId)) {
        const owner = this.ownerOf(entry.clientId, conn);
        if (owner) {
          if (owner.userId === conn.userId) this.probeTakeover(owner, conn, entry);
          continue;
        }
        // Someone's presence relayed from another replica, echoed back: not this connection's.
        if (this.remotePresence.has(entry.clientId)) continue;
        if (conn.awarenessIds.size >= COLLAB.maxAwarenessClientsPerConnection) continue;
        this.claim(conn, entry);
      }
      accepted.push(withClockOffset(conn, entry));
    }
    this.applyStamped(conn, accepted);
  }

  private claim(conn: CollabConnection, first: AwarenessEntry): void {
    conn.awarenessIds.add(first.clientId);
    const known = this.awareness.meta.get(first.clientId)?.clock;
    if (
      known !== undefined &&
      first.state !== null &&
      !this.awareness.states.has(first.clientId) &&
      first.clock <= known
    )
      conn.awarenessClockOffsets.set(first.clientId, known + 1 - first.clock);
  }

  private applyStamped(conn: CollabConnection, entries: AwarenessEntry[]): void {
    if (entries.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(
      this.awareness,
      encodeStampedAwareness(entries, conn.identity),
      conn,
    );
  }

  /** Is the socket that owns this client id still there? Decides after `presenceProbeMs`. */
  private probeTakeover(owner: CollabConnection, conn: CollabConnection, entry: AwarenessEntry): void {
    const pending = this.presenceProbes.get(entry.clientId);
    if (pending) {
      if (pending.conn === conn) pending.entries.push(entry);
      return;
    }
    const probe = { conn, entries: [entry] };
    this.presenceProbes.set(entry.clientId, probe);
    const since = Date.now();
    owner.probe();
    setTimeout(() => {
      this.presenceProbes.delete(entry.clientId);
      if (this.state !== 'ready' || conn.isClosed || !this.conns.has(conn)) return;
      const current = this.ownerOf(entry.clientId, conn);
      if (current && (current !== owner || owner.heardSince(since))) return; // alive: it was an echo
      if (current) {
        // Hand the presence over without removing it (no flicker for the others), then cut.
        owner.awarenessIds.delete(entry.clientId);
        owner.supersede();
      }
      const last = probe.entries[probe.entries.length - 1];
      this.forceClaim(conn, probe.entries[0]);
      this.applyStamped(conn, [withClockOffset(conn, last)]);
    }, COLLAB.presenceProbeMs).unref();
  }

  /** Takes an id over from a dead socket: its clock must pass the one the server knows. */
  private forceClaim(conn: CollabConnection, first: AwarenessEntry): void {
    conn.awarenessIds.add(first.clientId);
    const known = this.awareness.meta.get(first.clientId)?.clock;
    if (known !== undefined && first.clock <= known)
      conn.awarenessClockOffsets.set(first.clientId, known + 1 - first.clock);
  }

  private ownerOf(clientId: number, except?: CollabConnection): CollabConnection | undefined {
    for (const other of this.conns) if (other !== except && other.awarenessIds.has(clientId)) return other;
    return undefined;
  }

  private onAwarenessUpdate(
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void {
    const clients = [...change.added, ...change.updated, ...change.removed];
    if (clients.length === 0) return;
    if (origin === REMOTE) {
      for (const id of [...change.added, ...change.updated]) this.remotePresence.add(id);
    }
    for (const id of change.removed) this.remotePresence.delete(id);
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients);
    // Everyone, the sender included: a lone client's own presence echo keeps its link alive.
    const message = encodeAwarenessMessage(update);
    for (const conn of this.conns) conn.send(message);
    if (origin !== REMOTE) this.fanout.publishAwareness(this.name, update);
  }

  awarenessSnapshot(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    return clients.length ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients) : null;
  }

  // ---- connections ---------------------------------------------------------------------------

  addConnection(conn: CollabConnection): void {
    this.conns.add(conn);
  }

  removeConnection(conn: CollabConnection): void {
    if (!this.conns.delete(conn)) return;
    if (conn.awarenessIds.size > 0 && this.state === 'ready') {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    }
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** An entry with the connection's clock offset for its client id applied. */
function withClockOffset(conn: CollabConnection, entry: AwarenessEntry): AwarenessEntry {
  const offset = conn.awarenessClockOffsets.get(entry.clientId) ?? 0;
  return offset ? { ...entry, clock: entry.clock + offset } : entry;
}
