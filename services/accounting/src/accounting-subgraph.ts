import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { platformMigrations } from '@backoffice/platform/platform-migrations';
import type { SubgraphDefinition } from '@backoffice/platform/subgraph-service';
import { createAccountingContext, type AccountingContext } from './context';
import { CreateChartOfAccountsAndBudgets1764461100000 } from './migrations/1764461100000-create-chart-of-accounts-and-budgets';
import { DoubleEntryLedger1764500000000 } from './migrations/1764500000000-double-entry-ledger';
import { FiscalPeriods1764500100000 } from './migrations/1764500100000-fiscal-periods';
import { DailyBalances1764500200000 } from './migrations/1764500200000-daily-balances';
import { Controls1764500300000 } from './migrations/1764500300000-controls';
import { ExpenseClaims1764500400000 } from './migrations/1764500400000-expense-claims';
import { Payroll1764500500000 } from './migrations/1764500500000-payroll';
import { FixedAssets1764500600000 } from './migrations/1764500600000-fixed-assets';
import { fixedAssetConsumer } from './consumers/fixed-assets.consumer';
import { fixedAssetDepreciationJob } from './jobs/fixed-asset-depreciation.job';
import type { FixedAssetModules } from './fixed-assets/fixed-asset.service';
import { createLedgerModules } from './ledger-modules';
import { accountingWorkforce } from './hr-facts';
import type { ServiceDependencies } from '@backoffice/platform/subgraph-service';
import { workforceConsumer, workforceTopics } from '@backoffice/workforce/workforce-consumer';
import { workforceMigrations } from '@backoffice/workforce/workforce-migrations';
import type { AccountingConfig } from './config';
import { resolvers } from './resolvers';

export const accountingTypeDefs = gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export const accountingSubgraph: SubgraphDefinition<AccountingContext, AccountingConfig> = {
  typeDefs: accountingTypeDefs,
  resolvers: resolvers as GraphQLResolverMap<AccountingContext>,
  migrations: [
    ...platformMigrations,
    ...workforceMigrations,
    CreateChartOfAccountsAndBudgets1764461100000,
    DoubleEntryLedger1764500000000,
    FiscalPeriods1764500100000,
    DailyBalances1764500200000,
    Controls1764500300000,
    ExpenseClaims1764500400000,
    Payroll1764500500000,
    FixedAssets1764500600000,
  ],
  topics: ['accounting.journal.v1', 'accounting.expense.v1', 'accounting.budget.v1', 'accounting.payroll.v1', 'accounting.reaction.v1', 'accounting.fixed-asset.v1', 'it.asset.v1', 'hr.workflow.v1', ...workforceTopics(accountingWorkforce)],
  // HR's facts in accounting's own database: the company calendar the audit findings count
  // working days with, and (for payroll) employment, jobs, pay and leave. IT's equipment and HR's
  // offboarding policy for the books. (hr.workflow.v1 is also where process-step retries are asked.)
  consumers: (deps) => [workforceConsumer(accountingWorkforce), fixedAssetConsumer(fixedAssetModulesOf(deps))],
  jobs: (deps) => [fixedAssetDepreciationJob(fixedAssetModulesOf(deps))],
  context: createAccountingContext,
};

export function fixedAssetModulesOf(deps: ServiceDependencies<AccountingConfig>): FixedAssetModules {
  return { ...createLedgerModules(deps.dataSource, deps.clock, { functionalCurrency: deps.config.extra.FUNCTIONAL_CURRENCY }), stockDepartmentId: deps.config.extra.IT_DEPARTMENT_ID ?? null };
}
