import { refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { compensationChanged, employeeHired } from '@backoffice/events/hr-events';
import { placementProblems } from '../../departments/department.queries';
import type { FieldChanges } from '../../field-changes';
import type { HrModules } from '../../hr-modules';
import { hireEmployeeInput } from '../employee.inputs';
import type { EmployeeRecord } from '../employee.record';
import * as employees from '../employee.repository';
import { describePay, emailProblems, loadEmployee, recordEmployeeChange, reportingLineProblems, rethrowEmailTaken } from '../employee.rules';

// One transaction: the record, its first job and pay, history, audit and both events.
export async function hireEmployee({ dataSource, clock, employeeHooks }: HrModules, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
  const hire = parseInput(hireEmployeeInput, input);
  return dataSource.transaction(async (tx) => {
    if (hire.managerId) await employees.lockOrgChart(tx);
    const problems = [
      ...(await placementProblems(tx, hire.departmentId, 'input.departmentId')),
      ...(hire.managerId ? await reportingLineProblems(tx, null, hire.managerId, hire.startDate, 'input.managerId', clock.today()) : []),
      ...(await emailProblems(tx, hire.email, null)),
    ];
    if (problems.length) throw refused('The hire cannot be recorded', problems);
    const { id: employeeId, employeeNumber } = await employees.insertEmployee(tx, hire).catch((error: unknown) => rethrowEmailTaken(error, hire.email));
    await employees.insertJobAssignment(tx, { employeeId, departmentId: hire.departmentId, managerId: hire.managerId, title: hire.title, effectiveDate: hire.startDate, reason: 'hire', changedFields: employees.ALL_JOB_FIELDS });
    await employees.insertCompensation(tx, { employeeId, ...hire.salary, payFrequency: hire.payFrequency, effectiveDate: hire.startDate, reason: 'hire' });
    const record = await loadEmployee(tx, employeeId);
    const fields: FieldChanges = {
      employeeNumber: { from: null, to: employeeNumber },
      name: { from: null, to: `${hire.firstName} ${hire.lastName}` },
      email: { from: null, to: hire.email },
      title: { from: null, to: hire.title },
      departmentId: { from: null, to: hire.departmentId },
      managerId: { from: null, to: hire.managerId },
      salary: { from: null, to: describePay({ ...hire.salary, payFrequency: hire.payFrequency }) },
    };
    await recordEmployeeChange(tx, record.id, 'hired', fields, hire.startDate, metadata);
    const { eventId } = await recordEvent(tx, employeeHired, {
      employeeId, employeeNumber, firstName: record.firstName, lastName: record.lastName, email: record.email, title: hire.title,
      departmentId: hire.departmentId, managerId: hire.managerId, employmentType: record.employmentType, startDate: record.startDate,
    }, metadata);
    for (const hook of employeeHooks.hired) await hook(tx, { employeeId, startDate: record.startDate, eventId }, metadata);
    // Pay travels only on hr.compensation.v1, which only accounting reads.
    await recordEvent(tx, compensationChanged, {
      employeeId, ...hire.salary, payFrequency: hire.payFrequency, effectiveDate: hire.startDate, reason: 'hire', previousAmount: null,
    }, metadata);
    return record;
  });
}
