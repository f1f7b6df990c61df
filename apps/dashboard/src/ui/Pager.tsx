import { useState } from 'react';

// Cursor pagination over a connection: the page asks for `first` after a cursor, and keeps the
// cursors it came through so Previous goes back exactly. Use:
//   const pager = useCursorPager();
//   useQuery(Q, { variables: { first: PAGE_SIZE, after: pager.after } });
//   <Pager pager={pager} pageInfo={data.things.pageInfo} total={data.things.totalCount} />
export const PAGE_SIZE = 20;

export type CursorPager = { after: string | null; pageNumber: number; next(endCursor: string | null): void; previous(): void; reset(): void };

export function useCursorPager(): CursorPager {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    pageNumber: cursors.length,
    // A second click before the next page arrived carries the same cursor: one page on, not two.
    next: (endCursor) => endCursor && setCursors((previous) => (previous[previous.length - 1] === endCursor ? previous : [...previous, endCursor])),
    previous: () => setCursors((previous) => (previous.length > 1 ? previous.slice(0, -1) : previous)),
    reset: () => setCursors([null]),
  };
}

export function Pager({ pager, pageInfo, total, label }: { pager: CursorPager; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; total?: number | null; label: string }) {
  return (
    <nav aria-label={`${label} pages`} className="pager">
      <button type="button" className="secondary outline" disabled={pager.pageNumber === 1} onClick={() => pager.previous()}>
        Previous
      </button>
      <span>
        Page {pager.pageNumber}
        {total != null ? ` · ${total} in all` : ''}
      </span>
      <button type="button" className="secondary outline" disabled={!pageInfo.hasNextPage} onClick={() => pager.next(pageInfo.endCursor ?? null)}>
        Next
      </button>
    </nav>
  );
}
