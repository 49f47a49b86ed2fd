/**
 * The embedded default (no DATABASE_URL) after a crash: its PostgreSQL does not outlive a
 * killed server for long, a start that finds an earlier run's PostgreSQL still holding DATA_DIR
 * stops it and comes up with the data intact, and a start that cannot work says why.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort, GqlClient, startServer, TestServer, uniqueEmail } from './harness';

// A first run creates a cluster (initdb); a start after a crash replays PostgreSQL's WAL.
const SLOW_START = { healthyWithinMs: 120_000 };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

/** The running postmaster of a data directory, from the pid file PostgreSQL keeps there. */
function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function parentOf(pid: number): number {
  // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after ')'.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

describe('the embedded database after a crash', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let server: TestServer | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-embedded-'));
    env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), DEMO_DATA: 'false' };
  });

  afterAll(async () => {
    await server?.stop();
    // Whatever a failed assertion left behind: the database of this spec's data directory.
    try {
      const pid = postmasterPid(dataDir);
      if (alive(pid)) process.kill(pid, 'SIGQUIT');
      await gone(pid, 10_000);
    } catch {
      // no pid file: nothing running
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops its PostgreSQL soon after the server is killed with -9', async () => {
    server = await startServer(env, SLOW_START);
    const postgres = postmasterPid(dataDir);
    expect(alive(postgres)).toBe(true);
    await server.kill();
    server = undefined;
    expect(await gone(postgres, 45_000)).toBe(true);
  }, 200_000);

  it('starts again, with its data, when a kill -9 left the old PostgreSQL running', async () => {
    server = await startServer(env, SLOW_START);
    const email = uniqueEmail('crash');
    await new GqlClient(server.url).signUp(email, 'Crash Survivor', 'a-long-test-password');

    // The worst case: the server and the supervisor that would stop PostgreSQL both die at once
    // (a kill -9 of the whole group, or a start from before supervisors existed).
    const postgres = postmasterPid(dataDir);
    const supervisor = parentOf(postgres);
    process.kill(supervisor, 'SIGKILL');
    await server.kill();
    server = undefined;
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(postgres)).toBe(true); // still holding DATA_DIR, as in the report

    const started = Date.now();
    server = await startServer(env, SLOW_START);
    // A figure for the release note, not an assertion: durations belong in benchmarks.
    console.log(`restart after kill -9 with the old PostgreSQL running: ${Date.now() - started} ms`);
    expect(alive(postgres)).toBe(false);
    expect(server.logs()).not.toMatch(/failed to start/);

    const again = new GqlClient(server.url);
    await again.signIn(email, 'a-long-test-password');
    const me = await again.ok<{ me: { name: string } }>('{ me { name } }');
    expect(me.me.name).toBe('Crash Survivor');

    const current = postmasterPid(dataDir);
    await server.stop();
    server = undefined;
    expect(await gone(current, 30_000)).toBe(true); // a clean stop stops it too
  }, 400_000);

  it('says which port is taken when the embedded PostgreSQL cannot listen, not "undefined"', async () => {
    const taken = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => taken.once('listening', r));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const failure = await startServer({ ...env, EMBEDDED_PG_PORT: String(port) }, SLOW_START).then(
        async (s) => {
          await s.stop();
          return '';
        },
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/Roundtable failed to start/);
      expect(failure).not.toMatch(/failed to start: undefined/);
      expect(failure).toContain(`Port ${port} is taken`);
      expect(failure).toContain('EMBEDDED_PG_PORT');
    } finally {
      taken.close();
    }
  }, 200_000);

  (os.userInfo().uid === 0 ? it : it.skip)(
    'as root, explains that PostgreSQL cannot enter a private directory such as /root',
    async () => {
      const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-private-'));
      fs.chmodSync(privateDir, 0o700); // like /root
      try {
        const failure = await startServer(
          { ...env, DATA_DIR: path.join(privateDir, 'data'), EMBEDDED_PG_PORT: String(await freePort()) },
          SLOW_START,
        ).then(
          async (s) => {
            await s.stop();
            return '';
          },
          (error: Error) => error.message,
        );
        expect(failure).toContain(`"postgres" system user, and that user cannot enter ${privateDir}`);
        expect(failure).toMatch(/What to do: Set DATA_DIR to a directory outside it/);
        expect(failure).not.toMatch(/Permission denied\s*$/);
      } finally {
        fs.rmSync(privateDir, { recursive: true, force: true });
      }
    },
    200_000,
  );
});
