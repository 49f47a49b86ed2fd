import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as net from 'node:net';
import * as path from 'node:path';
import { Client } from 'pg';

/** The PostgreSQL server tests use: DATABASE_URL's server when set, else the machine's local one. */
export const ADMIN_URL =
  process.env.TEST_DATABASE_ADMIN_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const SERVER_MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');

export interface TestDatabase {
  url: string;
  name: string;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A fresh database for one spec file, dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `rt_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  let connected = false;
  return {
    url: url.toString(),
    name,
    async query<T>(sql: string, params?: unknown[]) {
      if (!connected) {
        await client.connect();
        connected = true;
      }
      return (await client.query(sql, params as unknown[])).rows as T[];
    },
    async drop() {
      if (connected) await client.end();
      const again = new Client({ connectionString: ADMIN_URL });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
    server.on('error', reject);
  });
}

export interface TestServer {
  url: string;
  port: number;
  process: ChildProcess;
  logs(): string;
  /** SIGTERM and wait for exit (graceful shutdown). */
  stop(): Promise<number | null>;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
}

/** Starts the built server as a child process and waits until /healthz answers. */
export async function startServer(
  env: Record<string, string | undefined>,
  options: { port?: number; healthyWithinMs?: number } = {},
): Promise<TestServer> {
  const port = options.port ?? (await freePort());
  let output = '';
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      SESSION_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      DATA_DIR: path.join(require('node:os').tmpdir(), `rt-data-${port}`),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.healthyWithinMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    process: child,
    logs: () => output,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL client with its own cookie jar: one per simulated browser. */
export class GqlClient {
  cookie = '';

  constructor(readonly baseUrl: string) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const match = /rt_session=([^;]*)/.exec(setCookie);
      if (match) this.cookie = match[1] ? `rt_session=${match[1]}` : '';
    }
    return (await res.json()) as GqlResult<T>;
  }

  /** Like gql, but throws with the server's message when the operation failed. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length)
      throw new Error(`${result.errors[0].extensions?.code}: ${result.errors[0].message}`);
    return result.data as T;
  }

  async signUp(
    email: string,
    name = email.split('@')[0],
    password = 'a-long-test-password',
  ): Promise<string> {
    const data = await this.ok<{ signUp: { id: string } }>(
      'mutation($input: SignUpInput!) { signUp(input: $input) { id } }',
      { input: { email, name, password } },
    );
    return data.signUp.id;
  }

  async signIn(email: string, password: string): Promise<string> {
    const data = await this.ok<{ signIn: { id: string } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
      { input: { email, password } },
    );
    return data.signIn.id;
  }
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.test`;
}
