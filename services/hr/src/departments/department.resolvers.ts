import { requireAnyRole } from '@backoffice/platform/identity';
import type { DepartmentResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';

export const departmentQueries: Pick<QueryResolvers, 'department' | 'departments'> = {
  department: (_parent, { id }, { loaders }) => loaders.department.load(id),
  departments: (_parent, _args, { departments }) => departments.list(),
};

export const departmentMutations: Pick<MutationResolvers, 'createDepartment'> = {
  createDepartment: (_parent, { input }, { principal, departments, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return departments.create(input, eventMetadata);
  },
};

export const Department: DepartmentResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.department.load(reference.id),
  headcount: (department, _args, { loaders }) => loaders.headcount.load(department.id),
};
