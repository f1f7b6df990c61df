import { guardedField } from '@backoffice/platform/access';
import type { EmployeeResolvers, SystemAccountResolvers } from '../__generated__/resolvers-types';
import { itPolicy } from '../access/policy';

// IT's fields on HR's Employee: only what IT owns.
export const Employee: Pick<EmployeeResolvers, '__resolveReference' | 'accounts'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  // Denied: null with FORBIDDEN at this path, so a directory query keeps its other fields.
  accounts: (employee, _args, { principal, loaders }) =>
    guardedField(itPolicy.canFor(principal, 'systemAccount.read', { employeeId: employee.id }), () => itPolicy.refusal('systemAccount.read'), () => loaders.accountsOfEmployee.load(employee.id)),
};

export const SystemAccount: Pick<SystemAccountResolvers, 'createdAt'> = {
  createdAt: (account) => account.createdAt.toISOString(),
};
