import { definePolicy } from '@backoffice/platform/access';

// Who may do and see what in accounting. Resolvers and commands ask by name; the roles live here only.
export const accountingPolicy = definePolicy({
  'ledger.read': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  'ledger.post': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  'ledger.close': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  'period.reopen': { roles: ['MANAGER'], describes: 'MANAGER' },
  'rates.manage': { roles: ['ACCOUNTING'], describes: 'ACCOUNTING' },
  'chart.manage': { roles: ['ACCOUNTING'], describes: 'ACCOUNTING' },
  'budget.read': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  'budget.manage': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  // A second person approves a large manual entry; nobody who wrote it (journal/journal-draft.rules.ts).
  'ledger.approve': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  // The thresholds of the controls: not the people the controls check.
  'controls.manage': { roles: ['MANAGER'], describes: 'MANAGER' },
  // Expense claims: any employee claims for themself; line managers decide their reports' claims
  // by the relation the claim records, not by a role (expense-claims/expense-claim.rules.ts).
  'expense.claim': { roles: ['EMPLOYEE', 'HR', 'ACCOUNTING', 'IT', 'MANAGER'], describes: 'an employee signed in as themself' },
  'expense.readAll': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  'expense.decideAsAccounting': { roles: ['ACCOUNTING'], describes: 'ACCOUNTING' },
  'expense.pay': { roles: ['ACCOUNTING'], describes: 'ACCOUNTING' },
  'expense.policy.manage': { roles: ['ACCOUNTING'], describes: 'ACCOUNTING' },
  'payroll.read': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  'payroll.prepare': { roles: ['ACCOUNTING'], describes: 'ACCOUNTING' },
  // Never the run's preparer (payroll/payroll.rules.ts).
  'payroll.approve': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  'payroll.post': { roles: ['ACCOUNTING'], describes: 'ACCOUNTING' },
  // Equipment in the books (fixed-assets/): book values, depreciation, disposals.
  'fixedAsset.read': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  // The events accounting published in a chain one request set off (HR's correlatedEvents).
  'correlation.read': { roles: ['MANAGER'], describes: 'MANAGER' },
  'payslip.read': { roles: ['HR', 'ACCOUNTING', 'MANAGER'], self: true, describes: 'the employee, HR, ACCOUNTING or MANAGER' },
});

export type AccountingPermission = keyof typeof accountingPolicy.rules;
