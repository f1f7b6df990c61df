import { rows, type Sql } from '@backoffice/platform/sql';
import type { LedgerAccountRecord } from './ledger-account.record';

// The only code that knows how the chart of accounts is stored (table `accounts`).
export function listLedgerAccounts(db: Sql): Promise<LedgerAccountRecord[]> {
  return rows<LedgerAccountRecord>(db, `SELECT id, code, name, type FROM accounts ORDER BY code`);
}
