// Builds the workspace when a build output is missing or older than its sources.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'node_modules', '.roundtable-build-stamp');
const outputs = ['shared/dist/index.js', 'server/dist/main.js', 'client/dist/index.html'];
const sources = ['shared/src', 'server/src', 'client/src', 'client/index.html', 'pnpm-lock.yaml'];

function newest(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    max = Math.max(max, newest(path.join(p, entry.name)));
  }
  return max;
}

export function buildIfNeeded() {
  const missing = outputs.some((o) => !fs.existsSync(path.join(root, o)));
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  const changed = sources.some((s) => newest(s) > built);
  if (!missing && !changed) return false;
  // A first build takes about a minute on a small machine; say so, and count the steps, so nobody
  // takes the wait for a hang.
  console.log(
    built === 0
      ? 'Building the web app (first run only, about a minute)…'
      : 'Building the web app (sources changed since the last build)…',
  );
  const steps = ['shared', 'server', 'client'];
  steps.forEach((pkg, i) => {
    const started = Date.now();
    console.log(`[${i + 1}/${steps.length}] building ${pkg}…`);
    execSync(`pnpm --filter @roundtable/${pkg} run build`, { cwd: root, stdio: 'inherit' });
    console.log(`[${i + 1}/${steps.length}] ${pkg} built in ${Math.round((Date.now() - started) / 1000)} s`);
  });
  fs.writeFileSync(stamp, new Date().toISOString());
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
