import type { EntityManager } from 'typeorm';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { LedgerSettings } from '../ledger-modules';
import type { JournalEntryRecord } from './journal.record';

// What other accounting modules may hook into, run inside the posting's transaction (after the
// entry, its lines and the balances are in) so their effects commit or roll back with it.
export type AfterPostingHook = (tx: EntityManager, entry: JournalEntryRecord, settings: LedgerSettings, metadata: EventMetadata) => Promise<void>;

export type JournalHooks = { afterPosting: AfterPostingHook[] };
