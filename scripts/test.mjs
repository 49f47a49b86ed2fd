// `pnpm test`: every test of every package, e2e included, then one closing line
// "N passed, N failed". Uses DATABASE_URL's PostgreSQL server when set (each suite creates and
// drops its own databases there); otherwise starts an embedded PostgreSQL for the run.
// Every suite runs under a wall-clock limit (run-suite.mjs): a hung suite is killed, named and
// counted as failed, so the run always ends with its summary.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { buildIfNeeded } from './build-if-needed.mjs';
import { JEST_ARGS, runSuite } from './run-suite.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2); // e.g. `pnpm test server client`
const results = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-test-'));
// As root the embedded PostgreSQL runs as the postgres user, which must be able to enter it.
fs.chmodSync(tmp, 0o755);

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

buildIfNeeded();

const env = { ...process.env, ROUNDTABLE_SKIP_BUILD: '1', FORCE_COLOR: '0' };
let embedded;
if (!process.env.DATABASE_URL) {
  const require = createRequire(import.meta.url);
  const { startEmbeddedPostgres } = require(path.join(root, 'server/dist/core/database/embedded.js'));
  const port = await freePort();
  console.log(`DATABASE_URL is not set: starting an embedded PostgreSQL for the tests on port ${port}…`);
  embedded = await startEmbeddedPostgres(path.join(tmp, 'pg'), port, (m) => console.log(m));
  env.DATABASE_URL = embedded.url.replace(/\/roundtable$/, '/postgres');
}
env.TEST_DATABASE_ADMIN_URL = env.DATABASE_URL;
const redisUrl = new URL(env.REDIS_URL ?? 'redis://127.0.0.1:6379');
env.TEST_REDIS_URL = redisUrl.toString();
env.TEST_REDIS_AVAILABLE = (await reachable(redisUrl.hostname, Number(redisUrl.port || 6379))) ? '1' : '0';
if (env.TEST_REDIS_AVAILABLE !== '1' && process.env.REQUIRE_REDIS === '1') {
  console.error(`Redis is required (REQUIRE_REDIS=1) but not reachable at ${redisUrl}.`);
  process.exit(1);
}
if (env.TEST_REDIS_AVAILABLE !== '1') {
  console.log(
    `Redis is not reachable at ${redisUrl}: multi-replica tests will be skipped (CI requires them).`,
  );
}

const MINUTE = 60_000;
// Generous: each is several times what the suite takes on a busy CI machine. Overridable for
// slower machines (minutes).
const limitMinutes = Number(process.env.TEST_SUITE_TIMEOUT_MINUTES) || 0;
const limit = (minutes) => (limitMinutes || minutes) * MINUTE;

/** A hung suite names itself in the summary and counts as one more failure. */
function hungNote(name, run) {
  if (!run.hung) return '';
  console.error(`${name}: HUNG and was killed (${Math.round(run.ms / 1000)} s)`);
  return ' (hung: killed at its time limit)';
}

async function runJest(name, cwd, extraArgs = [], minutes = 10) {
  const out = path.join(tmp, `${name}.json`);
  const jestBin = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const run = await runSuite({
    name,
    command: process.execPath,
    args: [jestBin, '--json', `--outputFile=${out}`, ...JEST_ARGS, ...extraArgs],
    cwd,
    env,
    timeoutMs: limit(minutes),
  });
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
    skipped = report.numPendingTests + report.numTodoTests;
  }
  if (run.hung) failed += 1;
  if (run.code !== 0 && failed === 0) failed = 1; // a crash with no report still fails the run
  results.push({ name, passed, failed, skipped, note: hungNote(name, run) });
}

async function runPlaywright(minutes = 15) {
  const out = path.join(tmp, 'playwright.json');
  if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    console.error("e2e: Chromium is missing. Install Debian's package: apt-get install -y chromium");
    results.push({ name: 'e2e (browser)', passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const bin = path.join(root, 'e2e', 'node_modules', '.bin', 'playwright');
  const run = await runSuite({
    name: 'e2e',
    command: bin,
    args: ['test', '--reporter=list,json'],
    cwd: path.join(root, 'e2e'),
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
    timeoutMs: limit(minutes),
  });
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (fs.existsSync(out)) {
    const stats = JSON.parse(fs.readFileSync(out, 'utf8')).stats ?? {};
    passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed = stats.unexpected ?? 0;
    skipped = stats.skipped ?? 0;
  }
  if (run.hung) failed += 1;
  if (run.code !== 0 && failed === 0) failed = 1;
  results.push({ name: 'e2e (browser)', passed, failed, skipped, note: hungNote('e2e', run) });
}

const suites = [
  ['shared', () => runJest('shared', path.join(root, 'shared'))],
  ['server', () => runJest('server', path.join(root, 'server'), ['--runInBand'], 20)],
  ['client', () => runJest('client', path.join(root, 'client'))],
  ['e2e-unit', () => runJest('e2e-unit', path.join(root, 'e2e'))],
  ['e2e', runPlaywright],
];
try {
  for (const [name, run] of suites) {
    if (only.length && !only.includes(name)) continue;
    console.log(`\n=== ${name} ===`);
    await run();
  }
} finally {
  if (embedded) await embedded.stop();
}

console.log('\nSummary');
for (const r of results)
  console.log(
    `  ${r.name.padEnd(16)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped${r.note ?? ''}`,
  );
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
