import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** A number that moves on every change of the live document, to re-derive text and anchors from it. */
export function useDocVersion(doc: Y.Doc | null): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!doc) return;
    const bump = () => setVersion((v) => v + 1);
    doc.on('update', bump);
    return () => doc.off('update', bump);
  }, [doc]);
  return version;
}
