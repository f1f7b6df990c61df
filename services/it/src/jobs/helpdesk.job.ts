import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '@backoffice/events/envelope';
import type { JobDefinition } from '@backoffice/platform/job-runner';
import type { HelpdeskSettings } from '../helpdesk-settings';
import { closeResolvedTickets, recordDueBreaches } from '../tickets/ticket.service';

const BATCH = 100;

// Every minute: tickets past an SLA target get their breach recorded and published, once per
// ticket and target (the breach row's key, written with the event, makes a second replica or a
// rerun a no-op); resolved tickets whose days for reopening are over close. Each batch is one
// transaction; after downtime it runs once and looks at what is due now.
export function helpdeskJob(helpdesk: HelpdeskSettings): JobDefinition {
  return {
    name: 'helpdesk',
    schedule: { everySeconds: 60 },
    catchUp: 'one-run-now',
    async run({ dataSource, clock }) {
      const metadata = { actor: SYSTEM_ACTOR, correlationId: randomUUID() };
      for (;;) {
        const looked = await dataSource.transaction((tx) => recordDueBreaches(tx, clock.now(), metadata, BATCH));
        if (looked < BATCH) break;
      }
      for (;;) {
        const closed = await dataSource.transaction((tx) => closeResolvedTickets(tx, { clock, helpdesk }, metadata, BATCH));
        if (closed < BATCH) break;
      }
    },
  };
}
