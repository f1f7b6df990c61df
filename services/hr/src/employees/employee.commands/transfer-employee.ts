import { refused, type FieldProblem } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { employeeTransferred } from '@backoffice/events/hr-events';
import { requireSecondPerson } from '../../access/separation-of-duties';
import { placementProblems } from '../../departments/department.queries';
import { addDays } from '../../dates';
import { diff } from '../../field-changes';
import type { HrModules } from '../../hr-modules';
import { transferEmployeeInput } from '../employee.inputs';
import type { EmployeeRecord } from '../employee.record';
import * as employees from '../employee.repository';
import { claimVersion, loadEmployee, recordEmployeeChange, reportingLineProblems } from '../employee.rules';

type Job = { departmentId: string; managerId: string | null; title: string };

// A new department, manager or title from a date (today by default, or scheduled).
export async function transferEmployee({ dataSource, clock, employeeHooks }: HrModules, id: string, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
  const transfer = parseInput(transferEmployeeInput, input);
  requireSecondPerson(metadata.actor, id, 'transferSelf');
  const today = clock.today();
  const effectiveDate = transfer.effectiveDate ?? today;
  return dataSource.transaction(async (tx) => {
    await employees.lockOrgChart(tx);
    const record = await loadEmployee(tx, id);
    const current = (await employees.jobOn(tx, id, effectiveDate))!;
    const next: Job = {
      departmentId: transfer.departmentId ?? current.departmentId,
      managerId: transfer.managerId === undefined ? current.managerId : transfer.managerId,
      title: transfer.title ?? current.title,
    };
    const problems: FieldProblem[] = [];
    if (record.status === 'TERMINATED') problems.push({ field: 'id', message: 'the employee has left the company; rehire them first' });
    if (effectiveDate < record.startDate) problems.push({ field: 'input.effectiveDate', message: `must be on or after the start date ${record.startDate}` });
    if (transfer.departmentId) problems.push(...(await placementProblems(tx, next.departmentId, 'input.departmentId')));
    if (transfer.managerId) problems.push(...(await reportingLineProblems(tx, id, transfer.managerId, effectiveDate, 'input.managerId', today)));
    const changes = diff(current, next);
    if (!problems.length && !Object.keys(changes).length) problems.push({ field: 'input', message: 'nothing changes: give a new department, manager or title' });
    if (problems.length) throw refused('The transfer cannot be recorded', problems);
    await claimVersion(tx, id, transfer.version ?? record.version);
    const changedFields = Object.keys(changes) as employees.JobField[];
    await employees.insertJobAssignment(tx, { employeeId: id, ...next, effectiveDate, reason: transfer.reason ?? null, changedFields });
    const revised = await employees.carryJobChangeForward(tx, id, effectiveDate, Object.fromEntries(changedFields.map((field) => [field, next[field]])));
    await recordEmployeeChange(tx, id, 'transferred', changes, effectiveDate, metadata);
    await recordEvent(tx, employeeTransferred, transferredEvent(id, current, next, effectiveDate), metadata);
    // Changes already scheduled after this one now carry its values: say so again for each
    // date they take effect, with the job in force from then, so a consumer applying events in
    // order (the latest per effective date wins) ends up with what the database has.
    for (const date of new Set(revised.map((scheduled) => scheduled.effectiveDate))) {
      const before = (await employees.jobOn(tx, id, addDays(date, -1)))!;
      const after = (await employees.jobOn(tx, id, date))!;
      await recordEvent(tx, employeeTransferred, transferredEvent(id, before, after, date), metadata);
    }
    for (const hook of employeeHooks.recordChanged) await hook(tx, { employeeId: id }, metadata);
    return loadEmployee(tx, id);
  });
}

function transferredEvent(employeeId: string, from: Job, to: Job, effectiveDate: string) {
  return {
    employeeId, fromDepartmentId: from.departmentId, toDepartmentId: to.departmentId, fromManagerId: from.managerId,
    toManagerId: to.managerId, fromTitle: from.title, toTitle: to.title, effectiveDate,
  };
}
