import { hasAnyRole, isSelf, type Principal } from '@backoffice/platform/identity';

// Private fields of a record (pay, history, contact) are for the employee, HR and the
// manager; colleagues see the directory fields. Checked where the field is resolved, so the
// `_entities` path gets the same answer as a normal query.
export function maySeePrivateFields(principal: Principal, employeeId: string): boolean {
  return isSelf(principal, employeeId) || hasAnyRole(principal, 'HR', 'MANAGER');
}

export function privateField<T>(principal: Principal, employeeId: string, value: () => T): T | null {
  return maySeePrivateFields(principal, employeeId) ? value() : null;
}
