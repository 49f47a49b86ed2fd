import { useEffect } from 'react';

/** Sets the document title, so screen readers and tabs name the page the person is on. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Roundtable` : 'Roundtable';
  }, [title]);
}
