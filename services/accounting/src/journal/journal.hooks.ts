import type { EntityManager } from 'typeorm';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { LedgerSettings } from '../ledger-modules';
import type { JournalEntryRecord } from './journal.record';

// What other accounting modules may hook into, run inside the posting's transaction (after the
// entry, its lines and the balances are in) so their effects commit or roll back with it.
export type AfterPostingHook = (tx: EntityManager, entry: JournalEntryRecord, settings: LedgerSettings, metadata: EventMetadata) => Promise<void>;

export type JournalHooks = { afterPosting: AfterPostingHook[] };

// An entry another module posts from its source document (an expense claim, a payroll run),
// inside that module's transaction. Posting twice with one idempotency key posts once.
export type SystemEntry = {
  idempotencyKey: string;
  date: string;
  memo: string;
  source: 'EXPENSE' | 'PAYROLL' | 'ASSET';
  sourceId: string;
  // A date in a closed period refuses the entry (PeriodClosed), as a client's would be; with
  // POST_LATE it is posted late instead (journal.rules.ts latePosting).
  whenPeriodClosed?: 'POST_LATE';
  // A line in another currency than the functional one names it and the rate (see linesToStore).
  lines: Array<{ accountId: string; debit?: string | null; credit?: string | null; departmentId?: string | null; memo?: string | null; currency?: string | null; rate?: string | null }>;
};
export type PostSystemEntry = (tx: EntityManager, entry: SystemEntry, metadata: EventMetadata) => Promise<JournalEntryRecord>;
