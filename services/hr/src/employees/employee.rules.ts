import type { EntityManager } from 'typeorm';
import { NotFound, Refused, staleVersion, type FieldProblem } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { isUniqueViolation, type Sql } from '@backoffice/platform/sql';
import { recordAudit } from '../audit-log';
import type { FieldChanges } from '../field-changes';
import type { EmployeeRecord } from './employee.record';
import * as employees from './employee.repository';

// Rules the employee commands share, written once.

export async function loadEmployee(db: Sql, id: string): Promise<EmployeeRecord> {
  const record = await employees.findEmployee(db, id);
  if (!record) throw new NotFound('Employee', id);
  return record;
}

// A reporting line from `employeeId` (null for a new hire) to `managerId` starting on `onDate`
// (`today` is the clock's):
// the manager exists and is still employed then (their last day included; a backdated line is
// checked as of today too: nobody should start reporting to a leaver), is not the employee,
// and is not below the employee on that date or any later scheduled one (a loop).
export async function reportingLineProblems(db: Sql, employeeId: string | null, managerId: string, onDate: string, field: string, today: string): Promise<FieldProblem[]> {
  if (managerId === employeeId) return [{ field, message: 'an employee cannot be their own manager' }];
  const manager = await employees.findEmployee(db, managerId);
  if (!manager) return [{ field, message: 'no such employee' }];
  const asOf = onDate > today ? onDate : today;
  if (manager.status === 'TERMINATED' || (manager.terminationDate && manager.terminationDate < asOf)) {
    const when = manager.terminationDate ? ` (last day ${manager.terminationDate})` : '';
    return [{ field, message: `the manager ${manager.terminationDate && manager.terminationDate >= today ? 'leaves' : 'has left'} the company${when}` }];
  }
  if (employeeId && (await employees.isInReportingChainOf(db, employeeId, managerId, onDate))) {
    return [{ field, message: 'that person reports to this employee (directly or through others); it would make a reporting loop' }];
  }
  return [];
}

export async function emailProblems(db: Sql, email: string, exceptEmployeeId: string | null): Promise<FieldProblem[]> {
  return (await employees.emailTaken(db, email, exceptEmployeeId)) ? [{ field: 'input.email', message: 'already used by another employee' }] : [];
}

export function rethrowEmailTaken(error: unknown, email: string): never {
  // Two writes with the same email at once: the unique index decides.
  if (isUniqueViolation(error, 'employees_email_unique')) throw new Refused(`${email} is already used by another employee.`, [{ field: 'input.email', message: 'already used by another employee' }]);
  throw error;
}

// The version check failed: either the record moved on, or it never existed.
export async function staleEmployee(db: Sql, id: string, expected: number) {
  const current = await employees.currentVersion(db, id);
  return current === undefined ? new NotFound('Employee', id) : staleVersion('Employee', id, expected, current);
}

// Bumps the version only if it is still the one the caller read (or the one just loaded).
export async function claimVersion(db: Sql, id: string, expected: number, fields: employees.EmployeeFieldUpdate = {}): Promise<void> {
  if ((await employees.updateEmployeeIfVersion(db, id, expected, fields)) === undefined) throw await staleEmployee(db, id, expected);
}

// Every command leaves a history row (HR's own record of who changed what, private values
// included) and an audit row (with them redacted).
export async function recordEmployeeChange(tx: EntityManager, employeeId: string, action: string, changes: FieldChanges, effectiveDate: string, metadata: EventMetadata) {
  await employees.insertChange(tx, { employeeId, action, changes, effectiveDate, actor: metadata.actor });
  await recordAudit(tx, { actor: metadata.actor, action: `employee.${action}`, entityType: 'employee', entityId: employeeId, changes, correlationId: metadata.correlationId });
}

export const describePay = (pay: { amount: string; currency: string; payFrequency: string }) => `${pay.amount} ${pay.currency} ${pay.payFrequency}`;
