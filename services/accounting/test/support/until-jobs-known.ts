import type { Sql } from '@backoffice/platform/sql';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { jobsOn } from '@backoffice/workforce/workforce.queries';

// Until the projection knows every one of them on `date` (a job in force: department, manager).
export async function untilJobsKnown(db: Sql, employeeIds: readonly string[], date: string, timeoutMs = 30_000): Promise<void> {
  await eventually(async () => (await jobsOn(db, employeeIds, date)).size === employeeIds.length, timeoutMs);
}
