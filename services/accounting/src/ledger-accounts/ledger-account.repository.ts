import { firstRow, rows, type Sql } from '@backoffice/platform/sql';
import type { LedgerAccountRecord } from './ledger-account.record';

// The only code that knows how the chart of accounts is stored (table `accounts`).
const COLUMNS = `id, code, name, type, parent_id AS "parentId", to_char(archived_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "archivedAt"`;

export function listLedgerAccounts(db: Sql): Promise<LedgerAccountRecord[]> {
  return rows<LedgerAccountRecord>(db, `SELECT ${COLUMNS} FROM accounts ORDER BY code`);
}

export function ledgerAccountsByIds(db: Sql, ids: readonly string[]): Promise<LedgerAccountRecord[]> {
  return rows<LedgerAccountRecord>(db, `SELECT ${COLUMNS} FROM accounts WHERE id = ANY($1::uuid[])`, [ids]);
}

export async function insertLedgerAccount(db: Sql, account: { code: string; name: string; type: string; parentId: string | null }): Promise<LedgerAccountRecord | undefined> {
  const [row] = await rows<LedgerAccountRecord>(
    db,
    `INSERT INTO accounts (code, name, type, parent_id) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING RETURNING ${COLUMNS}`,
    [account.code, account.name, account.type, account.parentId],
  );
  return row;
}

export async function archiveLedgerAccountRow(db: Sql, id: string, at: Date): Promise<LedgerAccountRecord | undefined> {
  const [row] = await rows<LedgerAccountRecord>(db, `UPDATE accounts SET archived_at = coalesce(archived_at, $2) WHERE id = $1 RETURNING ${COLUMNS}`, [id, at]);
  return row;
}

export async function lockLedgerAccount(db: Sql, id: string): Promise<LedgerAccountRecord | undefined> {
  const [row] = await rows<LedgerAccountRecord>(db, `SELECT ${COLUMNS} FROM accounts WHERE id = $1 FOR UPDATE`, [id]);
  return row;
}

export async function ledgerAccountIdByCode(db: Sql, code: string): Promise<string | undefined> {
  return (await firstRow<{ id: string }>(db, `SELECT id FROM accounts WHERE code = $1`, [code]))?.id;
}
