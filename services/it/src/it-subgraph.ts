import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { platformMigrations } from '@backoffice/platform/platform-migrations';
import type { SubgraphDefinition } from '@backoffice/platform/subgraph-service';
import { accessLifecycleConsumer } from './consumers/access-lifecycle.consumer';
import { accessLifecycleJob } from './jobs/access-lifecycle.job';
import { helpdeskConsumer } from './consumers/helpdesk.consumer';
import { helpdeskJob } from './jobs/helpdesk.job';
import { unreturnedEquipmentJob } from './jobs/unreturned-equipment.job';
import { offboardingPolicyConsumer } from './consumers/offboarding-policy.consumer';
import { ChainsAndUnrecoveredEquipment1764510200000 } from './migrations/1764510200000-chains-and-unrecovered-equipment';
import { Helpdesk1764500800000 } from './migrations/1764500800000-helpdesk';
import type { ItConfig } from './config';
import { itModulesOf } from './it-modules';
import { AccessLifecycle1764500700000 } from './migrations/1764500700000-access-lifecycle';
import { createItContext, type ItContext } from './context';
import { CreateSystemAccounts1764461000000 } from './migrations/1764461000000-create-system-accounts';
import { EquipmentAndLicences1764500600000 } from './migrations/1764500600000-equipment-and-licences';
import { workforceConsumer, workforceTopics } from '@backoffice/workforce/workforce-consumer';
import { workforceMigrations } from '@backoffice/workforce/workforce-migrations';
import { resolvers } from './resolvers';

export const itTypeDefs = gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export const itSubgraph: SubgraphDefinition<ItContext, ItConfig> = {
  typeDefs: itTypeDefs,
  resolvers: resolvers as GraphQLResolverMap<ItContext>,
  migrations: [...platformMigrations, ...workforceMigrations, CreateSystemAccounts1764461000000, EquipmentAndLicences1764500600000, AccessLifecycle1764500700000, Helpdesk1764500800000, ChainsAndUnrecoveredEquipment1764510200000],
  topics: ['it.access.v1', 'it.asset.v1', 'it.license.v1', 'it.ticket.v1', 'it.reaction.v1', 'hr.workflow.v1', ...workforceTopics({ includePay: false })],
  // HR's facts in IT's own database (who is employed when, in which department), without pay.
  consumers: (deps) => [accessLifecycleConsumer(deps), helpdeskConsumer(itModulesOf(deps)), workforceConsumer({ consumer: 'it.workforce', includePay: false }), offboardingPolicyConsumer()],
  jobs: (deps) => [accessLifecycleJob, helpdeskJob(itModulesOf(deps).helpdesk), unreturnedEquipmentJob],
  context: createItContext,
};
