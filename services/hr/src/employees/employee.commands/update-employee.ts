import { refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { employeeUpdated } from '@backoffice/events/hr-events';
import { requireSecondPerson } from '../../access/separation-of-duties';
import { diff } from '../../field-changes';
import type { HrModules } from '../../hr-modules';
import { SELF_SERVICE_FIELDS, updateEmployeeInput } from '../employee.inputs';
import { isPrivateEmployeeField, type EmployeeRecord } from '../employee.record';
import * as employees from '../employee.repository';
import { emailProblems, loadEmployee, recordEmployeeChange, rethrowEmailTaken, staleEmployee } from '../employee.rules';

// Personal fields (names, email, contact details, employment type), checked against the
// version the caller read.
export async function updateEmployee({ dataSource, clock, employeeHooks }: HrModules, id: string, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
  const update = parseInput(updateEmployeeInput, input);
  return dataSource.transaction(async (tx) => {
    const before = await loadEmployee(tx, id);
    const { version, ...requested } = update;
    const fields = Object.fromEntries(Object.entries(requested).filter(([, value]) => value !== undefined));
    const changes = diff(before as unknown as Record<string, unknown>, fields);
    // On their own record HR and MANAGER are employees like any other: what self-service allows.
    const beyondSelfService = Object.keys(changes).filter((field) => !SELF_SERVICE_FIELDS.has(field));
    if (beyondSelfService.length) requireSecondPerson(metadata.actor, id, 'editOwnRecord', beyondSelfService.map((field) => `input.${field}`));
    if (changes.email && update.email) {
      const problems = await emailProblems(tx, update.email, id);
      if (problems.length) throw refused('The record cannot be updated', problems);
    }
    if (!Object.keys(changes).length) {
      // Nothing to change: no new version, but a stale one is still reported.
      if (before.version !== version) throw await staleEmployee(tx, id, version);
      return before;
    }
    const newVersion = await employees.updateEmployeeIfVersion(tx, id, version, fields).catch((error: unknown) => rethrowEmailTaken(error, update.email ?? ''));
    if (newVersion === undefined) throw await staleEmployee(tx, id, version);
    await recordEmployeeChange(tx, id, 'updated', changes, clock.today(), metadata);
    // Analysts read hr.employee.v1: private fields stay in HR.
    const publicChanges = Object.fromEntries(Object.entries(changes).filter(([field]) => !isPrivateEmployeeField(field)));
    if (Object.keys(publicChanges).length) {
      await recordEvent(tx, employeeUpdated, { employeeId: id, changes: publicChanges, effectiveDate: clock.today() }, metadata);
    }
    for (const hook of employeeHooks.recordChanged) await hook(tx, { employeeId: id }, metadata);
    return loadEmployee(tx, id);
  });
}
