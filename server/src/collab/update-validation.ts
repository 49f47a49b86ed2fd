import * as Y from 'yjs';
import { COLLAB } from './collab.constants';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Parses a client's update completely (V1 format only) without touching any document, so a
 * malformed or truncated update is refused before it is stored or applied. Applying a bad update
 * directly could fail half way, leaving the server's copy different from the durable log.
 */
export function decodeClientUpdate(update: Uint8Array): DecodedUpdate {
  return Y.decodeUpdate(update);
}

/** An update that decodes but must not be stored; the message says why (it is the close reason). */
export class RefusedUpdate extends Error {}

/**
 * Refused because it builds on (or deletes) content the document does not have yet. Right after
 * a reconnect that is normal for a moment: an edit typed before the client answered the server's
 * sync step 1 builds on edits its sync step 2 is about to bring (see CollabConnection).
 */
export class MissingContent extends RefusedUpdate {}

/** One run of structs an accepted update integrates: what later updates may refer to. */
interface Span {
  clock: number;
  end: number;
  /** Nesting depth of the type the structs sit in (a root type is 0). */
  parentDepth: number;
  /** Depth of the type this struct creates (ContentType), else null. */
  typeDepth: number | null;
}

/**
 * What an update accepted (but maybe not yet applied) adds to the document: the state it reaches
 * per client and its structs. A client's next update may build on one still being stored.
 */
export interface AcceptedUpdate {
  reached: Map<number, number>;
  spans: Map<number, Span[]>;
}

type Struct = DecodedUpdate['structs'][number];

/**
 * Refuses (throws RefusedUpdate) an update the document could not apply completely.
 *
 * Yjs keeps what it cannot apply: structs whose left/right/parent it lacks (`pendingStructs`)
 * and deletions of clocks it has not seen (`pendingDs`). Both are re-read on every later update
 * and re-sent by `encodeStateAsUpdate` to every client, so one crafted update (a delete set of
 * 200,000 ranges for a client that never existed) slowed every edit for good. This replays the
 * checks Yjs makes in `integrateStructs` (clock continuity, `Item.getMissing`) and
 * `readAndApplyDeleteSet` (clock < state) against the state vector, in dependency order, without
 * touching the document. `base` are updates accepted before this one and not applied yet.
 *
 * It also bounds what would apply but does harm: client ids and clocks outside the uint32 range
 * browsers use, types nested deeper than any editor makes (recursive readers overflow the stack),
 * and delete sets with far more ranges than the document has structs.
 */
export function checkUpdate(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  base: Iterable<AcceptedUpdate> = [],
): AcceptedUpdate {
  const accepted = [...base];
  const reached = new Map<number, number>();
  const state = (client: number): number => {
    let clock = reached.get(client);
    if (clock !== undefined) return clock;
    clock = Y.getState(doc.store, client);
    for (const a of accepted) clock = Math.max(clock, a.reached.get(client) ?? 0);
    reached.set(client, clock);
    return clock;
  };

  // Group by client. Yjs keeps only the last block of a client that appears twice and would then
  // find the rest missing: refuse that shape outright.
  const queues = new Map<number, Struct[]>();
  let previous: number | null = null;
  for (const struct of decoded.structs) {
    const { client, clock } = struct.id;
    checkRange(client, clock, struct.length);
    if (struct.length < 1 && !(struct instanceof Y.Skip))
      throw new RefusedUpdate('Update holds an empty struct.');
    if (client !== previous && queues.has(client)) throw new RefusedUpdate('Update names a client twice.');
    previous = client;
    let queue = queues.get(client);
    if (!queue) queues.set(client, (queue = []));
    queue.push(struct);
  }
  if (queues.size > COLLAB.maxUpdateClients) throw new RefusedUpdate('Update names too many clients.');

  const spans = new Map<number, Span[]>();
  const done = new Map<number, number>([...queues.keys()].map((c) => [c, 0]));
  // Clients blocked on another client's clock, woken when that client's state passes it.
  const waiting = new Map<number, { min: number; list: { client: number; clock: number }[] }>();
  const ready = [...queues.keys()];
  while (ready.length > 0) {
    const client = ready.pop()!;
    const queue = queues.get(client)!;
    let i = done.get(client)!;
    while (i < queue.length) {
      const struct = queue[i];
      if (struct instanceof Y.Skip) {
        i++;
        continue;
      }
      if (struct.id.clock > state(client)) break; // a gap: never fills within this update
      const blocker = struct instanceof Y.Item ? missingReference(struct, state) : null;
      if (blocker) {
        const wait = waiting.get(blocker.client) ?? { min: Infinity, list: [] };
        wait.list.push({ client, clock: blocker.clock });
        wait.min = Math.min(wait.min, blocker.clock);
        waiting.set(blocker.client, wait);
        break;
      }
      const span = describe(doc, struct, accepted, spans);
      let list = spans.get(client);
      if (!list) spans.set(client, (list = []));
      list.push(span);
      reached.set(client, Math.max(state(client), span.end));
      i++;
      const wait = waiting.get(client);
      if (wait && wait.min < state(client)) {
        const now = state(client);
        for (const w of wait.list) if (w.clock < now) ready.push(w.client);
        wait.list = wait.list.filter((w) => w.clock >= now);
        wait.min = Math.min(Infinity, ...wait.list.map((w) => w.clock));
      }
    }
    done.set(client, i);
  }
  for (const [client, queue] of queues) {
    if (queue.slice(done.get(client)).some((s) => !(s instanceof Y.Skip)))
      throw new MissingContent('Update depends on content this document does not have.');
  }

  let ranges = 0;
  for (const [client, deletes] of decoded.ds.clients) {
    const known = state(client);
    for (const { clock, len } of deletes) {
      checkRange(client, clock, len);
      // Yjs keeps even an empty range past the document's clock as a pending deletion.
      if (len < 1) throw new RefusedUpdate('Update holds an empty deletion.');
      if (clock + len > known)
        throw new MissingContent('Update deletes content this document does not have.');
    }
    ranges += deletes.length;
  }
  if (ranges > 0) {
    let structs = decoded.structs.length;
    for (const list of doc.store.clients.values()) structs += list.length;
    const allowed = Math.min(
      COLLAB.maxDeleteRanges,
      COLLAB.deleteRangesPerStruct * structs + COLLAB.deleteRangesSlack,
    );
    if (ranges > allowed) throw new RefusedUpdate('Update deletes far more ranges than the document has.');
  }
  const result: AcceptedUpdate = { reached: new Map(), spans };
  for (const client of queues.keys()) result.reached.set(client, state(client));
  return result;
}

function checkRange(client: number, clock: number, length: number): void {
  if (!Number.isInteger(client) || client < 0 || client > COLLAB.maxClientId)
    throw new RefusedUpdate('Update names a client id out of range.');
  if (clock + length > COLLAB.maxClock) throw new RefusedUpdate('Update names a clock out of range.');
}

/**
 * The first reference (left, right, parent) to another client's content not there yet, as Yjs's
 * `Item.getMissing` decides. A reference to the item's own client must point before the item:
 * Yjs looks it up without checking and would throw half way through applying.
 */
function missingReference(item: Y.Item, state: (client: number) => number): Y.ID | null {
  const parent = item.parent instanceof Y.ID ? item.parent : null;
  for (const ref of [item.origin, item.rightOrigin, parent]) {
    if (!ref) continue;
    checkRange(ref.client, ref.clock, 1);
    if (ref.client === item.id.client) {
      if (ref.clock >= item.id.clock) throw new RefusedUpdate('Update refers to content out of order.');
    } else if (ref.clock >= state(ref.client)) {
      return ref;
    }
  }
  return null;
}

/** Where an integrable struct sits: how deep its type is, and the depth of the type it creates. */
function describe(doc: Y.Doc, struct: Struct, accepted: AcceptedUpdate[], spans: Map<number, Span[]>): Span {
  const clock = struct.id.clock;
  const end = clock + struct.length;
  if (!(struct instanceof Y.Item)) return { clock, end, parentDepth: 0, typeDepth: null };
  let parentDepth = 0;
  if (struct.parent instanceof Y.ID) {
    const parent = locate(doc, struct.parent, accepted, spans);
    if (parent === 'gone') parentDepth = 0;
    else if (parent.typeDepth === null) throw new RefusedUpdate('Update nests content in a non-container.');
    else parentDepth = parent.typeDepth;
  } else if (struct.parent === null) {
    const sibling = struct.origin ?? struct.rightOrigin;
    const found = sibling ? locate(doc, sibling, accepted, spans) : 'gone';
    parentDepth = found === 'gone' ? 0 : found.parentDepth;
  }
  const typeDepth = struct.content instanceof Y.ContentType ? parentDepth + 1 : null;
  if (typeDepth !== null && typeDepth > COLLAB.maxNestingDepth)
    throw new RefusedUpdate('Update nests content too deeply.');
  return { clock, end, parentDepth, typeDepth };
}

/** Finds the struct holding `id`: in this update, in an accepted one, or in the document. */
function locate(
  doc: Y.Doc,
  id: Y.ID,
  accepted: AcceptedUpdate[],
  spans: Map<number, Span[]>,
): Pick<Span, 'parentDepth' | 'typeDepth'> | 'gone' {
  for (const source of [spans, ...accepted.map((a) => a.spans)]) {
    const found = findSpan(source.get(id.client), id.clock);
    if (found) return found;
  }
  const structs = doc.store.clients.get(id.client);
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return 'gone';
  const struct = structs[Y.findIndexSS(structs, id.clock)];
  if (!(struct instanceof Y.Item) || !(struct.parent instanceof Y.AbstractType)) return 'gone';
  const parentDepth = typeDepth(struct.parent);
  return {
    parentDepth,
    typeDepth: struct.content instanceof Y.ContentType ? parentDepth + 1 : null,
  };
}

function findSpan(list: Span[] | undefined, clock: number): Span | null {
  if (!list) return null;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (clock < list[mid].clock) hi = mid - 1;
    else if (clock >= list[mid].end) lo = mid + 1;
    else return list[mid];
  }
  return null;
}

/** Nesting depth of an integrated type (root types are 0); stops counting past the limit. */
function typeDepth(type: Y.AbstractType<unknown>): number {
  let depth = 0;
  for (let item = type._item; item && depth <= COLLAB.maxNestingDepth; depth++) {
    const parent = item.parent;
    item = parent instanceof Y.AbstractType ? parent._item : null;
  }
  return depth;
}

/**
 * True when the document already holds everything in the update: every struct is below the
 * document's clock for its client and every deleted range is already deleted. A reconnecting
 * client's sync step 2 usually looks like this (its whole delete set, nothing new); storing it
 * would only grow the log.
 */
export function isRedundant(doc: Y.Doc, decoded: DecodedUpdate): boolean {
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    if (clock + struct.length > Y.getState(doc.store, client)) return false;
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs || structs.length === 0) return false;
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      const end = clock + len;
      if (end > known) return false;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i].id.clock < end; i++) {
        if (!structs[i].deleted) return false;
      }
    }
  }
  return true;
}

/**
 * Whether a stored log applies completely (no pending structs or deletions at its end), decided
 * by decoding its rows, without applying them. A log stored before updates were checked may hold
 * a poison update; its rows must not go to a client as they are (see `LiveDoc.stored`).
 */
export function isCompleteLog(rows: Uint8Array[]): boolean {
  try {
    const structs: Struct[] = [];
    const ds = new Map<number, { clock: number; len: number }[]>();
    for (const row of rows) {
      const decoded = Y.decodeUpdate(row);
      for (const struct of decoded.structs) structs.push(struct);
      for (const [client, ranges] of decoded.ds.clients) {
        const list = ds.get(client) ?? [];
        for (const range of ranges) list.push(range);
        ds.set(client, list);
      }
    }
    // The rows as one update: each client's structs together, in clock order.
    structs.sort((a, b) => a.id.client - b.id.client || a.id.clock - b.id.clock);
    checkUpdate(new Y.Doc(), { structs, ds: { clients: ds } } as unknown as DecodedUpdate);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when Yjs holds content it could not apply. Such content is re-read on every update and
 * sent to every client; the collab server never keeps it (see `dropPending`).
 */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/**
 * Forgets what Yjs could not apply: `encodeStateAsUpdate` would otherwise write it back into a
 * compacted log and into every client's sync. What was applied stays. Returns whether any was held.
 */
export function dropPending(doc: Y.Doc): boolean {
  if (!hasPending(doc)) return false;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return true;
}
