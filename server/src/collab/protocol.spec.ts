import * as Y from 'yjs';
import {
  encodeSyncStep1,
  encodeSyncUpdate,
  ownBytes,
  parseClientMessage,
  ProtocolError,
  validateStateVector,
} from './protocol';
import { decodeClientUpdate, isRedundant } from './update-validation';

describe('parseClientMessage', () => {
  it('reads what a y-websocket provider sends', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hi');
    expect(parseClientMessage(encodeSyncStep1(doc)).kind).toBe('syncStep1');
    const update = Y.encodeStateAsUpdate(doc);
    const parsed = parseClientMessage(encodeSyncUpdate(update));
    expect(parsed).toEqual({ kind: 'update', update });
    expect(parseClientMessage(Uint8Array.from([3]))).toEqual({ kind: 'queryAwareness' });
  });

  it('refuses unknown types, unknown steps, truncation and trailing bytes', () => {
    expect(() => parseClientMessage(Uint8Array.from([9]))).toThrow(ProtocolError);
    expect(() => parseClientMessage(Uint8Array.from([0, 7, 0]))).toThrow(ProtocolError);
    expect(() => parseClientMessage(Uint8Array.from([0, 2, 10, 1, 2]))).toThrow();
    expect(() => parseClientMessage(Uint8Array.from([3, 0]))).toThrow(ProtocolError);
    expect(() => parseClientMessage(new Uint8Array())).toThrow();
  });

  it('cannot be tricked into reading past the frame when it sits in a larger buffer', () => {
    const big = Buffer.alloc(64, 7);
    big.set([0, 2, 30, 0, 0], 0); // claims 30 bytes; the frame is only 5
    const frame = big.subarray(0, 5);
    const own = ownBytes(frame);
    expect(own.buffer.byteLength).toBe(5);
    expect(() => parseClientMessage(own)).toThrow();
    expect(() => parseClientMessage(new Uint8Array(frame.buffer, frame.byteOffset, frame.length))).toThrow();
  });

  it('validates state vectors strictly', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    expect(() => validateStateVector(Y.encodeStateVector(doc))).not.toThrow();
    expect(() => validateStateVector(Uint8Array.from([2, 1]))).toThrow();
    expect(() => validateStateVector(Uint8Array.from([0, 0]))).toThrow(ProtocolError);
  });
});

describe('client updates', () => {
  it('are decoded as V1 only: V2 bytes are never interpreted as V2', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    const v2 = Y.encodeStateAsUpdateV2(doc);
    let interpreted = '';
    try {
      const target = new Y.Doc();
      decodeClientUpdate(v2);
      Y.applyUpdate(target, v2);
      interpreted = target.getText('t').toString();
    } catch {
      // refused: fine
    }
    expect(interpreted).not.toBe('hello');
    expect(decodeClientUpdate(Y.encodeStateAsUpdate(doc)).structs.length).toBeGreaterThan(0);
  });

  it('are recognised as redundant when the document has them already', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.getText('t').insert(0, 'hello');
    client.getText('t').delete(0, 2);
    const all = Y.encodeStateAsUpdate(client);
    expect(isRedundant(server, decodeClientUpdate(all))).toBe(false);
    Y.applyUpdate(server, all);
    expect(isRedundant(server, decodeClientUpdate(all))).toBe(true);
    // A reconnecting client's step 2: nothing new, its whole delete set.
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(isRedundant(server, decodeClientUpdate(step2))).toBe(true);
    // A new deletion of known text is not redundant.
    let deletion: Uint8Array = new Uint8Array();
    client.on('update', (u: Uint8Array) => (deletion = u));
    client.getText('t').delete(0, 1);
    expect(isRedundant(server, decodeClientUpdate(deletion))).toBe(false);
  });
});
