import { subgraphCodegenConfig } from '../../scripts/subgraph-codegen';

export default subgraphCodegenConfig({
  contextType: '../context#AccountingContext',
  mappers: {
    Account: '../accounts/account.entity#AccountEntity',
    Budget: '../budgets/budget.entity#BudgetEntity',
    Department: '../context#DepartmentReference',
  },
});
