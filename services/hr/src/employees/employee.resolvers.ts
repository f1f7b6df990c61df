import { forbidden } from '@backoffice/platform/errors';
import { hasAnyRole, isSelf, requireAnyRole } from '@backoffice/platform/identity';
import type { EmployeeResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { privateField } from './employee.access';
import { SELF_SERVICE_FIELDS } from './employee.inputs';
import type { CompensationRecord, EmployeeChangeRecord, EmployeeRecord } from './employee.record';

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

export const employeeMutations: Pick<MutationResolvers, 'hireEmployee' | 'updateEmployee' | 'transferEmployee' | 'changeSalary' | 'terminateEmployee' | 'rehireEmployee'> = {
  hireEmployee: (_parent, { input }, { principal, employees, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return employees.hire(input, eventMetadata);
  },
  updateEmployee: (_parent, { id, input }, { principal, employees, eventMetadata }) => {
    if (!hasAnyRole(principal, 'HR', 'MANAGER')) {
      // Self-service: an employee keeps their own contact details current.
      const others = Object.keys(input).filter((field) => !SELF_SERVICE_FIELDS.has(field));
      if (!isSelf(principal, id) || others.length) {
        throw forbidden(`Employees may change only their own phone, work location and emergency contact; ${others.length ? others.join(', ') : 'this record'} needs HR.`);
      }
    }
    return employees.update(id, input, eventMetadata);
  },
  transferEmployee: (_parent, { id, input }, { principal, employees, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return employees.transfer(id, input, eventMetadata);
  },
  changeSalary: (_parent, { id, input }, { principal, employees, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return employees.changeSalary(id, input, eventMetadata);
  },
  terminateEmployee: (_parent, { id, input }, { principal, employees, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return employees.terminate(id, input, eventMetadata);
  },
  rehireEmployee: (_parent, { id, input }, { principal, employees, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return employees.rehire(id, input, eventMetadata);
  },
};

const asCompensation = (pay: CompensationRecord) => ({ ...pay, recordedAt: pay.recordedAt.toISOString() });
const asChange = (change: EmployeeChangeRecord) => ({
  action: change.action,
  effectiveDate: change.effectiveDate,
  recordedAt: change.recordedAt.toISOString(),
  actor: change.actor,
  fields: Object.entries(change.changes).map(([field, { from, to }]) => ({ field, from, to })),
});

export const Employee: EmployeeResolvers = {
  // The same loader serves `_entities`, so the gateway's batches cost one statement.
  __resolveReference: (reference, { loaders }) => loaders.employee.load(reference.id),
  department: async (employee, _args, { loaders }) => {
    const department = await loaders.department.load(employee.departmentId);
    if (!department) throw new Error(`employee ${employee.id} points at missing department ${employee.departmentId}`);
    return department;
  },
  manager: (employee, _args, { loaders }) => (employee.managerId ? loaders.employee.load(employee.managerId) : null),
  directReports: (employee, _args, { loaders }) => loaders.directReports.load(employee.id),
  reportingChain: async (employee, _args, { loaders }) => {
    const ids = await loaders.reportingChain.load(employee.id);
    return (await loaders.employee.loadMany(ids)).filter((row): row is EmployeeRecord => row !== null && !(row instanceof Error));
  },
  phone: (employee, _args, { principal }) => privateField(principal, employee.id, () => employee.phone),
  emergencyContact: (employee, _args, { principal }) => privateField(principal, employee.id, () => employee.emergencyContact),
  terminationDate: (employee, _args, { principal }) => privateField(principal, employee.id, () => employee.terminationDate),
  terminationReason: (employee, _args, { principal }) => privateField(principal, employee.id, () => employee.terminationReason),
  salary: (employee, _args, { principal, loaders }) =>
    privateField(principal, employee.id, async () => {
      const pay = await loaders.compensationInForce.load(employee.id);
      return pay ? { amount: pay.amount, currency: pay.currency } : null;
    }),
  compensation: (employee, _args, { principal, loaders }) =>
    privateField(principal, employee.id, async () => {
      const pay = await loaders.compensationInForce.load(employee.id);
      return pay ? asCompensation(pay) : null;
    }),
  compensationHistory: (employee, _args, { principal, loaders }) =>
    privateField(principal, employee.id, async () => (await loaders.compensationHistory.load(employee.id)).map(asCompensation)),
  history: (employee, _args, { principal, loaders }) => privateField(principal, employee.id, async () => (await loaders.history.load(employee.id)).map(asChange)),
};
