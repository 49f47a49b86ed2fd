// `pnpm backup <file>` and `pnpm restore <file>`: the whole record (every board, account, draft,
// edit log, vote, packet and audit entry) with PostgreSQL's own pg_dump / pg_restore.
//
// Which database: DATABASE_URL (with PGPASSWORD if the password is kept out of it, as in
// docker-compose.yml), else the embedded one under DATA_DIR (default ./data), started for the
// duration if the server is not running. A restore goes into an empty database only: a fresh
// `createdb`, or a new DATA_DIR; it refuses one that already holds Roundtable's tables.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverRequire = createRequire(path.join(root, 'server', 'package.json'));
const { Client } = serverRequire('pg');

class UsageError extends Error {}

/** The database to work on, as a URL without its password plus the password on its own. */
async function target() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const password = process.env.PGPASSWORD || decodeURIComponent(url.password);
    url.password = '';
    return { url, password, stop: async () => undefined };
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'));
  const embedded = path.join(root, 'server', 'dist', 'core', 'database', 'embedded.js');
  if (!fs.existsSync(embedded)) throw new UsageError('Build first: pnpm build');
  const { runningEmbeddedUrl, startEmbeddedPostgres } = serverRequire(embedded);
  // The server's own PostgreSQL when it runs; otherwise start it for this command only.
  const running = runningEmbeddedUrl(dataDir);
  const db = running
    ? { url: running, stop: async () => undefined }
    : await startEmbeddedPostgres(dataDir, Number(process.env.EMBEDDED_PG_PORT ?? 54329), (m) =>
        console.error(m),
      );
  const url = new URL(db.url);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url, password, stop: () => db.stop() };
}

/**
 * A pg_dump/pg_restore at least as new as the server (an older one refuses a newer server):
 * PG_BIN if set, then Debian's /usr/lib/postgresql/<major>/bin, newest first, then PATH.
 */
function findTool(name, serverMajor) {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(path.join(process.env.PG_BIN, name));
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian))
    for (const major of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a)))
      candidates.push(path.join(debian, major, 'bin', name));
  candidates.push(name);
  const seen = [];
  for (const bin of candidates) {
    const run = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    if (run.status !== 0) continue;
    const major = Number(/(\d+)(?:\.\d+)?/.exec(run.stdout.replace(/^[^)]*\)/, ''))?.[1]);
    seen.push(`${bin} (${major})`);
    if (major >= serverMajor) return bin;
  }
  throw new UsageError(
    `${name} ${serverMajor} or newer is needed for this PostgreSQL ${serverMajor} server; found ${seen.join(', ') || 'none'}. ` +
      `Install postgresql-client-${serverMajor} (apt.postgresql.org) and/or set PG_BIN to its bin directory.`,
  );
}

async function inspect(url, password) {
  const client = new Client({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || undefined,
    database: decodeURIComponent(url.pathname.slice(1)),
    password,
  });
  await client.connect();
  try {
    const version = await client.query('SHOW server_version_num');
    const tables = await client.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    return {
      major: Math.floor(Number(version.rows[0].server_version_num) / 10000),
      tables: tables.rows[0].n,
    };
  } finally {
    await client.end();
  }
}

function run(bin, args, password) {
  const result = spawnSync(bin, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    // The password through the environment, never on a command line others can read.
    env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' },
  });
  if (result.status !== 0)
    throw new Error(`${path.basename(bin)} failed (exit ${result.status ?? result.signal})`);
}

async function main() {
  const [mode, file] = process.argv.slice(2);
  if (!['backup', 'restore'].includes(mode) || !file)
    throw new UsageError('Usage: pnpm backup <file> | pnpm restore <file>');
  // pnpm runs scripts from the repository root; a relative path means the caller's directory.
  const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (mode === 'restore' && !fs.existsSync(out)) throw new UsageError(`No backup at ${out}`);
  const db = await target();
  try {
    const { major, tables } = await inspect(db.url, db.password);
    if (mode === 'backup') {
      // Custom format: compressed, and pg_restore can restore it whole or in parts.
      run(
        findTool('pg_dump', major),
        ['--format=custom', '--no-owner', '--no-privileges', `--file=${out}`, `--dbname=${db.url}`],
        db.password,
      );
      console.log(
        `Backed up ${db.url.pathname.slice(1)} (${tables} tables) to ${out} (${fs.statSync(out).size} bytes).`,
      );
    } else {
      if (tables > 0)
        throw new UsageError(
          `${db.url.pathname.slice(1)} already holds ${tables} tables. Restore into an empty database: ` +
            'createdb a new one and point DATABASE_URL at it (or use a new DATA_DIR), then start Roundtable on it.',
        );
      run(
        findTool('pg_restore', major),
        [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          `--dbname=${db.url}`,
          out,
        ],
        db.password,
      );
      console.log(`Restored ${out} into ${db.url.pathname.slice(1)}.`);
    }
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof UsageError ? error.message : `Failed: ${error.message ?? error}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
