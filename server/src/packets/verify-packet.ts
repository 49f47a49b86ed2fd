import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { SUPPORTED_PACKET_SCHEMA_VERSIONS, canonicalJson } from '@roundtable/shared';

/*
 * `pnpm verify-packet <file.json> [expected-sha256]`: what anyone can check about a packet's JSON
 * edition without Roundtable. The hash of a version is the SHA-256 of the file's exact bytes, and
 * those bytes are the packet's canonical JSON (keys sorted, no whitespace, UTF-8), so a file that
 * was re-indented or re-ordered is reported as not the published text.
 */

export interface PacketCheck {
  sha256: string;
  canonical: boolean;
  schemaVersion: number | null;
  version: number | null;
  board: string | null;
  /** Null when no expected hash was given. */
  matches: boolean | null;
  problems: string[];
}

export function verifyPacketBytes(bytes: Buffer, expected?: string): PacketCheck {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const problems: string[] = [];
  let parsed: { schemaVersion?: unknown; version?: unknown; board?: { name?: unknown } } | null = null;
  let canonical = false;
  try {
    const text = bytes.toString('utf8');
    parsed = JSON.parse(text);
    canonical = canonicalJson(parsed) === text;
    if (!canonical) problems.push('The file is JSON but not the canonical text that was published.');
  } catch {
    problems.push('The file is not JSON.');
  }
  const schemaVersion = typeof parsed?.schemaVersion === 'number' ? parsed.schemaVersion : null;
  if (parsed && !(SUPPORTED_PACKET_SCHEMA_VERSIONS as readonly unknown[]).includes(schemaVersion))
    problems.push(`Unknown packet schema version ${String(parsed.schemaVersion)}.`);
  const matches = expected ? expected.trim().toLowerCase() === sha256 : null;
  if (matches === false) problems.push('The SHA-256 differs from the expected one.');
  return {
    sha256,
    canonical,
    schemaVersion,
    version: typeof parsed?.version === 'number' ? parsed.version : null,
    board: typeof parsed?.board?.name === 'string' ? parsed.board.name : null,
    matches,
    problems,
  };
}

function main(args: string[]): number {
  const [file, expected] = args;
  if (!file) {
    process.stderr.write('Usage: pnpm verify-packet <packet.json> [expected-sha256]\n');
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const check = verifyPacketBytes(bytes, expected);
  process.stdout.write(
    `${check.sha256}  ${file}\n` +
      (check.board
        ? `${check.board}, version ${check.version}, packet schema ${check.schemaVersion}\n`
        : '') +
      (check.problems.length
        ? check.problems.map((p) => `✗ ${p}\n`).join('')
        : `✓ Canonical packet JSON${check.matches ? '; the SHA-256 matches' : ''}.\n`),
  );
  return check.problems.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
