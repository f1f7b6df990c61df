import DataLoader from 'dataloader';
import type { RequestContext, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import { AccountService } from './accounts/account.service';
import type { BudgetEntity } from './budgets/budget.entity';
import { BudgetService } from './budgets/budget.service';

// HR owns departments; accounting knows them only by id.
export type DepartmentReference = { id: string };

export type AccountingContext = RequestContext & {
  accounts: AccountService;
  loaders: { currentBudget: DataLoader<string, BudgetEntity | null> };
};

export function createAccountingContext(deps: ServiceDependencies, request: RequestContext): AccountingContext {
  const budgets = new BudgetService(deps.dataSource);
  const fiscalYear = new Date().getUTCFullYear();
  return {
    ...request,
    accounts: new AccountService(deps.dataSource),
    loaders: { currentBudget: new DataLoader((ids) => budgets.forDepartments(ids, fiscalYear)) },
  };
}
