import { canonicalJson } from './canonical';
import { sha256Hex } from './sha256';
import type { Packet } from './types';

export * from './types';
export * from './schema';
export * from './canonical';
export * from './sha256';
export * from './text';
export * from './format';
export * from './redline';
export * from './blocks';
export * from './sample';

/**
 * The frozen form of a packet: its canonical JSON and that text's SHA-256. Pass a faster hash
 * (node:crypto on the server) when hashing many packets; the result must be identical.
 */
export function freezePacket(
  packet: Packet,
  hash: (text: string) => string = sha256Hex,
): { json: string; sha256: string } {
  const json = canonicalJson(packet);
  return { json, sha256: hash(json) };
}
