/**
 * Labelled clauses for measuring coverage. The development part (development.json) is ours and
 * may be tuned on. The held-out part (heldout/*.json) is written by people who never see the
 * detector: only its aggregate figures are ever printed, and nothing is tuned on it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LabelledEntry } from './types';

export type { LabelledEntry, Verdict } from './types';
export {
  evaluateCoverage,
  formatErrors,
  formatSummary,
  predictVerdicts,
  VERDICTS,
  type EntryError,
  type Evaluation,
} from './evaluate';

/** The corpus files live beside the sources; from dist/corpus the same path points back to src. */
const CORPUS_DIR = path.resolve(__dirname, '..', '..', 'src', 'corpus');

function load(file: string): LabelledEntry[] {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a JSON array of labelled entries`);
  return entries as LabelledEntry[];
}

/** The development part: written alongside the reader and used while building it. */
export function developmentCorpus(): LabelledEntry[] {
  return load(path.join(CORPUS_DIR, 'development.json'));
}

/** The held-out part, every heldout/*.json file; empty until those files exist. */
export function heldOutCorpus(): LabelledEntry[] {
  const dir = path.join(CORPUS_DIR, 'heldout');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => load(path.join(dir, f)));
}
