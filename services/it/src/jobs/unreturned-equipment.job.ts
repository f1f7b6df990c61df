import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '@backoffice/events/envelope';
import type { JobDefinition } from '@backoffice/platform/job-runner';
import { giveUpUnreturnedAssets } from '../assets/asset.commands/give-up-unreturned-assets';

// Daily, early: equipment leavers kept past HR's offboarding policy is given up on
// (it.asset.unrecovered). One transaction; rows locked, so a second replica finds nothing to do.
// After downtime it runs once: it looks at what is overdue now.
export const unreturnedEquipmentJob: JobDefinition = {
  name: 'unreturned-equipment',
  schedule: { dailyAt: '00:30' },
  catchUp: 'one-run-now',
  async run({ dataSource, clock }) {
    await dataSource.transaction((tx) => giveUpUnreturnedAssets(tx, clock, { actor: SYSTEM_ACTOR, correlationId: randomUUID() }));
  },
};
