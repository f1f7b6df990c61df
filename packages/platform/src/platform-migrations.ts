import { BusinessClock1764470000000 } from './1764470000000-business-clock.migration';
import { JobRuns1764470200000 } from './1764470200000-job-runs.migration';
import { RetentionIndexes1764470300000 } from './1764470300000-retention-indexes.migration';
import { InboxPositionsRememberTheirEvent1764471000000 } from './1764471000000-inbox-positions-remember-their-event.migration';
import { OutboxByCorrelation1764472000000 } from './1764472000000-outbox-by-correlation.migration';
import { CreatePlatformTables1764460800000 } from './platform-tables.migration';

// The platform's own tables (outbox, inbox, audit, sequences, job runs...), which every service
// migrates into its database beside its own. TypeORM runs migrations by timestamp, so a
// service lists these first and its own after, in any order.
export const platformMigrations = [CreatePlatformTables1764460800000, BusinessClock1764470000000, JobRuns1764470200000, RetentionIndexes1764470300000, InboxPositionsRememberTheirEvent1764471000000, OutboxByCorrelation1764472000000];
