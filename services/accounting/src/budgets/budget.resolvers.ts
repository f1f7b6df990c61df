import { hasAnyRole } from '@backoffice/platform/identity';
import type { BudgetResolvers, DepartmentResolvers } from '../__generated__/resolvers-types';

// Accounting's fields on HR's Department: only what accounting owns.
export const Department: Pick<DepartmentResolvers, '__resolveReference' | 'budget'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  budget: (department, _args, { principal, loaders }) => {
    if (!hasAnyRole(principal, 'ACCOUNTING', 'MANAGER')) return null;
    return loaders.currentBudget.load(department.id);
  },
};

export const Budget: Pick<BudgetResolvers, 'amount'> = {
  amount: (budget) => ({ amount: budget.amount, currency: budget.currency }),
};
