// `pnpm bench [name…]`: runs the named benchmarks (all when none given), each in its own process.
// Every benchmark prints its figures and ends with a line `BENCH <name> {json}`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const available = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_'))
  .map((f) => f.replace(/\.mjs$/, ''))
  .sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
buildIfNeeded();
let failed = 0;
for (const name of wanted.length ? wanted : available) {
  console.log(`\n### bench ${name}`);
  const run = spawnSync(process.execPath, [path.join(here, `${name}.mjs`)], {
    stdio: 'inherit',
    env: process.env,
  });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
