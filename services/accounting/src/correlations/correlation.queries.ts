import type { Sql } from '@backoffice/platform/sql';
import type { CorrelationRecord } from './correlation.record';
import { accountingEventsOf } from './correlation.repository';

export const publishedInAccounting = (db: Sql, correlation: CorrelationRecord) => accountingEventsOf(db, correlation.id);
