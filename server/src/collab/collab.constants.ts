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
