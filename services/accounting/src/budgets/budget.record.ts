// A spending limit for one department (HR's id, by reference) and fiscal year: all its expenses
// when accountId is null, else one expense account with the accounts under it. `spent` is read
// with it, from the ledger's cost-centre balances.
export type BudgetRecord = {
  id: string;
  departmentId: string;
  fiscalYear: number;
  accountId: string | null;
  amount: string;
  currency: string;
  spent: string;
  setBy: string;
  setAt: string;
  reason: string | null;
  version: number;
};

// Thresholds in percent of a budget: a posting that takes spend across one records it once.
export const BUDGET_THRESHOLDS = [80, 100] as const;
export type BudgetThreshold = (typeof BUDGET_THRESHOLDS)[number];

export type BudgetThresholdCrossingRecord = {
  budgetId: string;
  threshold: BudgetThreshold;
  crossedAt: string;
  journalEntryId: string;
  spent: string;
  currency: string;
};
