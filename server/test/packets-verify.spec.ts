import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSamplePacket, freezePacket } from '@roundtable/shared';
import { verifyPacketBytes } from '../src/packets/verify-packet';

describe('verify-packet', () => {
  const frozen = freezePacket(buildSamplePacket({ clauses: 3, version: 2 }));
  const old = freezePacket(buildSamplePacket({ clauses: 3, schemaVersion: 1 }));

  it('recomputes the hash of the exact bytes, for packets of either schema', () => {
    for (const f of [frozen, old]) {
      const check = verifyPacketBytes(Buffer.from(f.json, 'utf8'), f.sha256);
      expect(check).toMatchObject({ sha256: f.sha256, canonical: true, matches: true, problems: [] });
    }
  });

  it('tells a tampered or re-formatted file from the published one', () => {
    const tampered = Buffer.from(frozen.json.replace('Oak City', 'Oak Town'), 'utf8');
    expect(verifyPacketBytes(tampered, frozen.sha256).matches).toBe(false);
    const pretty = Buffer.from(JSON.stringify(JSON.parse(frozen.json), null, 2), 'utf8');
    expect(verifyPacketBytes(pretty).canonical).toBe(false);
    expect(verifyPacketBytes(Buffer.from('not json')).problems).toContain('The file is not JSON.');
  });

  it('runs as a command that exits 0 only for a match', () => {
    const cli = path.join(__dirname, '..', 'dist', 'packets', 'verify-packet.js');
    const file = path.join(os.tmpdir(), `rt-verify-${process.pid}.json`);
    fs.writeFileSync(file, frozen.json);
    try {
      expect(execFileSync(process.execPath, [cli, file, frozen.sha256], { encoding: 'utf8' })).toContain(
        `${frozen.sha256}  ${file}`,
      );
      expect(() => execFileSync(process.execPath, [cli, file, '0'.repeat(64)], { stdio: 'pipe' })).toThrow();
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
