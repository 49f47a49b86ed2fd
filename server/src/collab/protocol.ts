import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * The y-websocket wire protocol (what `WebsocketProvider` speaks), decoded defensively: every
 * frame is one message, fully consumed, with no trailing bytes. Client bytes are only ever read
 * as Yjs **V1** updates; V2 decoding of untrusted input can hang a process (yjs issue 687).
 */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncStep = { step1: 0, step2: 1, update: 2 } as const;

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' };

/** A frame that breaks the protocol. The connection closes with CloseCode.MALFORMED. */
export class ProtocolError extends Error {}

/**
 * Copies a frame into its own exactly-sized buffer. `ws` may hand us a slice of a larger buffer;
 * the lib0 in use checks view bounds, but older lib0 versions (and any code that builds views
 * from `.buffer`) would read past the frame on a lying length prefix. Frames are small; the copy
 * is cheap insurance, and stored updates then never pin a larger socket buffer.
 */
export function ownBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  const source = Array.isArray(data)
    ? Buffer.concat(data)
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : data;
  const copy = new Uint8Array(source.byteLength);
  copy.set(source);
  return copy;
}

/** Decodes one client frame. Throws ProtocolError (or a decoder error) on anything malformed. */
export function parseClientMessage(bytes: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(bytes);
  const type = decoding.readVarUint(decoder);
  let message: ClientMessage;
  switch (type) {
    case MessageType.sync: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SyncStep.step1) message = { kind: 'syncStep1', stateVector: payload };
      else if (step === SyncStep.step2) message = { kind: 'syncStep2', update: payload };
      else if (step === SyncStep.update) message = { kind: 'update', update: payload };
      else throw new ProtocolError(`unknown sync step ${step}`);
      break;
    }
    case MessageType.awareness:
      message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      break;
    case MessageType.queryAwareness:
      message = { kind: 'queryAwareness' };
      break;
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after the message');
  return message;
}

/** Checks that a client state vector decodes (it is then passed to Yjs as is). */
export function validateStateVector(stateVector: Uint8Array): void {
  const decoder = decoding.createDecoder(stateVector);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after the state vector');
}

/** A state vector with no entries: a client that has nothing yet. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncStep.step1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncStep.step2);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncStep.update);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    encoding.writeVarUint8Array(e, awarenessUpdate);
  });
}
