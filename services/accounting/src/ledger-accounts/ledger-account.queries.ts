import type { Sql } from '@backoffice/platform/sql';
import type { LedgerAccountRecord } from './ledger-account.record';
import { ledgerAccountIdByCode, ledgerAccountsByIds, listLedgerAccounts } from './ledger-account.repository';

// The chart of accounts, by code.
export function chartOfAccounts(db: Sql): Promise<LedgerAccountRecord[]> {
  return listLedgerAccounts(db);
}

export async function ledgerAccountsInOrder(db: Sql, ids: readonly string[]): Promise<Array<LedgerAccountRecord | null>> {
  const found = new Map((await ledgerAccountsByIds(db, ids)).map((account) => [account.id, account]));
  return ids.map((id) => found.get(id) ?? null);
}

// The account the ledger's own postings use by code (retained earnings, payables, salaries...).
export function accountIdByCode(db: Sql, code: string): Promise<string | undefined> {
  return ledgerAccountIdByCode(db, code);
}
