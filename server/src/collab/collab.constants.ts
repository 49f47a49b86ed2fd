/**
 * Tunables of the collaboration server. Values are chosen for a board of a few dozen people per
 * draft; the message size cap is configuration (COLLAB_MAX_MESSAGE_BYTES), the rest is here.
 */
export const COLLAB = {
  /** URL prefix of the sync endpoint: `/collab/<draftId>`. */
  pathPrefix: '/collab/',
  /** Keep an idle document this long after its last socket left, so a quick reconnect is cheap. */
  unloadGraceMs: 1500,
  /** Compact the log when a document loads with more rows than this. */
  compactOnLoadRows: 200,
  /** Compact in the background after this many appended rows while the document is open. */
  compactEveryRows: 2000,
  /** Largest number of rows written by one group commit. */
  groupCommitMaxRows: 500,
  /** Largest number of bytes written by one group commit (it is one INSERT). */
  groupCommitMaxBytes: 8 * 1024 * 1024,
  /** Per-connection message budget: a burst and a sustained rate. Typing is ~10 msg/s. */
  rateBurstMessages: 400,
  rateMessagesPerSecond: 200,
  /** Per-connection byte budget, in multiples of the message size cap. */
  rateBurstCaps: 4,
  rateCapsPerSecond: 1,
  /**
   * Per-connection budget of server CPU time (ms) spent decoding, checking and applying its messages:
   * a burst and a sustained rate. Bytes and messages alone do not bound it: a small update can
   * cost a lot to apply. Typing costs well under 1 ms a message. The rate is configuration
   * (COLLAB_CPU_MS_PER_SECOND); the burst is this many seconds of it.
   */
  cpuBurstSeconds: 2,
  /**
   * Updates of one connection being stored at once; past this its socket is not read until one
   * is applied, so a client cannot queue up megabytes of costly updates ahead of the budget.
   * Typing has one or two in flight.
   */
  maxUpdatesInFlightPerConnection: 8,
  /**
   * How long updates that build on content the server lacks are held for the client's sync
   * step 2 (which a y-websocket client sends as soon as it gets the server's step 1).
   */
  holdUntilSyncMs: 3000,
  /**
   * Bounds on what a client update may name (see `checkUpdate`). Browsers pick client ids as
   * random uint32; no editor reaches 2^32 operations as one client; the editor's schema nests a
   * few levels (lists in lists), so 64 leaves room while keeping recursive readers far from
   * the stack limit.
   */
  maxClientId: 0xffff_ffff,
  maxClock: 2 ** 32,
  maxNestingDepth: 64,
  /** Distinct clients whose structs one update may carry (a reconnecting tab sends its own). */
  maxUpdateClients: 1024,
  /**
   * Delete ranges one update may carry: an honest delete set has at most about one range per
   * struct of the document, so allow twice that plus some slack, and never more than the cap.
   */
  maxDeleteRanges: 100_000,
  deleteRangesPerStruct: 2,
  deleteRangesSlack: 1024,
  /** Close a socket whose unsent output grows past this (a stalled client). */
  maxBufferedBytes: 32 * 1024 * 1024,
  /**
   * WebSocket ping interval; a socket that misses one pong is dropped, so a dead peer (network
   * lost, tab killed) goes within 10–20 s. A tab that reconnects takes its presence over at once.
   */
  pingIntervalMs: 10_000,
  /**
   * A reconnecting tab claims the presence its old socket still holds: the old socket is pinged
   * and, if silent this long, cut and the presence handed over.
   */
  presenceProbeMs: 1000,
  /** Awareness entries one connection may own (a tab has one; leave room for a reconnect). */
  maxAwarenessClientsPerConnection: 4,
  /** Largest awareness state (JSON) accepted from a client. */
  maxAwarenessStateBytes: 16 * 1024,
  /** Redis: ask other replicas for what we miss this often (pub/sub may drop messages). */
  resyncIntervalMs: 10_000,
  /** Redis: how long loading waits for the channel subscription before going on without it. */
  subscribeTimeoutMs: 1500,
} as const;
