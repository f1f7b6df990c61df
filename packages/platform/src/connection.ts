import type { KeysetPage } from './sql';

// A Relay connection from a keyset page: edges with cursors, pageInfo and the total.
export function toConnection<T>(page: KeysetPage<T> & { totalCount: number }) {
  const last = page.rows[page.rows.length - 1];
  return {
    edges: page.rows.map((node) => ({ node, cursor: page.cursorOf(node) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: last === undefined ? null : page.cursorOf(last) },
    totalCount: page.totalCount,
  };
}
