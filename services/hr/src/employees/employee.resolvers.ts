import { guardedField } from '@backoffice/platform/access';
import { toConnection } from '@backoffice/platform/connection';
import { Forbidden } from '@backoffice/platform/domain-errors';
import type { EmployeeResolvers, MutationResolvers, QueryResolvers, TerminationWithdrawalResolvers } from '../__generated__/resolvers-types';
import { PRIVATE_DATA } from '../access/private-data';
import { hrPolicy } from '../access/policy';
import { REDACTED } from '../audit-log';
import type { HrContext } from '../context';
import { changeSalary } from './employee.commands/change-salary';
import { hireEmployee } from './employee.commands/hire-employee';
import { rehireEmployee } from './employee.commands/rehire-employee';
import { terminateEmployee } from './employee.commands/terminate-employee';
import { transferEmployee } from './employee.commands/transfer-employee';
import { updateEmployee } from './employee.commands/update-employee';
import { withdrawTermination } from './employee.commands/withdraw-termination';
import type { LeaveRequestRecord } from '../leave/leave.record';
import { SELF_SERVICE_FIELDS } from './employee.inputs';
import { employeeDirectory } from './employee.queries';
import { EMPLOYEE_PRIVATE_FIELDS, type CompensationRecord, type EmployeeChangeRecord, type EmployeePrivateField, type EmployeeRecord } from './employee.record';

export const employeeQueries: Pick<QueryResolvers, 'employee' | 'employees'> = {
  employee: (_parent, { id }, { loaders }) => loaders.employee.load(id),
  employees: async (_parent, args, { modules, loaders }) => {
    const page = await employeeDirectory(modules.dataSource, args);
    for (const row of page.rows) loaders.employee.prime(row.id, row);
    return toConnection(page);
  },
};

export const employeeMutations: Pick<MutationResolvers, 'hireEmployee' | 'updateEmployee' | 'transferEmployee' | 'changeSalary' | 'terminateEmployee' | 'withdrawTermination' | 'rehireEmployee'> = {
  hireEmployee: (_parent, { input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'employee.hire');
    return hireEmployee(modules, input, eventMetadata);
  },
  updateEmployee: (_parent, { id, input }, { principal, modules, eventMetadata }) => {
    if (!hrPolicy.can(principal, 'employee.edit')) {
      const others = Object.keys(input).filter((field) => !SELF_SERVICE_FIELDS.has(field));
      if (!hrPolicy.canFor(principal, 'employee.editOwnContact', { employeeId: id }) || others.length) {
        throw new Forbidden(`Employees may change only their own phone, work location and emergency contact; ${others.length ? others.join(', ') : 'this record'} needs HR.`);
      }
    }
    return updateEmployee(modules, id, input, eventMetadata);
  },
  transferEmployee: (_parent, { id, input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'employee.transfer');
    return transferEmployee(modules, id, input, eventMetadata);
  },
  changeSalary: (_parent, { id, input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'employee.changePay');
    return changeSalary(modules, id, input, eventMetadata);
  },
  terminateEmployee: (_parent, { id, input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'employee.terminate');
    return terminateEmployee(modules, id, input, eventMetadata);
  },
  withdrawTermination: (_parent, { id, reason, version }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'employee.terminate');
    return withdrawTermination(modules, id, { reason, version }, eventMetadata);
  },
  rehireEmployee: (_parent, { id, input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'employee.rehire');
    return rehireEmployee(modules, id, input, eventMetadata);
  },
};

// A private field: its value for the employee, HR and MANAGER; for anyone else null with a
// FORBIDDEN error at its path (the platform's denial rule). The same resolver serves `_entities`.
function privateField<T>(field: EmployeePrivateField, employee: EmployeeRecord, { principal }: HrContext, value: () => T): T {
  const permission = EMPLOYEE_PRIVATE_FIELDS[field];
  return guardedField(hrPolicy.canFor(principal, permission, { employeeId: employee.id }), () => hrPolicy.refusal(permission), value);
}

const PAY_PARTS = PRIVATE_DATA.pay.map((part) => part.toLowerCase());
const isPayField = (field: string) => PAY_PARTS.some((part) => field.toLowerCase().includes(part));

const asCompensation = (pay: CompensationRecord) => ({ ...pay, recordedAt: pay.recordedAt.toISOString() });
const asChange = (change: EmployeeChangeRecord) => ({
  action: change.action,
  effectiveDate: change.effectiveDate,
  recordedAt: change.recordedAt.toISOString(),
  actor: change.actor,
  fields: Object.entries(change.changes).map(([field, { from, to }]) => ({ field, from, to })),
});

export const TerminationWithdrawal: TerminationWithdrawalResolvers = {
  settledLeave: async (withdrawal, _args, { loaders }) =>
    (await loaders.leaveRequest.loadMany(withdrawal.settledLeaveRequestIds)).filter((row): row is LeaveRequestRecord => row !== null && !(row instanceof Error)),
};

export const Employee: EmployeeResolvers = {
  // The same loader serves `_entities`, so the gateway's batches cost one statement.
  __resolveReference: (reference, { loaders }) => loaders.employee.load(reference.id),
  onboarding: (employee, _args, { principal, loaders }) =>
    guardedField(hrPolicy.canFor(principal, 'workflow.read', { employeeId: employee.id }), () => hrPolicy.refusal('workflow.read'), () => loaders.onboarding.load(employee.id)),
  offboarding: (employee, _args, { principal, loaders }) =>
    guardedField(hrPolicy.canFor(principal, 'workflow.read', { employeeId: employee.id }), () => hrPolicy.refusal('workflow.read'), () => loaders.offboarding.load(employee.id)),
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
  phone: (employee, _args, context) => privateField('phone', employee, context, () => employee.phone),
  emergencyContact: (employee, _args, context) => privateField('emergencyContact', employee, context, () => employee.emergencyContact),
  terminationDate: (employee, _args, context) => privateField('terminationDate', employee, context, () => employee.terminationDate),
  terminationReason: (employee, _args, context) => privateField('terminationReason', employee, context, () => employee.terminationReason),
  salary: (employee, _args, context) =>
    privateField('salary', employee, context, async () => {
      const pay = await context.loaders.compensationInForce.load(employee.id);
      return pay ? { amount: pay.amount, currency: pay.currency } : null;
    }),
  compensation: (employee, _args, context) =>
    privateField('compensation', employee, context, async () => {
      const pay = await context.loaders.compensationInForce.load(employee.id);
      return pay ? asCompensation(pay) : null;
    }),
  compensationHistory: (employee, _args, context) =>
    privateField('compensationHistory', employee, context, async () => (await context.loaders.compensationHistory.load(employee.id)).map(asCompensation)),
  history: (employee, _args, context) =>
    privateField('history', employee, context, async () => {
      const changes = (await context.loaders.history.load(employee.id)).map(asChange);
      // History is private; the pay inside it follows the pay rule, so the two can never differ.
      const seesPay = hrPolicy.canFor(context.principal, 'employee.readPay', { employeeId: employee.id });
      return seesPay ? changes : changes.map((change) => ({ ...change, fields: change.fields.map((field) => (isPayField(field.field) ? { ...field, from: REDACTED, to: REDACTED } : field)) }));
    }),
};
