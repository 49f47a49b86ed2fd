/** Local copies of drafts (and of meeting minutes) live in IndexedDB databases named with this prefix and the document name. */
export const LOCAL_DB_PREFIX = 'roundtable.draft.';

/** Forgets every local draft copy, so the next person at this computer finds none (best effort). */
export async function clearLocalDrafts(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  try {
    const databases = await indexedDB.databases();
    await Promise.all(
      databases
        .map((db) => db.name)
        .filter((name): name is string => typeof name === 'string' && name.startsWith(LOCAL_DB_PREFIX))
        .map(
          (name) =>
            new Promise<void>((resolve) => {
              const request = indexedDB.deleteDatabase(name);
              request.onsuccess = request.onerror = request.onblocked = () => resolve();
            }),
        ),
    );
  } catch {
    // Private windows may refuse; there is nothing stored there to forget.
  }
}
