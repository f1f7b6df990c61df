import { guardedField } from '@backoffice/platform/access';
import type { BudgetResolvers, DepartmentResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';

// Accounting's fields on HR's Department: only what accounting owns.
export const Department: Pick<DepartmentResolvers, '__resolveReference' | 'budget'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  // Denied: null with FORBIDDEN at this path, so the department's other fields survive.
  budget: (department, _args, { principal, loaders }) =>
    guardedField(accountingPolicy.can(principal, 'budget.read'), () => accountingPolicy.refusal('budget.read'), () => loaders.currentBudget.load(department.id)),
};

export const Budget: Pick<BudgetResolvers, 'amount'> = {
  amount: (budget) => ({ amount: budget.amount, currency: budget.currency }),
};
