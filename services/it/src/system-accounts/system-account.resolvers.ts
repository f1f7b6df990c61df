import { guardedField } from '@backoffice/platform/access';
import type {
  AccessChangeResolvers,
  AccessFindingResolvers,
  EmployeeResolvers,
  MutationResolvers,
  QueryResolvers,
  SystemAccountChangeResolvers,
  SystemAccountResolvers,
} from '../__generated__/resolvers-types';
import { itPolicy } from '../access/policy';
import { grantAccess } from './system-account.commands/grant-access';
import { revokeAccess } from './system-account.commands/revoke-access';
import { reviewAccess } from './system-account.commands/review-access';
import { suspendAccess } from './system-account.commands/suspend-access';
import { accessChanges, accessFindings } from './system-account.queries';

// IT's fields on HR's Employee: only what IT owns.
export const Employee: Pick<EmployeeResolvers, '__resolveReference' | 'accounts'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  // Denied: null with FORBIDDEN at this path, so a directory query keeps its other fields.
  accounts: (employee, _args, { principal, loaders }) =>
    guardedField(itPolicy.canFor(principal, 'systemAccount.read', { employeeId: employee.id }), () => itPolicy.refusal('systemAccount.read'), () => loaders.accountsOfEmployee.load(employee.id)),
};

export const systemAccountMutations: Pick<MutationResolvers, 'grantAccess' | 'suspendAccess' | 'revokeAccess'> = {
  grantAccess: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'access.manage');
    return grantAccess(modules, input, eventMetadata());
  },
  suspendAccess: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'access.manage');
    return suspendAccess(modules, input, eventMetadata());
  },
  revokeAccess: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'access.manage');
    return revokeAccess(modules, input, eventMetadata());
  },
};

export const SystemAccount: Pick<SystemAccountResolvers, 'employee' | 'history' | 'createdAt'> = {
  employee: (account) => ({ id: account.employeeId }),
  history: (account, _args, { principal, loaders }) => guardedField(itPolicy.can(principal, 'access.manage'), () => itPolicy.refusal('access.manage'), () => loaders.accountHistory.load(account.id)),
  createdAt: (account) => account.createdAt.toISOString(),
};

export const SystemAccountChange: Pick<SystemAccountChangeResolvers, 'at'> = {
  at: (change) => change.at.toISOString(),
};

export const accessChangeQueries: Pick<QueryResolvers, 'accessChanges'> = {
  accessChanges: (_parent, args, { principal, dataSource }) => {
    itPolicy.require(principal, 'access.manage');
    return accessChanges(dataSource, args);
  },
};

export const AccessChange: Pick<AccessChangeResolvers, 'employee' | 'fromDepartment' | 'toDepartment' | 'dueAt' | 'settledAt'> = {
  employee: (change) => ({ id: change.employeeId }),
  fromDepartment: (change) => (change.fromDepartmentId ? { id: change.fromDepartmentId } : null),
  toDepartment: (change) => (change.toDepartmentId ? { id: change.toDepartmentId } : null),
  dueAt: (change) => change.dueAt.toISOString(),
  settledAt: (change) => change.settledAt?.toISOString() ?? null,
};

export const accessReviewQueries: Pick<QueryResolvers, 'accessReview'> = {
  accessReview: (_parent, { departmentId }, { principal, dataSource, clock }) => {
    itPolicy.require(principal, 'access.review');
    return accessFindings(dataSource, departmentId ?? null, clock.today());
  },
};

export const accessReviewMutations: Pick<MutationResolvers, 'reviewAccess'> = {
  reviewAccess: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'access.review');
    return reviewAccess(modules, input, eventMetadata());
  },
};

export const AccessFinding: Pick<AccessFindingResolvers, 'employee' | 'department'> = {
  employee: (finding) => ({ id: finding.account.employeeId }),
  department: (finding) => (finding.departmentId ? { id: finding.departmentId } : null),
};
