import { refused, type FieldProblem } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { employeeTerminated } from '@backoffice/events/hr-events';
import { requireSecondPerson } from '../../access/separation-of-duties';
import { diff } from '../../field-changes';
import type { HrModules } from '../../hr-modules';
import { terminateEmployeeInput } from '../employee.inputs';
import type { EmployeeRecord } from '../employee.record';
import { claimVersion, loadEmployee, recordEmployeeChange } from '../employee.rules';

// Records the last day (the employee is TERMINATED from the next day). Modules that hold
// something up to the last day (leave) settle it through the termination hooks, in this
// transaction.
export async function terminateEmployee({ dataSource, employeeHooks }: HrModules, id: string, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
  const termination = parseInput(terminateEmployeeInput, input);
  requireSecondPerson(metadata.actor, id, 'terminateSelf');
  return dataSource.transaction(async (tx) => {
    const record = await loadEmployee(tx, id);
    const problems: FieldProblem[] = [];
    if (record.terminationDate) problems.push({ field: 'id', message: `already leaving on ${record.terminationDate}` });
    if (termination.terminationDate < record.startDate) problems.push({ field: 'input.terminationDate', message: `must be on or after the start date ${record.startDate}` });
    if (problems.length) throw refused('The termination cannot be recorded', problems);
    const fields = { terminationDate: termination.terminationDate, terminationReason: termination.reason };
    await claimVersion(tx, id, termination.version ?? record.version, fields);
    await recordEmployeeChange(tx, id, 'terminated', diff(record, fields), termination.terminationDate, metadata);
    for (const hook of employeeHooks.afterTermination) await hook(tx, { employeeId: id, lastDay: termination.terminationDate }, metadata);
    // The reason stays in HR: analysts read hr.employee.v1.
    const { eventId } = await recordEvent(tx, employeeTerminated, { employeeId: id, terminationDate: termination.terminationDate }, metadata);
    for (const hook of employeeHooks.terminated) await hook(tx, { employeeId: id, lastDay: termination.terminationDate, eventId }, metadata);
    return loadEmployee(tx, id);
  });
}
