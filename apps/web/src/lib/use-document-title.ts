import { useEffect } from 'react';

/** Sets the browser tab's title as "<page> – Ladder", the first thing a screen reader reads on a new page. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} – Ladder`;
  }, [page]);
}
