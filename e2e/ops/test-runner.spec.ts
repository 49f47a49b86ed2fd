// `pnpm test` must end whatever a suite does: scripts/run-suite.mjs runs each suite in its own
// process group under a wall-clock limit, and jest gets --forceExit. These run the real runner
// module and real jest on small fixture suites that hang in the two ways we have seen.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const runnerModule = path.join(repoRoot, 'scripts', 'run-suite.mjs');

interface SuiteRun {
  code: number | null;
  signal: string | null;
  hung: boolean;
  ms: number;
}

/** Calls runSuite in a separate node (the runner is an ES module) and returns its result. */
function runSuiteFor(options: Record<string, unknown>, budgetMs: number): Promise<SuiteRun> {
  const script = `
    import { runSuite } from ${JSON.stringify(runnerModule)};
    const result = await runSuite({ ...${JSON.stringify(options)}, env: process.env, log: () => {} });
    process.stdout.write('RESULT ' + JSON.stringify(result) + '\\n');
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the runner itself did not return within ${budgetMs} ms`));
    }, budgetMs);
    child.on('exit', () => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (line) resolve(JSON.parse(line.slice(7)) as SuiteRun);
      else reject(new Error(`no result from the runner: ${out}`));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, withinMs = 5000): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return !alive(pid);
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-runner-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a suite that never exits', () => {
  it('is killed at its wall-clock limit, with what it started, and reported as hung', async () => {
    // A suite that starts a helper (like a test server) and then waits forever.
    const pidFile = path.join(dir, 'helper.pid');
    const suite = `
      const { spawn } = require('node:child_process');
      const helper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(helper.pid));
      setInterval(() => {}, 1000);
    `;
    const result = await runSuiteFor(
      { name: 'fixture', command: process.execPath, args: ['-e', suite], timeoutMs: 1500 },
      30_000,
    );
    expect(result.hung).toBe(true);
    expect(result.code).not.toBe(0);
    const helper = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(await gone(helper)).toBe(true);
  }, 40_000);

  it('ends even when the suite ignores SIGTERM', async () => {
    const suite = `process.on('SIGTERM', () => {}); setInterval(() => {}, 1000);`;
    const result = await runSuiteFor(
      { name: 'stubborn', command: process.execPath, args: ['-e', suite], timeoutMs: 1000 },
      40_000,
    );
    expect(result.hung).toBe(true);
    expect(result.signal).toBe('SIGKILL');
  }, 50_000);
});

describe('a suite that finishes', () => {
  it('reports its exit code and leaves nothing it started running', async () => {
    const pidFile = path.join(dir, 'leftover.pid');
    const suite = `
      const { spawn } = require('node:child_process');
      const helper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      helper.unref();
      require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(helper.pid));
      process.exitCode = 3;
    `;
    const result = await runSuiteFor(
      { name: 'leaky', command: process.execPath, args: ['-e', suite], timeoutMs: 60_000 },
      30_000,
    );
    expect(result).toMatchObject({ code: 3, hung: false });
    expect(await gone(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(true);
  }, 40_000);
});

describe("jest under the runner's arguments", () => {
  it('exits after a spec that leaves a handle open and a test that never resolves', async () => {
    const project = path.join(dir, 'jest-fixture');
    fs.mkdirSync(project);
    fs.writeFileSync(
      path.join(project, 'jest.config.js'),
      "module.exports = { testEnvironment: 'node', testRegex: '\\\\.spec\\\\.js$' };",
    );
    fs.writeFileSync(
      path.join(project, 'open.spec.js'),
      `setInterval(() => {}, 1000); // an open handle, as a failed teardown leaves
       test('passes', () => expect(1).toBe(1));
       test('waits forever', () => new Promise(() => {}));`,
    );
    const printed = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { JEST_ARGS } from ${JSON.stringify(runnerModule)}; console.log(JSON.stringify(JEST_ARGS));`,
      ],
      { encoding: 'utf8' },
    );
    const JEST_ARGS = JSON.parse(printed.stdout) as string[];
    expect(JEST_ARGS).toContain('--forceExit');
    const jestBin = path.join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js');
    const args = JEST_ARGS.map((a) => (a.startsWith('--testTimeout') ? '--testTimeout=1000' : a));
    const started = Date.now();
    const run = spawnSync(process.execPath, [jestBin, '--ci', '--rootDir', project, ...args], {
      cwd: project,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.error).toBeUndefined(); // spawnSync's timeout would set it
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Exceeded timeout of 1000 ms/);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 70_000);
});
