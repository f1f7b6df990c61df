import { firstRow, rows, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import type { SystemAccountRecord } from './system-account.record';

// The only code that knows how system accounts are stored.

const COLUMNS = `id, employee_id AS "employeeId", system, username, status, created_at AS "createdAt"`;

export async function insertSystemAccount(db: Sql, account: Pick<SystemAccountRecord, 'employeeId' | 'system' | 'username' | 'status'>): Promise<SystemAccountRecord> {
  const row = await firstRow<SystemAccountRecord>(
    db,
    `INSERT INTO system_accounts (employee_id, system, username, status) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
    [account.employeeId, account.system, account.username, account.status],
  );
  return row!;
}

// All accounts of many employees in one statement (for `_entities` batches), oldest first.
export function accountsOfEmployees(db: Sql, employeeIds: readonly string[]): Promise<SystemAccountRecord[]> {
  return rows<SystemAccountRecord>(db, `SELECT ${COLUMNS} FROM system_accounts WHERE employee_id = ANY($1::uuid[]) ORDER BY created_at, id`, [uuidsOnly(employeeIds)]);
}
