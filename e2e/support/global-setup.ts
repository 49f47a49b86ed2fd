import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import globalTeardown from './global-teardown';
import { e2eRoot, repoRoot, tmpDir, writeState, type E2eState } from './state';

/**
 * The PostgreSQL server to create the test database on: the one `pnpm test` points at
 * (TEST_DATABASE_ADMIN_URL / DATABASE_URL), else the machine's own on 127.0.0.1:5432.
 */
export function adminDatabaseUrl(): string {
  return (
    process.env.TEST_DATABASE_ADMIN_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 40): string {
  if (!fs.existsSync(file)) return '(no server output)';
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

async function waitForHealth(
  url: string,
  child: { exitCode: number | null; signalCode: string | null },
  logFile: string,
) {
  const deadline = Date.now() + 90_000;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${tail(logFile)}`,
      );
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `The server did not answer /healthz with 200 within 90 s (last: ${last}):\n${tail(logFile)}`,
  );
}

export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL) {
    writeState({ baseUrl: process.env.E2E_BASE_URL.replace(/\/+$/, '') });
    return;
  }

  const serverMain = path.join(repoRoot, 'server', 'dist', 'main.js');
  const clientDist = path.join(repoRoot, 'client', 'dist');
  for (const built of [serverMain, path.join(clientDist, 'index.html')]) {
    if (!fs.existsSync(built))
      throw new Error(
        `${path.relative(repoRoot, built)} is missing: run \`pnpm build\` at the repository root first.`,
      );
  }

  const adminUrl = adminDatabaseUrl();
  const databaseName = `rt_e2e_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${databaseName}"`);
  } finally {
    await admin.end();
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  fs.mkdirSync(tmpDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-e2e-data-'));
  const logFile = path.join(tmpDir, 'server.log');
  const log = fs.openSync(logFile, 'w');

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_ORIGIN: baseUrl,
    DATABASE_URL: withDatabase(adminUrl, databaseName),
    DEMO_DATA: 'true',
    SESSION_SECRET: crypto.randomBytes(32).toString('base64url'),
    CLIENT_DIST: clientDist,
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  };
  // One replica, in-process pub/sub: the browser specs do not depend on Redis.
  delete env.REDIS_URL;
  delete env.ALLOWED_ORIGINS;

  const child = spawn(process.execPath, [serverMain], { cwd: e2eRoot, env, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const state: E2eState = { baseUrl, serverPid: child.pid, databaseName, adminUrl, dataDir, logFile };
  writeState(state);
  try {
    await waitForHealth(baseUrl, child, logFile);
  } catch (error) {
    await globalTeardown();
    throw error;
  }
  process.env.E2E_BASE_URL = baseUrl;
}
