import { requireAnyRole } from '@backoffice/platform/identity';
import type { DepartmentResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';

export const departmentQueries: Pick<QueryResolvers, 'department' | 'departments'> = {
  department: (_parent, { id }, { loaders }) => loaders.department.load(id),
  departments: (_parent, _args, { departments }) => departments.list(),
};

export const departmentMutations: Pick<MutationResolvers, 'createDepartment' | 'updateDepartment' | 'closeDepartment'> = {
  createDepartment: (_parent, { input }, { principal, departments, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return departments.create(input, eventMetadata);
  },
  updateDepartment: (_parent, { id, input }, { principal, departments, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return departments.update(id, input, eventMetadata);
  },
  closeDepartment: (_parent, { id, version }, { principal, departments, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return departments.close(id, version, eventMetadata);
  },
};

export const Department: DepartmentResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.department.load(reference.id),
  parent: (department, _args, { loaders }) => (department.parentId ? loaders.department.load(department.parentId) : null),
  children: (department, _args, { loaders }) => loaders.departmentChildren.load(department.id),
  head: (department, _args, { loaders }) => (department.headId ? loaders.employee.load(department.headId) : null),
  headcount: (department, _args, { loaders }) => loaders.headcount.load(department.id),
};
