import type { Sql } from '@backoffice/platform/sql';
import type { LedgerAccountRecord } from './ledger-account.record';
import { listLedgerAccounts } from './ledger-account.repository';

// The chart of accounts, by code.
export function chartOfAccounts(db: Sql): Promise<LedgerAccountRecord[]> {
  return listLedgerAccounts(db);
}
