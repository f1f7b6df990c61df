import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '@backoffice/events/envelope';
import type { JobDefinition } from '@backoffice/platform/job-runner';
import { employmentHistory, jobOn } from '@backoffice/workforce/workforce.queries';
import { bundlesOf } from '../access-bundles/access-bundle.queries';
import { activateDueAccounts, announceOnboardedIfComplete, applyDueAccessChanges } from '../system-accounts/system-account.service';

const BATCH = 100;

// Every minute: scheduled accounts whose start date came become ACTIVE (and a joiner whose whole
// bundle is then active is onboarded), and movers' and leavers' changes that are due are applied.
// Each batch is one transaction; rows are locked and skipped by another replica. After downtime it
// runs once: it looks at what is due now, so nothing is lost between scheduling and the due date.
export const accessLifecycleJob: JobDefinition = {
  name: 'access-lifecycle',
  schedule: { everySeconds: 60 },
  catchUp: 'one-run-now',
  async run({ dataSource, clock }) {
    const metadata = { actor: SYSTEM_ACTOR, correlationId: randomUUID() };
    for (;;) {
      const activated = await dataSource.transaction(async (tx) => {
        const people = await activateDueAccounts(tx, clock, metadata, BATCH);
        const today = clock.today();
        for (const employeeId of people) {
          const department = (await jobOn(tx, employeeId, today))?.departmentId;
          const start = (await employmentHistory(tx, employeeId)).filter((period) => period.startDate <= today).at(-1)?.startDate;
          if (!department || !start) continue;
          await announceOnboardedIfComplete(tx, { employeeId, startDate: start, systems: (await bundlesOf(tx, [department]))[0]!.systems }, metadata);
        }
        return people.length;
      });
      if (!activated) break;
    }
    for (;;) {
      const applied = await dataSource.transaction((tx) => applyDueAccessChanges(tx, clock, metadata, BATCH));
      if (applied < BATCH) break;
    }
  },
};
