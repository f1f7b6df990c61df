import { Client } from 'pg';
import type { Principal } from '@backoffice/platform/identity';
import { serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { hrEmployeeEvents, type Hire, type HrEmployeeEvents } from '@backoffice/testkit/hr-events';
import { requiredEnv, testEnvironment } from '@backoffice/testkit/isolation';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { employedAmong } from '@backoffice/workforce/workforce.queries';
import { loadItConfig } from '../../src/config';
import { itSubgraph } from '../../src/it-subgraph';

// One IT service on its own database and Kafka prefix for a test file: a caller that signs as the
// gateway would for any principal, HR's hires published for real (so the workforce projection knows
// who is employed), and an owner connection to the database for checking what is stored.
export type ItForTest = {
  service: RunningSubgraph;
  env: NodeJS.ProcessEnv;
  admin: Client;
  call<T>(query: string, variables: Record<string, unknown>, who: Principal): Promise<GraphQLResponse<T>>;
  // Publishes the hires and waits until the projection has them employed on their start date.
  hire(hires: readonly Hire[]): Promise<void>;
  stop(): Promise<void>;
};

export async function startItForTest(env: NodeJS.ProcessEnv = testEnvironment()): Promise<ItForTest> {
  const service = await startSubgraphService(itSubgraph, loadItConfig(env));
  await service.eventsReady;
  const admin = new Client({ connectionString: withDatabase(requiredEnv('DATABASE_URL'), serviceDatabaseName('it', env.DATABASE_NAME_SUFFIX!)) });
  await admin.connect();
  let hr: HrEmployeeEvents | undefined;
  return {
    service,
    env,
    admin,
    call: (query, variables, who) => postGraphQL(service.url, query, variables, identityHeaders(who, 'it')),
    async hire(hires) {
      hr ??= await hrEmployeeEvents(env.KAFKA_PREFIX!, 'it-test-hr');
      await hr.hire(hires);
      for (const hire of hires) {
        await eventually(async () => (await employedAmong(service.dataSource, [hire.employeeId], hire.startDate)).size === 1, 30_000);
      }
    },
    async stop() {
      await hr?.stop();
      await admin.end();
      await service.stop();
    },
  };
}
