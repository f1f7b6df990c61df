import { subgraphCodegenConfig } from '../../scripts/subgraph-codegen';

export default subgraphCodegenConfig({
  contextType: '../context#AccountingContext',
  mappers: {
    LedgerAccount: '../ledger-accounts/ledger-account.record#LedgerAccountRecord',
    Budget: '../budgets/budget.record#BudgetRecord',
    JournalEntry: '../journal/journal.record#JournalEntryRecord',
    JournalLine: '../journal/journal.record#JournalLineRecord',
    ExchangeRate: '../exchange-rates/exchange-rate.record#ExchangeRateRecord',
    LedgerVerification: '../journal/journal.record#LedgerVerificationRecord',
    LedgerMismatch: '../journal/journal.record#LedgerMismatchRecord',
    Department: '../context#DepartmentReference',
  },
});
