import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { platformMigrations } from '@backoffice/platform/platform-migrations';
import type { SubgraphDefinition } from '@backoffice/platform/subgraph-service';
import { provisionNewHiresConsumer } from './consumers/provision-new-hires.consumer';
import { createItContext, type ItContext } from './context';
import { CreateSystemAccounts1764461000000 } from './migrations/1764461000000-create-system-accounts';
import { resolvers } from './resolvers';

export const itTypeDefs = gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export const itSubgraph: SubgraphDefinition<ItContext> = {
  typeDefs: itTypeDefs,
  resolvers: resolvers as GraphQLResolverMap<ItContext>,
  migrations: [...platformMigrations, CreateSystemAccounts1764461000000],
  topics: ['hr.employee.v1', 'it.access.v1', 'it.asset.v1', 'it.ticket.v1', 'it.reaction.v1'],
  consumers: () => [provisionNewHiresConsumer()],
  context: createItContext,
};
