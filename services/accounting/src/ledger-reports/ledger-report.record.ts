import type { LedgerAccountType } from '../ledger-accounts/ledger-account.record';

// Debits and credits of one account over some dates, in cents.
export type AccountTotals = { accountId: string; debit: bigint; credit: bigint };

export type ReportLineRecord = { accountId: string; amount: string };
export type TrialBalanceLineRecord = { accountId: string; debit: string; credit: string };
export type TrialBalanceRecord = { asOf: string; currency: string; lines: TrialBalanceLineRecord[]; totalDebit: string; totalCredit: string };
export type IncomeStatementRecord = {
  from: string;
  to: string;
  departmentId: string | null;
  currency: string;
  revenue: ReportLineRecord[];
  expenses: ReportLineRecord[];
  totalRevenue: string;
  totalExpenses: string;
  netIncome: string;
};
export type BalanceSheetRecord = {
  asOf: string;
  currency: string;
  assets: ReportLineRecord[];
  liabilities: ReportLineRecord[];
  equity: ReportLineRecord[];
  currentYearProfit: string;
  earlierUnclosedProfit: string;
  totalAssets: string;
  totalLiabilitiesAndEquity: string;
};
export type AccountLedgerLineRecord = { entryId: string; date: string; fiscalYear: number; number: number; lineNo: number; debit: string; credit: string; memo: string | null; departmentId: string | null; runningBalance: string };
export type AccountLedgerRecord = {
  accountId: string;
  accountType: LedgerAccountType;
  from: string;
  to: string;
  openingBalance: string;
  lines: AccountLedgerLineRecord[];
  hasNextPage: boolean;
  endCursor: string | null;
};
