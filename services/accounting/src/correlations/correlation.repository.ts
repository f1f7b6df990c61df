import { publishedEventsOf, type PublishedEventRecord } from '@backoffice/platform/correlated-events';
import type { Sql } from '@backoffice/platform/sql';

// What accounting published in a chain is in its own outbox.
export function accountingEventsOf(db: Sql, correlationId: string): Promise<PublishedEventRecord[]> {
  return publishedEventsOf(db, correlationId);
}
