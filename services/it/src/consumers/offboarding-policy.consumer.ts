import { offboardingPolicyChanged } from '@backoffice/events/hr-events';
import type { ConsumerDefinition } from '@backoffice/platform/subgraph-service';
import { recordOffboardingPolicy } from '../assets/asset.commands/record-offboarding-policy';

// HR's offboarding policy (hr.workflow.v1): IT keeps the number of days a leaver has to bring
// equipment back. The latest event wins (one aggregate, in order; the inbox skips older ones).
export function offboardingPolicyConsumer(): ConsumerDefinition {
  return {
    consumer: 'it.offboarding-policy',
    topics: ['hr.workflow.v1'],
    handlers: {
      [offboardingPolicyChanged.type]: async (event, tx) => {
        const changed = offboardingPolicyChanged.read(event);
        await recordOffboardingPolicy(tx, changed.data.unreturnedAfterDays);
      },
    },
  };
}
