import type { Resolvers } from './__generated__/resolvers-types';
import { Department, departmentMutations, departmentQueries } from './departments/department.resolvers';
import { Employee, employeeMutations, employeeQueries } from './employees/employee.resolvers';

export const resolvers: Resolvers = {
  Query: { ...employeeQueries, ...departmentQueries },
  Mutation: { ...employeeMutations, ...departmentMutations },
  Employee,
  Department,
};
