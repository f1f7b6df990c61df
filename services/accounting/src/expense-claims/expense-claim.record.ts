// Expense claims as accounting keeps them. People and departments are HR's ids, by reference.

export const EXPENSE_CATEGORIES = ['TRAVEL', 'MEALS', 'LODGING', 'OFFICE_SUPPLIES', 'EQUIPMENT', 'SOFTWARE', 'TRAINING', 'OTHER'] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];
export type ExpenseClaimStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN' | 'PAID';
export type ExpenseApprovalStep = 'LINE_MANAGER' | 'ACCOUNTING';

// `amount` in the line's currency; `functionalAmount` in the ledger's, at `rate` on its date.
export type ExpenseClaimLineRecord = {
  lineNo: number;
  date: string;
  category: ExpenseCategory;
  amount: string;
  currency: string;
  functionalAmount: string;
  functionalCurrency: string;
  rate: string | null;
  merchant: string;
  description: string | null;
  receiptReference: string | null;
};

export type ExpensePolicyFlagRecord = { kind: 'LIKELY_DUPLICATE'; lineNo: number; message: string; otherClaimId: string | null };

export type ExpenseDecisionRecord = { step: ExpenseApprovalStep; outcome: 'APPROVED' | 'REJECTED'; decidedBy: string; decidedAt: string; reason: string | null };

export type ExpenseClaimRecord = {
  id: string;
  claimantId: string;
  departmentId: string | null;
  status: ExpenseClaimStatus;
  awaiting: ExpenseApprovalStep | null;
  approverId: string | null;
  title: string;
  total: string;
  currency: string;
  flags: ExpensePolicyFlagRecord[];
  submittedAt: string | null;
  managerDecidedBy: string | null;
  rejectionReason: string | null;
  journalEntryId: string | null;
  paymentEntryId: string | null;
  paidAt: string | null;
  budgetWarning: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  lines: ExpenseClaimLineRecord[];
};

export type ExpenseCategoryPolicyRecord = { category: ExpenseCategory; perLineLimit: string | null; perDayLimit: string | null; accountId: string; currency: string };

export type ExpensePolicyRecord = {
  receiptRequiredAbove: string;
  maxLineAgeDays: number;
  accountingApprovalAbove: string;
  currency: string;
  categories: ExpenseCategoryPolicyRecord[];
  changedBy: string;
  changedAt: string;
  reason: string | null;
};

// Approved claims of one department in one month (Query.expenseSpendByMonth).
export type MonthlyExpenseSpendRecord = { month: string; departmentId: string | null; total: string; currency: string; claims: number };
