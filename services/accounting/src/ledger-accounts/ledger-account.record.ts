export type LedgerAccountType = 'ASSET' | 'LIABILITY' | 'EQUITY' | 'REVENUE' | 'EXPENSE';

// An account in the chart of accounts: a tree (parentId), archived rather than deleted.
export type LedgerAccountRecord = { id: string; code: string; name: string; type: LedgerAccountType; parentId: string | null; archivedAt: string | null };
