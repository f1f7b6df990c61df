import type { EntityManager } from 'typeorm';
import { recordAudit } from '@backoffice/platform/audit';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import type { Sql } from '@backoffice/platform/sql';
import { accessGranted } from '@backoffice/events/it-events';
import type { SystemAccountRecord } from './system-account.record';
import * as accounts from './system-account.repository';

// Every new hire gets a work email account on day one. Runs in the caller's transaction (the
// consumer's, with its inbox row), with its audit row and event.
export async function provisionEmailAccount(tx: EntityManager, employee: { employeeId: string; email: string }, metadata: EventMetadata): Promise<SystemAccountRecord> {
  const account = await accounts.insertSystemAccount(tx, { employeeId: employee.employeeId, system: 'email', username: employee.email, status: 'ACTIVE' });
  await recordAudit(tx, { actor: metadata.actor, action: 'access.granted', entityType: 'system_account', entityId: account.id, changes: { system: 'email', employeeId: employee.employeeId }, correlationId: metadata.correlationId });
  await recordEvent(tx, accessGranted, { accountId: account.id, employeeId: employee.employeeId, system: 'email', username: employee.email }, metadata);
  return account;
}

// Loader batch: each employee's accounts, in the order asked.
export async function accountsByEmployee(db: Sql, employeeIds: readonly string[]): Promise<SystemAccountRecord[][]> {
  const byEmployee = new Map<string, SystemAccountRecord[]>();
  for (const row of await accounts.accountsOfEmployees(db, employeeIds)) byEmployee.set(row.employeeId, [...(byEmployee.get(row.employeeId) ?? []), row]);
  return employeeIds.map((id) => byEmployee.get(id) ?? []);
}
