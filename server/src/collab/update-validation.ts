import * as Y from 'yjs';

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Parses a client's update completely (V1 format only) without touching any document, so a
 * malformed or truncated update is refused before it is stored or applied. Applying a bad update
 * directly could fail half way, leaving the server's copy different from the durable log.
 */
export function decodeClientUpdate(update: Uint8Array): DecodedUpdate {
  return Y.decodeUpdate(update);
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
