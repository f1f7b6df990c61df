export type LedgerAccountType = 'ASSET' | 'LIABILITY' | 'EQUITY' | 'REVENUE' | 'EXPENSE';

// An account in the chart of accounts.
export type LedgerAccountRecord = { id: string; code: string; name: string; type: LedgerAccountType };
