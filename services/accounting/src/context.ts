import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RequestContext, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import type { BudgetRecord } from './budgets/budget.record';
import { budgetsInOrder } from './budgets/budget.queries';

// HR owns departments; accounting knows them only by id.
export type DepartmentReference = { id: string };

export type AccountingContext = RequestContext & {
  dataSource: DataSource;
  loaders: { currentBudget: DataLoader<string, BudgetRecord | null> };
};

export function createAccountingContext(deps: ServiceDependencies, request: RequestContext): AccountingContext {
  const fiscalYear = Number(deps.clock.today().slice(0, 4));
  return {
    ...request,
    dataSource: deps.dataSource,
    loaders: { currentBudget: new DataLoader((ids) => budgetsInOrder(deps.dataSource, ids, fiscalYear)) },
  };
}
