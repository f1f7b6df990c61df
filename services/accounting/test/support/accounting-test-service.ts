import { Client } from 'pg';
import type { Principal } from '@backoffice/platform/identity';
import { serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { requiredEnv, testEnvironment } from '@backoffice/testkit/isolation';
import { accountingSubgraph } from '../../src/accounting-subgraph';
import { loadAccountingConfig } from '../../src/config';

// One accounting service on its own database for a test file: its URL, a caller that signs as
// the gateway would for any principal, the chart's account ids by code, and an owner connection
// to the database for checking (and tampering with) what is stored.
export type AccountingForTest = {
  service: RunningSubgraph;
  // The environment it started with: its Kafka prefix (KAFKA_PREFIX), database suffix...
  env: NodeJS.ProcessEnv;
  admin: Client;
  accounts: Record<string, string>;
  call<T>(query: string, variables: Record<string, unknown>, who: Principal): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
};

// `overrides`: environment variables of this service only (CLOCK_AT, IT_DEPARTMENT_ID...).
export async function startAccountingForTest(reader: Principal, overrides: Record<string, string> = {}): Promise<AccountingForTest> {
  const env = testEnvironment(overrides);
  const service = await startSubgraphService(accountingSubgraph, loadAccountingConfig(env));
  const admin = new Client({ connectionString: withDatabase(requiredEnv('DATABASE_URL'), serviceDatabaseName('accounting', env.DATABASE_NAME_SUFFIX!)) });
  await admin.connect();
  const call = <T>(query: string, variables: Record<string, unknown>, who: Principal) => postGraphQL<T>(service.url, query, variables, identityHeaders(who, 'accounting'));
  const chart = await call<{ ledgerAccounts: Array<{ id: string; code: string }> }>('{ ledgerAccounts { id code } }', {}, reader);
  const accounts = Object.fromEntries(chart.data!.ledgerAccounts.map((account) => [account.code, account.id]));
  return {
    service,
    env,
    admin,
    accounts,
    call,
    async stop() {
      await admin.end();
      await service.stop();
    },
  };
}
