// The README's production command makes POSTGRES_PASSWORD with `openssl rand -base64 24`, so
// the password can hold `/` and `+` (about 39% of them hold a `/`). Render docker-compose.yml
// with a password full of URL characters, give a real server the environment Compose would give
// a replica, and check it reaches a PostgreSQL that checks passwords (scram-sha-256; the
// machine's own server trusts local connections, so the embedded one stands in for the
// compose `postgres` service).
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { composePath, environmentOf, interpolateAll, parseCompose, repoRoot } from './compose-file';

const HOSTILE = 'Ab/+c@d:e%f#g?h&i=j/k%2F+/=';
const serverMain = path.join(repoRoot, 'server', 'dist', 'main.js');

interface Embedded {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The replica's environment as `docker compose config` would show it for this password. */
function replicaEnvironment(password: string): Record<string, string> {
  const compose = interpolateAll(parseCompose(fs.readFileSync(composePath, 'utf8')), {
    SESSION_SECRET: 'compose-test-secret-compose-test-secret-0123',
    POSTGRES_PASSWORD: password,
  });
  const env = environmentOf(compose.services['server-1']);
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== null)) as Record<string, string>;
}

describe('a database password full of URL characters', () => {
  let dataDir: string;
  let embedded: Embedded | undefined;
  let pgPort: number;
  let server: ChildProcess | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-compose-pw-'));
    pgPort = await freePort();
    const { startEmbeddedPostgres } = require(
      path.join(repoRoot, 'server', 'dist', 'core', 'database', 'embedded.js'),
    ) as { startEmbeddedPostgres(dir: string, port: number, log: (m: string) => void): Promise<Embedded> };
    embedded = await startEmbeddedPostgres(dataDir, pgPort, () => undefined);
    // What the postgres image does with POSTGRES_USER/POSTGRES_PASSWORD/POSTGRES_DB.
    const admin = new Client({ connectionString: embedded.url });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE roundtable LOGIN PASSWORD ${admin.escapeLiteral(HOSTILE)}`);
      await admin.query('CREATE DATABASE roundtable_compose OWNER roundtable');
    } finally {
      await admin.end();
    }
  }, 180_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    await embedded?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('is passed to the replicas whole, outside the URL', () => {
    const env = replicaEnvironment(HOSTILE);
    expect(env.PGPASSWORD).toBe(HOSTILE);
    expect(new URL(env.DATABASE_URL).password).toBe('');
  });

  it('lets a server started with the replica environment sign people up', async () => {
    const env = replicaEnvironment(HOSTILE);
    // Only the addresses differ from inside Compose: this machine's ports instead of service names.
    const url = new URL(env.DATABASE_URL);
    url.hostname = '127.0.0.1';
    url.port = String(pgPort);
    url.pathname = '/roundtable_compose';
    const port = await freePort();
    let output = '';
    delete env.REDIS_URL; // one replica here: no fan-out needed
    server = spawn(process.execPath, [serverMain], {
      env: {
        PATH: process.env.PATH,
        ...env,
        DATABASE_URL: url.toString(),
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
        DATA_DIR: path.join(dataDir, 'app'),
        CLIENT_DIST: path.join(repoRoot, 'client', 'dist'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (c) => (output += c));
    server.stderr!.on('data', (c) => (output += c));
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server stopped (${server.exitCode}):\n${output}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`the server did not become healthy:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }',
        variables: {
          i: { email: 'compose@example.test', name: 'Compose', password: 'a-long-test-password' },
        },
      }),
    });
    const body = (await res.json()) as { data?: { signUp?: { id: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.signUp?.id).toBeTruthy();
  }, 180_000);
});
