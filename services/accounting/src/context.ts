import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { actorOf } from '@backoffice/platform/identity';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { RequestContext, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import type { BudgetRecord, BudgetThresholdCrossingRecord } from './budgets/budget.record';
import { crossingsInOrder, departmentBudgetsInOrder, departmentSpendInOrder, departmentYearKey, type DepartmentYear } from './budgets/budget.queries';
import type { AccountingConfig } from './config';
import { createLedgerModules, type LedgerModules } from './ledger-modules';
import { hrFactsOf, type HrFacts } from './hr-facts';
import { journalEntriesInOrder, reversalsInOrder } from './journal/journal.queries';
import type { JournalEntryRecord } from './journal/journal.record';
import { ledgerAccountsInOrder } from './ledger-accounts/ledger-account.queries';
import { claimsOfEmployeesInOrder, decisionsInOrder, expenseClaimsInOrder } from './expense-claims/expense-claim.queries';
import type { ExpenseClaimRecord, ExpenseDecisionRecord } from './expense-claims/expense-claim.record';
import { claimVisibility } from './expense-claims/expense-claim.resolvers';
import { payrollLinesInOrder, payrollRunsInOrder, payslipsInOrder } from './payroll/payroll.queries';
import type { PayrollLineRecord, PayrollRunRecord, PayslipRecord } from './payroll/payroll.record';
import type { LedgerAccountRecord } from './ledger-accounts/ledger-account.record';
import { fixedAssetsInOrder } from './fixed-assets/fixed-asset.queries';
import type { FixedAssetRecord } from './fixed-assets/fixed-asset.record';

// HR owns departments; accounting knows them only by id.
export type DepartmentReference = { id: string };
export type EmployeeReference = { id: string };

export type AccountingContext = RequestContext & {
  dataSource: DataSource;
  ledger: LedgerModules;
  // Whether the workforce projection is as current as HR's topics (payroll asks before computing).
  hrFacts: HrFacts;
  // Who a write is recorded against (the person, or service:<name>), with the request's ids.
  eventMetadata: () => EventMetadata;
  loaders: {
    departmentBudget: DataLoader<DepartmentYear, BudgetRecord | null, string>;
    departmentSpend: DataLoader<DepartmentYear, string, string>;
    budgetCrossings: DataLoader<string, BudgetThresholdCrossingRecord[]>;
    expenseClaim: DataLoader<string, ExpenseClaimRecord | null>;
    expenseDecisions: DataLoader<string, ExpenseDecisionRecord[]>;
    employeeExpenseClaims: DataLoader<string, ExpenseClaimRecord[]>;
    payrollRun: DataLoader<string, PayrollRunRecord | null>;
    payrollLines: DataLoader<string, PayrollLineRecord[]>;
    payslips: DataLoader<string, PayslipRecord[]>;
    ledgerAccount: DataLoader<string, LedgerAccountRecord | null>;
    journalEntry: DataLoader<string, JournalEntryRecord | null>;
    journalReversal: DataLoader<string, JournalEntryRecord | null>;
    fixedAsset: DataLoader<string, FixedAssetRecord | null>;
  };
};

export function createAccountingContext(deps: ServiceDependencies<AccountingConfig>, request: RequestContext): AccountingContext {
  const db = deps.dataSource;
  const currency = deps.config.extra.FUNCTIONAL_CURRENCY;
  return {
    ...request,
    dataSource: db,
    ledger: createLedgerModules(db, deps.clock, { functionalCurrency: currency }),
    hrFacts: hrFactsOf(deps),
    eventMetadata: () => ({ actor: actorOf(request.principal), correlationId: request.correlationId, traceparent: request.traceparent }),
    loaders: {
      departmentBudget: new DataLoader((keys) => departmentBudgetsInOrder(db, keys), { cacheKeyFn: departmentYearKey }),
      departmentSpend: new DataLoader((keys) => departmentSpendInOrder(db, keys), { cacheKeyFn: departmentYearKey }),
      budgetCrossings: new DataLoader((ids) => crossingsInOrder(db, ids, currency)),
      expenseClaim: new DataLoader((ids) => expenseClaimsInOrder(db, ids, currency)),
      expenseDecisions: new DataLoader((ids) => decisionsInOrder(db, ids)),
      payrollRun: new DataLoader((ids) => payrollRunsInOrder(db, ids, currency)),
      payrollLines: new DataLoader((ids) => payrollLinesInOrder(db, ids, currency)),
      payslips: new DataLoader((ids) => payslipsInOrder(db, ids, currency)),
      employeeExpenseClaims: new DataLoader((ids) => claimsOfEmployeesInOrder(db, ids, claimVisibility(request.principal), currency)),
      ledgerAccount: new DataLoader((ids) => ledgerAccountsInOrder(db, ids)),
      journalEntry: new DataLoader((ids) => journalEntriesInOrder(db, ids)),
      journalReversal: new DataLoader((ids) => reversalsInOrder(db, ids)),
      fixedAsset: new DataLoader((ids) => fixedAssetsInOrder(db, ids, currency)),
    },
  };
}
