import { CORRELATION_ID } from '@backoffice/platform/correlation-id';
import { Refused } from '@backoffice/platform/domain-errors';
import type { Sql } from '@backoffice/platform/sql';
import type { CorrelationRecord } from './correlation.record';
import { hrEventsOf } from './correlation.repository';

// A correlation id is what a client sent as x-correlation-id or what the gateway gave a request.
export function correlationOf(correlationId: string): CorrelationRecord {
  if (!CORRELATION_ID.test(correlationId)) {
    throw new Refused('Not a correlation id: pass the x-correlation-id of a request, or a process’s correlationId.', [{ field: 'correlationId', message: 'letters, digits and . _ : - only, up to 64 characters' }]);
  }
  return { id: correlationId };
}

export const publishedInHr = (db: Sql, correlation: CorrelationRecord) => hrEventsOf(db, correlation.id);
