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
