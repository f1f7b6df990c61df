import { guardedField } from '@backoffice/platform/access';
import type { Principal } from '@backoffice/platform/identity';
import { yearInput } from '@backoffice/platform/month-ends';
import { parseInput } from '@backoffice/platform/validation';
import type {
  EmployeeResolvers,
  ExpenseCategoryPolicyResolvers,
  ExpenseClaimLineResolvers,
  ExpenseClaimResolvers,
  ExpensePolicyResolvers,
  MonthlyExpenseSpendResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { approveExpenseClaim } from './expense-claim.commands/approve-expense-claim';
import { draftExpenseClaim } from './expense-claim.commands/draft-expense-claim';
import { markExpenseClaimPaid } from './expense-claim.commands/mark-expense-claim-paid';
import { rejectExpenseClaim } from './expense-claim.commands/reject-expense-claim';
import { setExpensePolicy } from './expense-claim.commands/set-expense-policy';
import { submitExpenseClaim } from './expense-claim.commands/submit-expense-claim';
import { updateExpenseClaim } from './expense-claim.commands/update-expense-claim';
import { withdrawExpenseClaim } from './expense-claim.commands/withdraw-expense-claim';
import { canSee, expenseApprovalQueue, expenseClaims, expensePolicy, expenseSpendByMonth } from './expense-claim.queries';
import { asMoney } from '../money';

// Who sees everything, or whose view (their own, and as line manager).
export const claimVisibility = (principal: Principal) => (accountingPolicy.can(principal, 'expense.readAll') ? null : { viewerId: principal.employeeId });
const deciderOf = (principal: Principal) => ({ id: principal.employeeId, accounting: accountingPolicy.can(principal, 'expense.decideAsAccounting') });

export const expenseClaimQueries: Pick<QueryResolvers, 'expenseClaims' | 'expenseClaim' | 'expenseApprovalQueue' | 'expensePolicy' | 'expenseSpendByMonth'> = {
  expenseSpendByMonth: async (_parent, { year, departmentId }, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'expense.readAll');
    return (await expenseSpendByMonth(dataSource, parseInput(yearInput, year, 'year'), ledger.settings.functionalCurrency)).filter((row) => !departmentId || row.departmentId === departmentId);
  },
  expenseClaims: (_parent, args, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'expense.claim');
    return expenseClaims(dataSource, args, claimVisibility(principal), ledger.settings.functionalCurrency);
  },
  expenseClaim: async (_parent, { id }, { principal, loaders }) => {
    accountingPolicy.require(principal, 'expense.claim');
    const claim = await loaders.expenseClaim.load(id);
    if (claim && !canSee(claim, claimVisibility(principal))) throw accountingPolicy.refusal('expense.readAll');
    return claim;
  },
  expenseApprovalQueue: (_parent, _args, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'expense.claim');
    if (!principal.employeeId) return [];
    return expenseApprovalQueue(dataSource, principal.employeeId, accountingPolicy.can(principal, 'expense.decideAsAccounting'), ledger.settings.functionalCurrency);
  },
  expensePolicy: (_parent, _args, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'expense.claim');
    return expensePolicy(dataSource, ledger.settings.functionalCurrency);
  },
};

export const expenseClaimMutations: Pick<
  MutationResolvers,
  'draftExpenseClaim' | 'updateExpenseClaim' | 'submitExpenseClaim' | 'withdrawExpenseClaim' | 'approveExpenseClaim' | 'rejectExpenseClaim' | 'markExpenseClaimPaid' | 'setExpensePolicy'
> = {
  draftExpenseClaim: (_parent, { input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'expense.claim');
    return draftExpenseClaim(ledger, principal.employeeId, input, eventMetadata());
  },
  updateExpenseClaim: (_parent, { id, expectedVersion, input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'expense.claim');
    return updateExpenseClaim(ledger, id, expectedVersion, input, eventMetadata());
  },
  submitExpenseClaim: (_parent, { id, expectedVersion }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'expense.claim');
    return submitExpenseClaim(ledger, id, expectedVersion, eventMetadata());
  },
  withdrawExpenseClaim: (_parent, { id, expectedVersion }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'expense.claim');
    return withdrawExpenseClaim(ledger, id, expectedVersion, eventMetadata());
  },
  approveExpenseClaim: (_parent, { id, expectedVersion }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'expense.claim');
    return approveExpenseClaim(ledger, id, expectedVersion, deciderOf(principal), eventMetadata());
  },
  rejectExpenseClaim: (_parent, { id, expectedVersion, reason }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'expense.claim');
    return rejectExpenseClaim(ledger, id, expectedVersion, reason, deciderOf(principal), eventMetadata());
  },
  markExpenseClaimPaid: (_parent, { id, expectedVersion, paidOn }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'expense.pay');
    return markExpenseClaimPaid(ledger, id, expectedVersion, paidOn, eventMetadata());
  },
  setExpensePolicy: (_parent, { input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'expense.policy.manage');
    return setExpensePolicy(ledger, input, eventMetadata());
  },
};

export const ExpenseClaim: ExpenseClaimResolvers = {
  // Async, so a refusal is this representation's alone.
  __resolveReference: async (reference, { principal, loaders }) => {
    accountingPolicy.require(principal, 'expense.claim');
    const claim = await loaders.expenseClaim.load(reference.id);
    if (claim && !canSee(claim, claimVisibility(principal))) throw accountingPolicy.refusal('expense.readAll');
    return claim;
  },
  claimant: (claim) => ({ id: claim.claimantId }),
  department: (claim) => (claim.departmentId ? { id: claim.departmentId } : null),
  total: (claim) => asMoney(claim.total, claim.currency),
  decisions: (claim, _args, { loaders }) => loaders.expenseDecisions.load(claim.id),
  // The ledger is ACCOUNTING's and MANAGER's: the claimant sees that it is posted, not the entry.
  journalEntry: (claim, _args, { principal, loaders }) =>
    guardedField(accountingPolicy.can(principal, 'ledger.read'), () => accountingPolicy.refusal('ledger.read'), () => (claim.journalEntryId ? loaders.journalEntry.load(claim.journalEntryId) : null)),
  paymentEntry: (claim, _args, { principal, loaders }) =>
    guardedField(accountingPolicy.can(principal, 'ledger.read'), () => accountingPolicy.refusal('ledger.read'), () => (claim.paymentEntryId ? loaders.journalEntry.load(claim.paymentEntryId) : null)),
};

export const ExpenseClaimLine: Pick<ExpenseClaimLineResolvers, 'amount' | 'functionalAmount'> = {
  amount: (line) => asMoney(line.amount, line.currency),
  functionalAmount: (line) => asMoney(line.functionalAmount, line.functionalCurrency),
};

export const ExpensePolicy: Pick<ExpensePolicyResolvers, 'receiptRequiredAbove' | 'accountingApprovalAbove'> = {
  receiptRequiredAbove: (policy) => asMoney(policy.receiptRequiredAbove, policy.currency),
  accountingApprovalAbove: (policy) => asMoney(policy.accountingApprovalAbove, policy.currency),
};

export const ExpenseCategoryPolicy: Pick<ExpenseCategoryPolicyResolvers, 'perLineLimit' | 'perDayLimit' | 'account'> = {
  perLineLimit: (category) => (category.perLineLimit ? asMoney(category.perLineLimit, category.currency) : null),
  perDayLimit: (category) => (category.perDayLimit ? asMoney(category.perDayLimit, category.currency) : null),
  account: async (category, _args, { loaders }) => (await loaders.ledgerAccount.load(category.accountId))!,
};

// Accounting's field on HR's Employee.
export const Employee: Pick<EmployeeResolvers, '__resolveReference' | 'expenseClaims'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  expenseClaims: (employee, _args, { loaders }) => loaders.employeeExpenseClaims.load(employee.id),
};

export const MonthlyExpenseSpend: MonthlyExpenseSpendResolvers = {
  department: (row) => (row.departmentId ? { id: row.departmentId } : null),
  total: (row) => asMoney(row.total, row.currency),
};
