/**
 * `pnpm backup` / `pnpm restore` (scripts/backup.mjs): the demo board's whole record, backed up
 * from one database and restored into an empty one, is the same table by table and row by row,
 * and a server started on the copy serves it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createTestDatabase, GqlClient, startServer, TestDatabase } from './harness';

const script = path.resolve(__dirname, '..', '..', 'scripts', 'backup.mjs');

function tool(mode: 'backup' | 'restore', file: string, databaseUrl: string) {
  return spawnSync(process.execPath, [script, mode, file], {
    env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/** Every table's row count and a checksum of its rows in a stable order. */
async function fingerprint(db: TestDatabase): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ n: string; sum: string | null }>(
      `SELECT count(*)::text AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS sum FROM "${name}" t`,
    );
    result[name] = `${row.n} rows, ${row.sum ?? 'empty'}`;
  }
  return result;
}

describe('backup and restore', () => {
  let source: TestDatabase;
  let copy: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-backup-'));
    source = await createTestDatabase();
    copy = await createTestDatabase();
    // The demo loader seeds a board with members, a draft and its edit log, votes and audit.
    const server = await startServer({ DATABASE_URL: source.url, DEMO_DATA: 'true' });
    await server.stop();
  }, 120_000);

  afterAll(async () => {
    await source?.drop();
    await copy?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores every table of a backup, row for row, into an empty database', async () => {
    const file = path.join(dir, 'roundtable.dump');
    const backup = tool('backup', file, source.url);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    const restore = tool('restore', file, copy.url);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);

    const before = await fingerprint(source);
    expect(Object.keys(before).length).toBeGreaterThan(10);
    expect(before.user_account).not.toMatch(/^0 rows/); // the demo really was loaded
    expect(await fingerprint(copy)).toEqual(before);
  }, 240_000);

  it('serves the restored record: a demo member signs in on the copy', async () => {
    const server = await startServer({ DATABASE_URL: copy.url, DEMO_DATA: 'false' });
    try {
      const client = new GqlClient(server.url);
      await client.signIn('facilitator@riverside.example', 'riverside-demo');
      const data = await client.ok<{ myBoards: { name: string }[] }>('{ myBoards { name } }');
      expect(data.myBoards.length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('refuses to restore over a database that already has a record', () => {
    const restore = tool('restore', path.join(dir, 'roundtable.dump'), source.url);
    expect(restore.status).toBe(2);
    expect(restore.stderr).toMatch(/already holds \d+ tables\. Restore into an empty database/);
  });
});
