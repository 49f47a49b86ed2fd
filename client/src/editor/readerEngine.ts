/**
 * Stands in for shared's coverage/engine.ts in the browser build (vite.config.ts resolves nlp.ts's
 * import of it here), so that wink-nlp and its model are not in the main chunk: `loadReaderEngine`
 * fetches the real module in a chunk of its own. Nothing reads a sentence before then: the checks
 * run only once `loadCheckEngine` has resolved, which waits for this.
 */
import type { Nlp } from '../../../shared/src/coverage/engine';

let nlp: Nlp | null = null;

export function engine(): Nlp {
  if (!nlp) throw new Error('The sentence reader is still loading: await loadCheckEngine() first.');
  return nlp;
}

export async function loadReaderEngine(): Promise<void> {
  const real = await import('../../../shared/src/coverage/engine');
  nlp ??= real.engine();
}
