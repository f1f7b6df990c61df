import { useState } from 'react';
import { PAGE_SIZE } from '../../ui/Pager';

// The queues are plain lists (not connections): shown a page of PAGE_SIZE at a time, so a long
// queue does not ask for every requester's balance at once.
export type PageOf<T> = { items: T[]; pageNumber: number; pageCount: number; total: number; next(): void; previous(): void };

export function usePageOf<T>(all: readonly T[]): PageOf<T> {
  const [wanted, setWanted] = useState(1);
  const pageCount = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  // A queue that shrank (a refetch) never leaves the viewer past its last page.
  const pageNumber = Math.min(wanted, pageCount);
  return {
    items: all.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE),
    pageNumber,
    pageCount,
    total: all.length,
    next: () => setWanted(Math.min(pageNumber + 1, pageCount)),
    previous: () => setWanted(Math.max(pageNumber - 1, 1)),
  };
}

export function ListPager<T>({ page, label }: { page: PageOf<T>; label: string }) {
  if (page.pageCount <= 1) return null;
  return (
    <nav aria-label={`${label} pages`} className="pager">
      <button type="button" className="secondary outline" disabled={page.pageNumber === 1} onClick={page.previous}>
        Previous
      </button>
      <span>
        Page {page.pageNumber} of {page.pageCount} · {page.total} in all
      </span>
      <button type="button" className="secondary outline" disabled={page.pageNumber === page.pageCount} onClick={page.next}>
        Next
      </button>
    </nav>
  );
}
