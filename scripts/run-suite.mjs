// Runs one test suite (jest or Playwright) as its own process group with a wall-clock limit, so a
// suite that never exits (an open handle, a stuck browser, a sync loop) costs its limit and is
// reported by name instead of burning the whole CI job.
import { spawn } from 'node:child_process';

const GRACE_MS = 10_000;

/**
 * jest's arguments for every suite: --forceExit so a spec that leaves a socket or timer open
 * cannot keep jest alive after its last test (the report is written first), and --testTimeout
 * so one test's unbounded await fails that test instead of the run.
 */
export const JEST_ARGS = ['--forceExit', '--testTimeout=60000'];

// Suites run in groups of their own, so a Ctrl-C or a CI cancel of this runner would not reach
// them: pass it on rather than leave a server or browser running.
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const pid of running) killGroup(pid, 'SIGKILL');
    process.exit(130);
  });
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal); // the whole group: jest workers, servers the tests started, browsers
    return true;
  } catch {
    return false; // the group is gone already
  }
}

/**
 * Spawns `command args` detached (a process group of its own) with output inherited, and
 * resolves `{ code, signal, hung, ms }` when it exits, or once it has been killed after
 * `timeoutMs` (SIGTERM to the group, SIGKILL after a grace period). Whatever the group left
 * behind (a test server, a PostgreSQL, Chromium) is killed when the suite ends either way.
 */
export function runSuite({ name, command, args, cwd, env, timeoutMs, log = console.error }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit', detached: true });
    if (child.pid) running.add(child.pid);
    let hung = false;
    let settled = false;
    const finish = (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(escalate);
      // Leftovers of a finished suite hold ports and memory the next suite needs.
      if (child.pid) killGroup(child.pid, 'SIGKILL');
      running.delete(child.pid);
      resolve({ code, signal, hung, ms: Date.now() - started });
    };
    let escalate;
    const timer = setTimeout(() => {
      hung = true;
      log(
        `\n*** ${name}: still running after ${Math.round(timeoutMs / 60_000)} min (wall-clock limit); ` +
          'killing its process group and counting it as failed ***',
      );
      killGroup(child.pid, 'SIGTERM');
      escalate = setTimeout(() => {
        killGroup(child.pid, 'SIGKILL');
        // Whatever ignored both signals in a way we cannot wait on: report anyway.
        setTimeout(() => finish(null, 'SIGKILL'), 2_000).unref();
      }, GRACE_MS);
    }, timeoutMs);
    child.once('error', (error) => {
      log(`${name}: could not start ${command}: ${error.message}`);
      finish(127, null);
    });
    child.once('exit', (code, signal) => finish(code, signal));
  });
}
