import type { Resolvers } from './__generated__/resolvers-types';
import { Asset, DepreciationMonth, FixedAsset, fixedAssetQueries } from './fixed-assets/fixed-asset.resolvers';
import { Correlation, PublishedEvent } from './correlations/correlation.resolvers';
import { PayInForce, PayrollLine, PayrollRun, Payslip, employeePayslips, payrollMutations, payrollQueries } from './payroll/payroll.resolvers';
import { Employee, ExpenseCategoryPolicy, ExpenseClaim, ExpenseClaimLine, ExpensePolicy, MonthlyExpenseSpend, expenseClaimMutations, expenseClaimQueries } from './expense-claims/expense-claim.resolvers';
import { AuditFinding, auditFindingQueries } from './audit-findings/audit-finding.resolvers';
import { Budget, BudgetThresholdCrossing, Department, budgetMutations, budgetQueries } from './budgets/budget.resolvers';
import { ControlSettings, controlSettingsMutations, controlSettingsQueries } from './control-settings/control-settings.resolvers';
import { ExchangeRate, exchangeRateMutations, exchangeRateQueries } from './exchange-rates/exchange-rate.resolvers';
import { JournalDraftLine, JournalEntry, JournalEntryDraft, JournalLine, journalDraftMutations, journalDraftQueries, journalMutations, journalQueries } from './journal/journal.resolvers';
import { LedgerAccount, ledgerAccountMutations, ledgerAccountQueries } from './ledger-accounts/ledger-account.resolvers';
import { AccountLedger, AccountLedgerLine, ReportLine, TrialBalanceLine, ledgerReportQueries } from './ledger-reports/ledger-report.resolvers';

export const resolvers: Resolvers = {
  Query: { ...ledgerAccountQueries, ...journalQueries, ...exchangeRateQueries, ...ledgerReportQueries, ...budgetQueries, ...journalDraftQueries, ...controlSettingsQueries, ...auditFindingQueries, ...expenseClaimQueries, ...payrollQueries, ...fixedAssetQueries },
  Mutation: { ...journalMutations, ...exchangeRateMutations, ...ledgerAccountMutations, ...budgetMutations, ...journalDraftMutations, ...controlSettingsMutations, ...expenseClaimMutations, ...payrollMutations },
  Department,
  Asset,
  FixedAsset,
  DepreciationMonth,
  Correlation,
  PublishedEvent,
  Employee: { ...Employee, ...employeePayslips },
  PayrollRun,
  PayrollLine,
  PayInForce,
  Payslip,
  ExpenseClaim,
  MonthlyExpenseSpend,
  ExpenseClaimLine,
  ExpensePolicy,
  ExpenseCategoryPolicy,
  Budget,
  BudgetThresholdCrossing,
  JournalEntryDraft,
  JournalDraftLine,
  ControlSettings,
  AuditFinding,
  LedgerAccount,
  JournalEntry,
  JournalLine,
  ExchangeRate,
  ReportLine,
  TrialBalanceLine,
  AccountLedger,
  AccountLedgerLine,
};
