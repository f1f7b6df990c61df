import type { Sql } from '@backoffice/platform/sql';
import type { JournalDraftRecord, JournalDraftStatus } from './journal-draft.record';
import * as drafts from './journal-draft.repository';

export async function journalEntryDraft(db: Sql, id: string, currency: string): Promise<JournalDraftRecord | null> {
  return (await drafts.draftsByIds(db, [id], currency))[0] ?? null;
}

// Oldest first: the queue a second person works through.
export function journalEntryDrafts(db: Sql, status: JournalDraftStatus, currency: string): Promise<JournalDraftRecord[]> {
  return drafts.draftsWithStatus(db, status, currency);
}
