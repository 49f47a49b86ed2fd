import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { decodeAwarenessUpdate, encodeStampedAwareness, presenceColor } from './awareness-identity';

describe('presence identity', () => {
  it('replaces whatever the client says about who it is', () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'Somebody Else', color: '#000000' }, cursor: { anchor: 4 } });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
    const identity = { id: 'u1', name: 'Maya Ortiz', color: presenceColor('u1'), readOnly: false };
    const stamped = encodeStampedAwareness(decodeAwarenessUpdate(update), identity);

    const server = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(server, stamped, null);
    expect(server.getStates().get(doc.clientID)).toEqual({ user: identity, cursor: { anchor: 4 } });
    awareness.destroy();
    server.destroy();
  });

  it('gives each person a stable hex colour', () => {
    expect(presenceColor('a')).toBe(presenceColor('a'));
    expect(presenceColor('a')).toMatch(/^#[0-9A-F]{6}$/);
    const colours = new Set(Array.from({ length: 50 }, (_, i) => presenceColor(`user-${i}`)));
    expect(colours.size).toBeGreaterThan(6);
  });

  it('refuses malformed presence', () => {
    expect(() => decodeAwarenessUpdate(Uint8Array.from([100]))).toThrow();
    expect(() => decodeAwarenessUpdate(Uint8Array.from([1, 5, 1, 3, 0x5b, 0x31, 0x5d]))).toThrow(); // "[1]"
    expect(() => decodeAwarenessUpdate(Uint8Array.from([1, 5, 1, 4, 0x6e, 0x75, 0x6c, 0x6c, 9]))).toThrow(); // trailing
    expect(decodeAwarenessUpdate(Uint8Array.from([1, 5, 1, 4, 0x6e, 0x75, 0x6c, 0x6c]))).toEqual([
      { clientId: 5, clock: 1, state: null },
    ]);
  });
});
