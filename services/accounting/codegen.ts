import { subgraphCodegenConfig } from '../../scripts/subgraph-codegen';

export default subgraphCodegenConfig({
  contextType: '../context#AccountingContext',
  mappers: {
    LedgerAccount: '../ledger-accounts/ledger-account.record#LedgerAccountRecord',
    Budget: '../budgets/budget.record#BudgetRecord',
    Department: '../context#DepartmentReference',
  },
});
