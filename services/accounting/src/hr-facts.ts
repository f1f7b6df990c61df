import type { ServiceDependencies } from '@backoffice/platform/subgraph-service';
import { workforceBacklog, type WorkforceConsumerOptions } from '@backoffice/workforce/workforce-consumer';
import type { AccountingConfig } from './config';

// HR's facts in accounting's own database: the workforce projection (packages/workforce), fed by
// HR's employee, compensation, leave and calendar events through the consumer group below.
export const accountingWorkforce: WorkforceConsumerOptions = { consumer: 'accounting.workforce', includePay: true };

// How long a computation from the projection waits for it to catch up before it refuses: long
// enough for a consumer finishing a burst, well inside the gateway's 5 s wait for a subgraph so the
// refusal reaches the person (after a crash the group needs its session timeout, 30 s, to move on
// without the dead member: they are told to try again).
export const HR_FACTS_CATCH_UP_MS = 2_000;

export type HrFacts = {
  // HR events already on the topics that the projection has not applied, after waiting for it.
  eventsNotYetApplied(): Promise<number>;
};

export function hrFactsOf(deps: Pick<ServiceDependencies<AccountingConfig>, 'kafka' | 'config'>, catchUpMs = HR_FACTS_CATCH_UP_MS): HrFacts {
  return { eventsNotYetApplied: () => workforceBacklog(deps.kafka, deps.config.kafkaPrefix, accountingWorkforce, catchUpMs) };
}
