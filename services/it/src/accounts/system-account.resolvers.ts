import { requireSelfOrRole } from '@backoffice/platform/identity';
import type { EmployeeResolvers, SystemAccountResolvers } from '../__generated__/resolvers-types';

// IT's fields on HR's Employee: only what IT owns.
export const Employee: Pick<EmployeeResolvers, '__resolveReference' | 'accounts'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  accounts: (employee, _args, { principal, loaders }) => {
    requireSelfOrRole(principal, employee.id, 'IT', 'HR', 'MANAGER');
    return loaders.accountsOfEmployee.load(employee.id);
  },
};

export const SystemAccount: Pick<SystemAccountResolvers, 'createdAt'> = {
  createdAt: (account) => account.createdAt.toISOString(),
};
