import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '@backoffice/events/envelope';
import { holidayAdded } from '@backoffice/events/hr-events';
import type { JobDefinition } from '@backoffice/platform/job-runner';
import { recordEvent } from '@backoffice/platform/outbox';
import { holidaysNeverPublished } from '../leave/leave.queries';

// Holidays recorded before hr.calendar.v1 existed were never published. This publishes each
// such holiday once (a holiday with any calendar event is skipped), so a replay of the topic
// from offset 0 has the whole calendar. Idempotent: it finds nothing to do after the first run.
export const publishCalendarBackfill: JobDefinition = {
  name: 'hr.publish-calendar-backfill',
  schedule: { everySeconds: 3600 },
  catchUp: 'one-run-now',
  run: async ({ dataSource, clock }) => {
    const correlationId = randomUUID();
    await dataSource.transaction(async (tx) => {
      for (const holiday of await holidaysNeverPublished(tx)) {
        await recordEvent(tx, holidayAdded, { date: holiday.date, name: holiday.name, timeZone: clock.timeZone }, { actor: SYSTEM_ACTOR, correlationId });
      }
    });
  },
};
