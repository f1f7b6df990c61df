import type { Sql } from '@backoffice/platform/sql';
import type { LedgerAccountRecord } from './ledger-account.record';
import { ledgerAccountsByIds, listLedgerAccounts } from './ledger-account.repository';

// The chart of accounts, by code.
export function chartOfAccounts(db: Sql): Promise<LedgerAccountRecord[]> {
  return listLedgerAccounts(db);
}

export async function ledgerAccountsInOrder(db: Sql, ids: readonly string[]): Promise<Array<LedgerAccountRecord | null>> {
  const found = new Map((await ledgerAccountsByIds(db, ids)).map((account) => [account.id, account]));
  return ids.map((id) => found.get(id) ?? null);
}
