import { refused, type FieldProblem } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { compensationChanged, employeeRehired } from '@backoffice/events/hr-events';
import { requireSecondPerson } from '../../access/separation-of-duties';
import { placementProblems } from '../../departments/department.queries';
import { diff } from '../../field-changes';
import type { HrModules } from '../../hr-modules';
import { rehireEmployeeInput } from '../employee.inputs';
import type { EmployeeRecord } from '../employee.record';
import * as employees from '../employee.repository';
import { claimVersion, loadEmployee, recordEmployeeChange, reportingLineProblems } from '../employee.rules';

// A former employee comes back after their last day: a new start, job and pay.
export async function rehireEmployee({ dataSource, clock, employeeHooks }: HrModules, id: string, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
  const rehire = parseInput(rehireEmployeeInput, input);
  requireSecondPerson(metadata.actor, id, 'rehireSelf');
  return dataSource.transaction(async (tx) => {
    if (rehire.managerId) await employees.lockOrgChart(tx);
    const record = await loadEmployee(tx, id);
    const today = clock.today();
    const problems: FieldProblem[] = [];
    // The termination date is the last day: on it the employee is still employed.
    if (!record.terminationDate || record.terminationDate >= today) {
      problems.push({ field: 'id', message: record.terminationDate ? `has not left yet (leaves on ${record.terminationDate})` : 'the employee is still employed; only former employees can be rehired' });
    } else if (rehire.startDate <= record.terminationDate) problems.push({ field: 'input.startDate', message: `must be after the last day ${record.terminationDate}` });
    problems.push(...(await placementProblems(tx, rehire.departmentId, 'input.departmentId')));
    if (rehire.managerId) problems.push(...(await reportingLineProblems(tx, id, rehire.managerId, rehire.startDate, 'input.managerId', today)));
    if (problems.length) throw refused('The rehire cannot be recorded', problems);
    const fields = {
      startDate: rehire.startDate,
      terminationDate: null,
      terminationReason: null,
      previousTerminationDate: record.terminationDate,
      ...(rehire.employmentType ? { employmentType: rehire.employmentType } : {}),
    };
    await claimVersion(tx, id, rehire.version ?? record.version, fields);
    await employees.insertJobAssignment(tx, { employeeId: id, departmentId: rehire.departmentId, managerId: rehire.managerId, title: rehire.title, effectiveDate: rehire.startDate, reason: 'rehire', changedFields: employees.ALL_JOB_FIELDS });
    const [previous] = await employees.compensationsInForce(tx, [id], rehire.startDate);
    await employees.insertCompensation(tx, { employeeId: id, ...rehire.salary, payFrequency: rehire.payFrequency, effectiveDate: rehire.startDate, reason: 'rehire' });
    const changes = { ...diff(record, fields), departmentId: { from: record.departmentId, to: rehire.departmentId }, title: { from: record.title, to: rehire.title } };
    await recordEmployeeChange(tx, id, 'rehired', changes, rehire.startDate, metadata);
    const rehired = await loadEmployee(tx, id);
    const { eventId } = await recordEvent(tx, employeeRehired, { employeeId: id, startDate: rehire.startDate, departmentId: rehire.departmentId, managerId: rehire.managerId, title: rehire.title, employmentType: rehired.employmentType }, metadata);
    for (const hook of employeeHooks.hired) await hook(tx, { employeeId: id, startDate: rehire.startDate, eventId }, metadata);
    await recordEvent(tx, compensationChanged, {
      employeeId: id, ...rehire.salary, payFrequency: rehire.payFrequency, effectiveDate: rehire.startDate, reason: 'rehire', previousAmount: previous?.amount ?? null,
    }, metadata);
    return rehired;
  });
}
