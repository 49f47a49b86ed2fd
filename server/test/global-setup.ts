import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Integration specs run the built server as a real process (Nest 12 is ESM-only and Jest's
 * module loader cannot load it in-process). Make sure the build is there and current.
 */
export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const main = path.join(root, 'dist', 'main.js');
  if (process.env.ROUNDTABLE_SKIP_BUILD === '1' && fs.existsSync(main)) return;
  execFileSync('pnpm', ['--filter', '@roundtable/shared', 'build'], { cwd: root, stdio: 'inherit' });
  execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
