import type { Sql } from '@backoffice/platform/sql';
import type { CorrelationRecord } from './correlation.record';
import { itEventsOf } from './correlation.repository';

export const publishedInIt = (db: Sql, correlation: CorrelationRecord) => itEventsOf(db, correlation.id);
