import type { DepartmentResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { hrPolicy } from '../access/policy';
import { allDepartments } from './department.queries';
import { closeDepartment, createDepartment, updateDepartment } from './department.service';

export const departmentQueries: Pick<QueryResolvers, 'department' | 'departments'> = {
  department: (_parent, { id }, { loaders }) => loaders.department.load(id),
  departments: (_parent, _args, { modules }) => allDepartments(modules.dataSource),
};

export const departmentMutations: Pick<MutationResolvers, 'createDepartment' | 'updateDepartment' | 'closeDepartment'> = {
  createDepartment: (_parent, { input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'department.manage');
    return createDepartment(modules, input, eventMetadata);
  },
  updateDepartment: (_parent, { id, input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'department.manage');
    return updateDepartment(modules, id, input, eventMetadata);
  },
  closeDepartment: (_parent, { id, version }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'department.manage');
    return closeDepartment(modules, id, version, eventMetadata);
  },
};

export const Department: DepartmentResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.department.load(reference.id),
  parent: (department, _args, { loaders }) => (department.parentId ? loaders.department.load(department.parentId) : null),
  children: (department, _args, { loaders }) => loaders.departmentChildren.load(department.id),
  head: (department, _args, { loaders }) => (department.headId ? loaders.employee.load(department.headId) : null),
  headcount: (department, _args, { loaders }) => loaders.headcount.load(department.id),
};
