import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { COLLAB } from './collab.constants';
import {
  checkUpdate,
  decodeClientUpdate,
  dropPending,
  hasPending,
  isCompleteLog,
  RefusedUpdate,
} from './update-validation';

/** An update with no structs that deletes `ranges` one-clock ranges of `client`. */
export function deleteSetUpdate(client: number, ranges: number, step = 2): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, 1); // one client in the delete set
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, ranges);
  for (let i = 0; i < ranges; i++) {
    encoding.writeVarUint(e, i * step);
    encoding.writeVarUint(e, 1);
  }
  return encoding.toUint8Array(e);
}

function docWith(text: string, clientID = 1): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  doc.getText('t').insert(0, text);
  return doc;
}

function updatesOf(doc: Y.Doc, edit: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const record = (u: Uint8Array) => updates.push(u);
  doc.on('update', record);
  edit();
  doc.off('update', record);
  return updates;
}

const check = (doc: Y.Doc, update: Uint8Array, base = []) =>
  checkUpdate(doc, decodeClientUpdate(update), base);

/** What Yjs itself does with the update: true when it applies completely. */
function appliesCompletely(doc: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(copy, update);
  const complete = !hasPending(copy);
  copy.destroy();
  return complete;
}

describe('checkUpdate', () => {
  it('refuses a delete set for a client the document never saw (the poison update)', () => {
    const server = docWith('hello');
    const poison = deleteSetUpdate(987654, 200_000);
    expect(poison.byteLength).toBeLessThan(1024 * 1024);
    expect(appliesCompletely(server, poison)).toBe(false);
    expect(() => check(server, poison)).toThrow(RefusedUpdate);
  });

  it('refuses deletions past what the document has of a known client', () => {
    const server = docWith('hello');
    expect(() => check(server, deleteSetUpdate(1, 1, 10))).not.toThrow();
    expect(() => check(server, deleteSetUpdate(1, 4, 10))).toThrow('does not have');
  });

  it('refuses a delete set with far more ranges than the document has structs', () => {
    const server = docWith('x'.repeat(100_000));
    // Every range exists, but there are 150,000 of them against one struct.
    expect(() => check(server, deleteSetUpdate(1, 50_000))).toThrow('far more ranges');
  });

  it('refuses structs that build on content from a client the document lacks', () => {
    const other = docWith('from someone else', 2);
    const client = new Y.Doc();
    client.clientID = 3;
    Y.applyUpdate(client, Y.encodeStateAsUpdate(other));
    const [typed] = updatesOf(client, () => client.getText('t').insert(5, 'typed '));
    const server = new Y.Doc();
    expect(appliesCompletely(server, typed)).toBe(false);
    expect(() => check(server, typed)).toThrow('does not have');
    // With the content it builds on, the same update is fine.
    Y.applyUpdate(server, Y.encodeStateAsUpdate(other));
    expect(() => check(server, typed)).not.toThrow();
  });

  it('refuses a gap in a client’s own clock', () => {
    const client = docWith('a', 4);
    const server = new Y.Doc();
    const [second] = updatesOf(client, () => client.getText('t').insert(1, 'b'));
    expect(() => check(server, second)).toThrow('does not have');
  });

  it('accepts a client’s next update while its previous one is still being stored', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const [first] = updatesOf(client, () => client.getText('t').insert(0, 'abc'));
    const [second] = updatesOf(client, () => client.getText('t').delete(1, 1));
    const accepted = check(server, first);
    expect(() => check(server, second)).toThrow(RefusedUpdate);
    expect(() => check(server, second, [accepted] as never)).not.toThrow();
  });

  it('refuses client ids and clocks outside the uint32 range', () => {
    const server = new Y.Doc();
    const huge = docWith('hi', 2 ** 40);
    expect(() => check(server, Y.encodeStateAsUpdate(huge))).toThrow('client id out of range');
    expect(() => check(server, deleteSetUpdate(2 ** 52, 1))).toThrow('client id out of range');
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 2 ** 33);
    encoding.writeVarUint(e, 1);
    expect(() => check(docWith('a'), encoding.toUint8Array(e))).toThrow('clock out of range');
  });

  it('refuses types nested deeper than the limit, in one update or built up over many', () => {
    const deep = (depth: number, doc = new Y.Doc()) => {
      let parent: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment('f');
      for (let i = 0; i < depth; i++) {
        const child: Y.XmlElement = new Y.XmlElement('p');
        parent.insert(0, [child]);
        parent = child;
      }
      return { doc, leaf: parent as Y.XmlElement };
    };
    const server = new Y.Doc();
    expect(() => check(server, Y.encodeStateAsUpdate(deep(COLLAB.maxNestingDepth).doc))).not.toThrow();
    expect(() => check(server, Y.encodeStateAsUpdate(deep(COLLAB.maxNestingDepth + 1).doc))).toThrow(
      'too deeply',
    );
    // Built up one level at a time: the document is at the limit, one more level is refused.
    const { doc, leaf } = deep(COLLAB.maxNestingDepth);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    const [attribute] = updatesOf(doc, () => leaf.setAttribute('class', 'note'));
    expect(() => check(server, attribute)).not.toThrow();
    Y.applyUpdate(server, attribute);
    const [deeper] = updatesOf(doc, () => leaf.insert(0, [new Y.XmlText('text')]));
    expect(() => check(server, deeper)).toThrow('too deeply');
  });

  it('agrees with Yjs on thousands of partial and reordered updates of real editing', () => {
    // Deterministic editing by three clients; the server sees random subsets of their updates.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const clients = [1, 2, 3].map((id) => {
      const d = new Y.Doc();
      d.clientID = id;
      return d;
    });
    const all: Uint8Array[] = [];
    for (let step = 0; step < 300; step++) {
      const d = clients[Math.floor(random() * 3)];
      const text = d.getText('t');
      all.push(
        ...updatesOf(d, () => {
          if (text.length > 3 && random() < 0.3) text.delete(Math.floor(random() * (text.length - 2)), 2);
          else text.insert(Math.floor(random() * (text.length + 1)), 'ab');
        }),
      );
      if (random() < 0.3) {
        const other = clients[Math.floor(random() * 3)];
        Y.applyUpdate(other, Y.encodeStateAsUpdate(d, Y.encodeStateVector(other)));
      }
    }
    let agreed = 0;
    let refused = 0;
    for (let trial = 0; trial < 200; trial++) {
      // The server has a prefix of the history, sometimes with holes.
      const server = new Y.Doc();
      const known = Math.floor(random() * all.length);
      const holes = random() < 0.5 ? 0 : 0.1;
      Y.applyUpdate(server, Y.mergeUpdates(all.slice(0, known).filter(() => random() >= holes)));
      dropPending(server);
      // It receives the next update, one a little later, or a merge of a few.
      const at = Math.min(all.length - 1, known + Math.floor(random() * 3));
      const candidate =
        random() < 0.7 ? all[at] : Y.mergeUpdates(all.slice(at, at + 1 + Math.floor(random() * 5)));
      let accepted = true;
      try {
        check(server, candidate);
      } catch (error) {
        if (!(error instanceof RefusedUpdate)) throw error;
        accepted = false;
      }
      expect(accepted).toBe(appliesCompletely(server, candidate));
      agreed++;
      if (!accepted) refused++;
    }
    expect(agreed).toBe(200);
    expect(refused).toBeGreaterThan(20); // the check was really exercised both ways
    expect(refused).toBeLessThan(180);
  });
});

describe('isCompleteLog', () => {
  it('accepts a log of real edits in any order, and refuses one holding a poison update', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const rows = [
      ...updatesOf(a, () => a.getText('t').insert(0, 'hello')),
      ...updatesOf(a, () => a.getText('t').delete(1, 2)),
    ];
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    rows.push(...updatesOf(b, () => b.getText('t').insert(2, 'xyz')));
    expect(isCompleteLog(rows)).toBe(true);
    expect(isCompleteLog([...rows].reverse())).toBe(true);
    expect(isCompleteLog([...rows, deleteSetUpdate(777, 10)])).toBe(false);
    expect(isCompleteLog(rows.slice(1))).toBe(false); // a row lost: the rest cannot apply
  });
});

describe('dropPending', () => {
  it('forgets pending deletions so the state no longer carries them', () => {
    const doc = docWith('abc');
    Y.applyUpdate(doc, deleteSetUpdate(55, 1000));
    expect(hasPending(doc)).toBe(true);
    expect(Y.encodeStateAsUpdate(doc).byteLength).toBeGreaterThan(2000);
    expect(dropPending(doc)).toBe(true);
    const clean = new Y.Doc();
    Y.applyUpdate(clean, Y.encodeStateAsUpdate(doc));
    expect(hasPending(clean)).toBe(false);
    expect(clean.getText('t').toString()).toBe('abc');
  });
});
