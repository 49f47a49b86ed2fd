/**
 * Labelled sentences for measuring the coverage detector, written for Roundtable in fresh
 * policy-style wording. The held-out part was written after the detector was frozen.
 */
import { DEVELOPMENT_CORPUS } from './development';
import { HELD_OUT_CORPUS } from './held-out';
import type { CorpusEntry } from './types';

export type { CorpusEntry } from './types';
export { DEVELOPMENT_CORPUS } from './development';
export { HELD_OUT_CORPUS } from './held-out';
export { evaluateDetector, formatEvaluation, type Evaluation, type ItemScore } from './evaluate';

export const CORPUS: readonly CorpusEntry[] = [...DEVELOPMENT_CORPUS, ...HELD_OUT_CORPUS];
