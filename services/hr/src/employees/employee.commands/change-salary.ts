import { refused, type FieldProblem } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { compensationChanged } from '@backoffice/events/hr-events';
import { requireSecondPerson } from '../../access/separation-of-duties';
import type { HrModules } from '../../hr-modules';
import { changeSalaryInput } from '../employee.inputs';
import type { EmployeeRecord } from '../employee.record';
import * as employees from '../employee.repository';
import { claimVersion, describePay, loadEmployee, recordEmployeeChange } from '../employee.rules';

// New pay from an effective date (past, today or scheduled).
export async function changeSalary({ dataSource }: HrModules, id: string, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
  const change = parseInput(changeSalaryInput, input);
  requireSecondPerson(metadata.actor, id, 'changeOwnSalary');
  return dataSource.transaction(async (tx) => {
    const record = await loadEmployee(tx, id);
    const [previous] = await employees.compensationsInForce(tx, [id], change.effectiveDate);
    const problems: FieldProblem[] = [];
    if (record.status === 'TERMINATED') problems.push({ field: 'id', message: 'the employee has left the company' });
    if (change.effectiveDate < record.startDate) problems.push({ field: 'input.effectiveDate', message: `must be on or after the start date ${record.startDate}` });
    if (problems.length) throw refused('The pay change cannot be recorded', problems);
    const payFrequency = change.payFrequency ?? previous?.payFrequency ?? 'ANNUAL';
    await claimVersion(tx, id, change.version ?? record.version);
    await employees.insertCompensation(tx, { employeeId: id, ...change.salary, payFrequency, effectiveDate: change.effectiveDate, reason: change.reason });
    const salary = { from: previous ? describePay(previous) : null, to: describePay({ ...change.salary, payFrequency }) };
    await recordEmployeeChange(tx, id, 'salaryChanged', { salary }, change.effectiveDate, metadata);
    await recordEvent(tx, compensationChanged, {
      employeeId: id, ...change.salary, payFrequency, effectiveDate: change.effectiveDate, reason: change.reason, previousAmount: previous?.amount ?? null,
    }, metadata);
    return loadEmployee(tx, id);
  });
}
