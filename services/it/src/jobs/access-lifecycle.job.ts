import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '@backoffice/events/envelope';
import type { JobDefinition } from '@backoffice/platform/job-runner';
import { jobOn } from '@backoffice/workforce/workforce.queries';
import { activateDueAccounts, announceOnboardedIfDue, applyDueAccessChanges } from '../system-accounts/system-account.service';

const BATCH = 100;

// Every minute: movers' and leavers' changes that are due are applied, and scheduled accounts whose
// start date came become ACTIVE (a joiner whose whole bundle is then active is onboarded).
// Each batch is one transaction; rows are locked and skipped by another replica. After downtime it
// runs once: it looks at what is due now, so nothing is lost between scheduling and the due date.
export const accessLifecycleJob: JobDefinition = {
  name: 'access-lifecycle',
  schedule: { everySeconds: 60 },
  catchUp: 'one-run-now',
  async run({ dataSource, clock }) {
    const metadata = { actor: SYSTEM_ACTOR, correlationId: randomUUID() };
    // Moves and leaves first: a joiner transferred on their start date is activated against the
    // new department's bundle.
    for (;;) {
      const applied = await dataSource.transaction((tx) => applyDueAccessChanges(tx, clock, metadata, BATCH));
      if (applied < BATCH) break;
    }
    for (;;) {
      const activated = await dataSource.transaction(async (tx) => {
        const people = await activateDueAccounts(tx, clock, metadata, BATCH);
        const today = clock.today();
        for (const { employeeId, metadata: chained } of people) {
          const department = (await jobOn(tx, employeeId, today))?.departmentId;
          if (department) await announceOnboardedIfDue(tx, employeeId, department, today, chained);
        }
        return people.length;
      });
      if (!activated) break;
    }
  },
};
