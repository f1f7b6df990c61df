import { publishedEventsOf, type PublishedEventRecord } from '@backoffice/platform/correlated-events';
import type { Sql } from '@backoffice/platform/sql';

// What HR published in a chain is in its own outbox (the platform reads it the same way in
// every service).
export function hrEventsOf(db: Sql, correlationId: string): Promise<PublishedEventRecord[]> {
  return publishedEventsOf(db, correlationId);
}
