import fs from 'node:fs';
import path from 'node:path';

/** What global setup started, so teardown (and the tests) can find it. */
export interface E2eState {
  baseUrl: string;
  /** Set when setup started the server itself. */
  serverPid?: number;
  databaseName?: string;
  adminUrl?: string;
  dataDir?: string;
  logFile?: string;
}

export const e2eRoot = path.resolve(__dirname, '..');
export const repoRoot = path.resolve(e2eRoot, '..');
export const tmpDir = path.join(e2eRoot, '.tmp');
const stateFile = path.join(tmpDir, 'e2e-state.json');

export function writeState(state: E2eState): void {
  fs.mkdirSync(tmpDir, { recursive: true });
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));
}

export function readState(): E2eState | undefined {
  if (!fs.existsSync(stateFile)) return undefined;
  return JSON.parse(fs.readFileSync(stateFile, 'utf8')) as E2eState;
}

export function clearState(): void {
  fs.rmSync(stateFile, { force: true });
}

/** The app under test: E2E_BASE_URL (set by global setup, or by you), else the state file. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL ?? readState()?.baseUrl;
  if (!url) throw new Error('No app to test: global setup did not run and E2E_BASE_URL is not set.');
  return url;
}
