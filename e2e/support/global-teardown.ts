import fs from 'node:fs';
import { Client } from 'pg';
import { clearState, readState } from './state';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopServer(pid: number): Promise<void> {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 25_000; // the server gives itself 20 s to finish writes
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

/** Stops the server global setup started and drops its database. */
export default async function globalTeardown(): Promise<void> {
  const state = readState();
  if (!state) return;
  try {
    if (state.serverPid) await stopServer(state.serverPid);
    if (state.adminUrl && state.databaseName) {
      const admin = new Client({ connectionString: state.adminUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${state.databaseName}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    }
    if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true });
  } finally {
    clearState();
  }
}
