import { randomUUID } from 'node:crypto';
import type { JobDefinition } from '@backoffice/platform/job-runner';
import { publishUnpublishedHolidays } from '../leave/leave.commands/publish-unpublished-holidays';

// Publishes the holidays recorded before the calendar topic existed, once; afterwards each run
// finds nothing to do.
export const publishCalendarBackfill: JobDefinition = {
  name: 'hr.publish-calendar-backfill',
  schedule: { everySeconds: 3600 },
  catchUp: 'one-run-now',
  run: async ({ dataSource, clock, logger }) => {
    const published = await publishUnpublishedHolidays({ dataSource, clock }, randomUUID());
    if (published) logger.info('published holidays recorded before the calendar topic', { published });
  },
};
