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
    FiscalPeriod: '../journal/journal.record#FiscalPeriodRecord',
    RefusedPosting: '../journal/journal.record#RefusedPostingRecord',
    ReportLine: '../ledger-reports/ledger-report.record#ReportLineRecord',
    TrialBalance: '../ledger-reports/ledger-report.record#TrialBalanceRecord',
    TrialBalanceLine: '../ledger-reports/ledger-report.record#TrialBalanceLineRecord',
    IncomeStatement: '../ledger-reports/ledger-report.record#IncomeStatementRecord',
    BalanceSheet: '../ledger-reports/ledger-report.record#BalanceSheetRecord',
    AccountLedger: '../ledger-reports/ledger-report.record#AccountLedgerRecord',
    AccountLedgerLine: '../ledger-reports/ledger-report.record#AccountLedgerLineRecord',
    Department: '../context#DepartmentReference',
    BudgetThresholdCrossing: '../budgets/budget.record#BudgetThresholdCrossingRecord',
    JournalEntryDraft: '../journal/journal.record#JournalDraftRecord',
    JournalDraftLine: '../journal/journal.record#JournalDraftLineRecord',
    ControlSettings: '../control-settings/control-settings.record#ControlSettingsRecord',
    AuditFinding: '../audit-findings/audit-finding.record#AuditFindingRecord',
  },
});
