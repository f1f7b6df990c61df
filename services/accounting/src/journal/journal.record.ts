// Sources of journal entries: who or what posted them. REVERSAL and CLOSING are posted by the
// ledger itself (reverseJournalEntry, closeFiscalYear).
export const JOURNAL_SOURCES = ['MANUAL', 'EXPENSE', 'PAYROLL', 'ASSET', 'OPENING', 'CLOSING', 'REVERSAL'] as const;
export type JournalSource = (typeof JOURNAL_SOURCES)[number];

// A posted line: amounts in the functional currency; the original amount and the rate used when
// the line was entered in another currency (rate null in the functional currency).
export type JournalLineRecord = {
  lineNo: number;
  accountId: string;
  debit: string;
  credit: string;
  currency: string;
  originalAmount: string;
  rate: string | null;
  costCentre: string | null;
  memo: string | null;
};

export type JournalEntryRecord = {
  id: string;
  fiscalYear: number;
  number: number;
  date: string;
  memo: string;
  source: JournalSource;
  sourceId: string | null;
  reversesId: string | null;
  idempotencyKey: string;
  requestHash: string;
  postedBy: string;
  postedAt: string;
  // Set on an entry that went through four eyes: its maker, and its approver (who posted it).
  preparedBy: string | null;
  approvedBy: string | null;
  previousHash: string;
  hash: string;
  lines: JournalLineRecord[];
};

export type LedgerMismatchRecord = { entryId: string | null; fiscalYear: number; number: number | null; problem: string };
export type LedgerVerificationRecord = { ok: boolean; entriesChecked: number; firstMismatch: LedgerMismatchRecord | null };

// A month of the fiscal year; changedBy/changedAt/reason are null for a month never closed.
export type FiscalPeriodRecord = { period: string; status: 'OPEN' | 'CLOSED'; changedBy: string | null; changedAt: string | null; reason: string | null };
export type RefusedPostingRecord = { attemptedAt: string; actor: string; date: string; idempotencyKey: string | null; reason: string };

// A manual entry waiting for a second person, as entered (amounts in the line's own currency).
export type JournalDraftStatus = 'DRAFT' | 'POSTED' | 'DISCARDED';

export type JournalDraftLineRecord = {
  lineNo: number;
  accountId: string;
  debit: string | null;
  credit: string | null;
  currency: string;
  departmentId: string | null;
  memo: string | null;
};

export type JournalDraftRecord = {
  id: string;
  status: JournalDraftStatus;
  date: string;
  memo: string;
  sourceId: string | null;
  lines: JournalDraftLineRecord[];
  // Debits in the functional currency at the rates in force on `date`.
  total: string;
  currency: string;
  preparedBy: string;
  preparedAt: string;
  // Everyone who wrote it, its maker first: none of them may approve it.
  editors: string[];
  updatedAt: string;
  version: number;
  decidedBy: string | null;
  decidedAt: string | null;
  discardReason: string | null;
  entryId: string | null;
};
