/**
 * The embedded PostgreSQL's keeper, run as its own small process by embedded.ts:
 *
 *   server ──stdin pipe──▶ supervisor ──spawns──▶ postgres
 *
 * When the server goes, however it goes (a clean stop, a crash, kill -9, the OOM killer), the
 * kernel closes the server's end of the pipe and the supervisor reads end-of-file. It then asks
 * PostgreSQL for a fast shutdown (SIGINT: open transactions roll back, everything committed is
 * on disk) and exits once PostgreSQL has. So the embedded database never outlives its server for
 * longer than a shutdown takes, and nothing depends on the server running a handler as it dies.
 *
 * Why a process of its own: PostgreSQL has no "stop when my parent dies" option and Node cannot
 * ask the kernel for one (prctl PR_SET_PDEATHSIG). The supervisor runs in a process group of
 * its own, so a Ctrl-C aimed at the server's terminal does not stop the database before the
 * server has flushed its last writes; the server closes the pipe when it is done.
 *
 * Argument: one JSON object { bin, args, uid?, gid?, logFile }.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';

interface SupervisorOptions {
  bin: string;
  args: string[];
  uid?: number;
  gid?: number;
  logFile: string;
}

const FAST_SHUTDOWN_MS = 30_000;
const IMMEDIATE_SHUTDOWN_MS = 10_000;

const options = JSON.parse(process.argv[2] ?? '{}') as SupervisorOptions;
const parent = process.ppid;
const log = fs.openSync(options.logFile, 'a');
const postgres = spawn(options.bin, options.args, {
  stdio: ['ignore', log, log],
  ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid } : {}),
  env: { ...process.env, LC_MESSAGES: 'C' },
});
fs.closeSync(log);

let stopping = false;
function stop(reason: string): void {
  if (stopping) return;
  stopping = true;
  fs.appendFileSync(options.logFile, `roundtable supervisor: ${reason}; stopping PostgreSQL (fast)\n`);
  postgres.kill('SIGINT');
  // A fast shutdown that does not finish (a stuck backend) gets an immediate one: no data loss,
  // PostgreSQL replays its WAL on the next start. Then give up on it.
  setTimeout(() => postgres.kill('SIGQUIT'), FAST_SHUTDOWN_MS).unref();
  setTimeout(() => process.exit(1), FAST_SHUTDOWN_MS + IMMEDIATE_SHUTDOWN_MS).unref();
}

postgres.on('error', (error) => {
  fs.appendFileSync(options.logFile, `roundtable supervisor: cannot run PostgreSQL: ${error.message}\n`);
  process.exit(1);
});
postgres.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));

process.stdin.on('end', () => stop('the server closed its pipe'));
process.stdin.on('close', () => stop('the server is gone'));
process.stdin.on('error', () => stop('the server is gone'));
process.stdin.resume();
// Belt and braces: the pipe closes when the server dies, but a reparented supervisor is proof too.
setInterval(() => {
  if (process.ppid !== parent) stop('the server is gone');
}, 1000).unref();
// SIGINT from a terminal is the server's to handle; it closes the pipe when it has finished.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => stop('asked to stop (SIGTERM)'));
process.on('SIGHUP', () => stop('asked to stop (SIGHUP)'));
