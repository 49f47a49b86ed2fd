/**
 * Updates that decode and look harmless but that Yjs cannot apply completely, or that bound
 * nothing: the family of the "poison update" of issue 10. Built from a copy of a real draft, so
 * each one is well formed and names real content where it can.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { POLICY_FRAGMENT } from '@roundtable/shared';
import { firstClauseText } from './collab-client';

/** A y-websocket sync update message (0/2) carrying `update`. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** An update with no structs and a delete set of `[client, clock, length]` ranges. */
export function deleteSetUpdate(ranges: [number, number, number][]): Uint8Array {
  const byClient = new Map<number, [number, number][]>();
  for (const [client, clock, len] of ranges) {
    const list = byClient.get(client) ?? [];
    list.push([clock, len]);
    byClient.set(client, list);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, byClient.size);
  for (const [client, list] of byClient) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, list.length);
    for (const [clock, len] of list) {
      encoding.writeVarUint(e, clock);
      encoding.writeVarUint(e, len);
    }
  }
  return encoding.toUint8Array(e);
}

/**
 * The update of issue 10: deletions of `ranges` one-clock ranges of a client nobody has. Yjs
 * keeps it as a pending deletion and re-reads it on every later update. 200,000 ranges are about
 * 790 KB, under the 1 MiB frame cap.
 */
export function poisonDeleteSet(ranges: number, client = 987_654_321): Uint8Array {
  return deleteSetUpdate(
    Array.from({ length: ranges }, (_, i) => [client, i * 2, 1] as [number, number, number]),
  );
}

function copyOf(doc: Y.Doc, clientID?: number): Y.Doc {
  const copy = new Y.Doc();
  if (clientID !== undefined) copy.clientID = clientID;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The update `edit` makes on `doc`. */
export function updateOf(doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  let update: Uint8Array | null = null;
  const record = (u: Uint8Array) => (update = update ? Y.mergeUpdates([update, u]) : u);
  doc.on('update', record);
  doc.transact(() => edit(doc));
  doc.off('update', record);
  if (!update) throw new Error('the edit changed nothing');
  return update;
}

export interface PoisonCase {
  name: string;
  update: Uint8Array;
}

/**
 * One of each kind, against a document the server holds (`draft` is a synced copy of it, with a
 * clause). Every one must be refused and leave the document and its log as they were.
 */
export function poisonCases(draft: Y.Doc, maxBytes: number): PoisonCase[] {
  const [[knownClient, knownClock]] = [...Y.decodeStateVector(Y.encodeStateVector(draft))];
  // As many ranges as fit in a frame of maxBytes (about 4 bytes a range).
  const ranges = Math.min(200_000, Math.floor((maxBytes - 64) / 4.2));

  // Typing that builds on an edit the server never received (from a client it does not know).
  const unseen = copyOf(draft, 0x7ead_beef);
  const hidden = updateOf(unseen, () => firstClauseText(unseen)!.insert(0, 'never sent '));
  const builder = copyOf(draft, 0x1234_5678);
  Y.applyUpdate(builder, hidden);
  const onHidden = updateOf(builder, () => firstClauseText(builder)!.insert(3, 'typed into it '));

  // A client's second edit without its first.
  const gap = copyOf(draft, 0x0bad_cafe);
  updateOf(gap, () => firstClauseText(gap)!.insert(0, 'first '));
  const second = updateOf(gap, () => firstClauseText(gap)!.insert(0, 'second '));

  const huge = (clientID: number) => {
    const d = copyOf(draft, clientID);
    return updateOf(d, () => firstClauseText(d)!.insert(0, 'huge id '));
  };

  const deep = copyOf(draft);
  const nested = updateOf(deep, (d) => {
    let parent: Y.XmlFragment | Y.XmlElement = d.getXmlFragment(POLICY_FRAGMENT);
    for (let i = 0; i < 200; i++) {
      const child = new Y.XmlElement('paragraph');
      parent.insert(0, [child]);
      parent = child;
    }
  });

  return [
    { name: 'pending deletions of an unknown client (the poison update)', update: poisonDeleteSet(ranges) },
    { name: 'deletions past the document', update: deleteSetUpdate([[knownClient, knownClock + 5, 3]]) },
    {
      name: 'thousands of ranges over a few structs',
      update: deleteSetUpdate(
        Array.from({ length: 5000 }, () => [knownClient, 0, 1] as [number, number, number]),
      ),
    },
    { name: 'structs built on content from an unknown client', update: onHidden },
    { name: 'a client’s edit without its predecessor', update: second },
    { name: 'client id past uint32', update: huge(2 ** 40) },
    { name: 'client id near 2^53', update: huge(2 ** 52 + 1) },
    { name: 'deletions naming a client id past uint32', update: deleteSetUpdate([[2 ** 45, 0, 1]]) },
    { name: '200 levels of nesting', update: nested },
  ];
}
