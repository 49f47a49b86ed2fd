/**
 * The language checks, loaded on demand. They read sentences with wink-nlp and its English model
 * (about 1 MB gzipped), which only the policy editor needs: importing them statically put the model
 * in the main chunk, so the sign-in page, the board page and the share view downloaded it too.
 * `loadCheckEngine` fetches them once; until it resolves the editor shows no marks.
 */
export type CheckEngine = typeof import('./checkEngineImpl');

let engine: CheckEngine | null = null;
let loading: Promise<CheckEngine> | null = null;

/** The checks if their chunk has arrived, else null. */
export function checkEngine(): CheckEngine | null {
  return engine;
}

/** Fetches the checks' chunk (once) and resolves with them. */
export function loadCheckEngine(): Promise<CheckEngine> {
  loading ??= Promise.all([
    import('./checkEngineImpl'),
    import('./readerEngine').then((m) => m.loadReaderEngine()),
  ]).then(
    ([m]) => (engine = m),
    (error: unknown) => {
      // A failed fetch (offline, a redeploy) may be retried on the next editor.
      loading = null;
      throw error;
    },
  );
  return loading;
}
