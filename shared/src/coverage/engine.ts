/**
 * The wink-nlp engine with its English model: the only module that imports them, so a client can
 * swap this one file for a lazily loaded engine (the model is about 1 MB gzipped; see the client's
 * vite.config.ts) while everything else reads `tokenize` in nlp.ts.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Nlp = ReturnType<typeof winkNLP>;
/** The pipes the reader uses: sentence boundaries, negation scope, parts of speech. */
export const NLP_PIPES = ['sbd', 'negation', 'pos'] as const;

let nlp: Nlp | null = null;

/** Loading the model takes ~80 ms; do it on first use, not on import. */
export function engine(): Nlp {
  if (!nlp) nlp = winkNLP(model, [...NLP_PIPES]);
  return nlp;
}
