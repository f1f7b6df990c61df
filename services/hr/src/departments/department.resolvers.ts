import type { DepartmentResolvers, MonthlyHeadcountResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { hrPolicy } from '../access/policy';
import { parseInput } from '@backoffice/platform/validation';
import { yearInput } from '@backoffice/platform/month-ends';
import { allDepartments, headcountByMonth } from './department.queries';
import { closeDepartment, createDepartment, updateDepartment } from './department.service';

export const departmentQueries: Pick<QueryResolvers, 'department' | 'departments' | 'headcountByMonth'> = {
  department: (_parent, { id }, { loaders }) => loaders.department.load(id),
  departments: (_parent, _args, { modules }) => allDepartments(modules.dataSource),
  headcountByMonth: async (_parent, { year, departmentId }, { modules }) =>
    (await headcountByMonth(modules.dataSource, parseInput(yearInput, year, 'year'), modules.clock.today())).filter((row) => !departmentId || row.departmentId === departmentId),
};

export const MonthlyHeadcount: MonthlyHeadcountResolvers = {
  department: (row, _args, { loaders }) => loaders.department.load(row.departmentId).then((department) => department!),
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
