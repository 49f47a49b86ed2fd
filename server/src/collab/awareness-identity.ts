import { createHash } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { COLLAB } from './collab.constants';
import { ProtocolError } from './protocol';

/** Who a presence entry belongs to, as the server knows it. Clients cannot change it. */
export interface PresenceIdentity {
  id: string;
  name: string;
  /** `#rrggbb`: y-prosemirror appends an alpha suffix for selections, so it must be hex. */
  color: string;
  readOnly: boolean;
}

/** Dark enough for white caret labels (contrast ≥ 4.5:1), distinct from each other. */
const PRESENCE_COLORS = [
  '#B91C1C',
  '#1D4ED8',
  '#047857',
  '#6D28D9',
  '#B45309',
  '#BE185D',
  '#0E7490',
  '#4D7C0F',
  '#A21CAF',
  '#C2410C',
  '#4338CA',
  '#0F766E',
] as const;

/** A stable colour per person, the same on every replica and in every session. */
export function presenceColor(userId: string): string {
  const digest = createHash('sha256').update(userId).digest();
  return PRESENCE_COLORS[digest.readUInt32BE(0) % PRESENCE_COLORS.length];
}

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** null when the client says it left. */
  state: Record<string, unknown> | null;
}

/** Decodes a y-protocols awareness update from a client, refusing anything odd. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > COLLAB.maxAwarenessClientsPerConnection) throw new ProtocolError('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > COLLAB.maxAwarenessStateBytes) throw new ProtocolError('awareness state too large');
    const state: unknown = JSON.parse(json);
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new ProtocolError('awareness state must be an object or null');
    }
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after the awareness update');
  return entries;
}

/**
 * Re-encodes awareness entries with the server's idea of who is typing: whatever a client put
 * in `user` is replaced, so nobody can show up under someone else's name or colour.
 */
export function encodeStampedAwareness(entries: AwarenessEntry[], identity: PresenceIdentity): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    const state = entry.state === null ? null : { ...entry.state, user: { ...identity } };
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}
