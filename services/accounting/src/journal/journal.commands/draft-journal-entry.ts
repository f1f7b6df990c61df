import { randomUUID } from 'node:crypto';
import { recordAudit } from '@backoffice/platform/audit';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { LedgerModules } from '../../ledger-modules';
import type { JournalDraftRecord } from '../journal.record';
import * as drafts from '../journal.repository';
import { checkedDraftContent } from '../journal-draft.rules';

// Saves a manual entry for a second person to approve.
export async function draftJournalEntry({ dataSource, clock, settings }: LedgerModules, input: unknown, { actor, correlationId }: EventMetadata): Promise<JournalDraftRecord> {
  return dataSource.transaction(async (tx) => {
    const content = await checkedDraftContent(tx, input, settings);
    const id = randomUUID();
    await drafts.insertDraft(tx, { ...content, id, preparedBy: actor, at: clock.now() });
    await recordAudit(tx, { actor, action: 'journal-draft.prepared', entityType: 'journal_draft', entityId: id, changes: { date: content.date, total: content.total, sourceId: content.sourceId }, correlationId });
    return (await drafts.draftsByIds(tx, [id], settings.functionalCurrency))[0]!;
  });
}
