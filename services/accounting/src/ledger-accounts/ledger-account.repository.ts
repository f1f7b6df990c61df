import { rows, type Sql } from '@backoffice/platform/sql';
import type { LedgerAccountRecord } from './ledger-account.record';

// The only code that knows how the chart of accounts is stored (table `accounts`).
const COLUMNS = `id, code, name, type, parent_id AS "parentId", to_char(archived_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "archivedAt"`;

export function listLedgerAccounts(db: Sql): Promise<LedgerAccountRecord[]> {
  return rows<LedgerAccountRecord>(db, `SELECT ${COLUMNS} FROM accounts ORDER BY code`);
}

export function ledgerAccountsByIds(db: Sql, ids: readonly string[]): Promise<LedgerAccountRecord[]> {
  return rows<LedgerAccountRecord>(db, `SELECT ${COLUMNS} FROM accounts WHERE id = ANY($1::uuid[])`, [ids]);
}
