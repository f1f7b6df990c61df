import { hasAnyRole, isSelf, requireAnyRole } from '@backoffice/platform/identity';
import type { EmployeeResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';

export const employeeQueries: Pick<QueryResolvers, 'employee' | 'employees'> = {
  employee: (_parent, { id }, { loaders }) => loaders.employee.load(id),
  employees: async (_parent, args, { employees, loaders }) => {
    const page = await employees.list(args);
    for (const row of page.rows) loaders.employee.prime(row.id, row);
    return {
      edges: page.rows.map((row) => ({ node: row, cursor: page.cursorOf(row) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.length ? page.cursorOf(page.rows[page.rows.length - 1]!) : null },
      totalCount: page.totalCount,
    };
  },
};

export const employeeMutations: Pick<MutationResolvers, 'hireEmployee'> = {
  hireEmployee: (_parent, { input }, { principal, employees, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return employees.hire(input, eventMetadata);
  },
};

export const Employee: EmployeeResolvers = {
  // The same loader serves `_entities`, so the gateway's batches cost one statement.
  __resolveReference: (reference, { loaders }) => loaders.employee.load(reference.id),
  department: async (employee, _args, { loaders }) => {
    const department = await loaders.department.load(employee.departmentId);
    if (!department) throw new Error(`employee ${employee.id} points at missing department ${employee.departmentId}`);
    return department;
  },
  manager: (employee, _args, { loaders }) => (employee.managerId ? loaders.employee.load(employee.managerId) : null),
  // Pay is checked here, where HR owns it, for normal and `_entities` paths alike.
  salary: async (employee, _args, { principal, loaders }) => {
    if (!isSelf(principal, employee.id) && !hasAnyRole(principal, 'HR', 'MANAGER')) return null;
    const compensation = await loaders.currentCompensation.load(employee.id);
    return compensation ? { amount: compensation.amount, currency: compensation.currency } : null;
  },
};
