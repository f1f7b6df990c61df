import { recordAudit } from '@backoffice/platform/audit';
import { NotFound } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { discardJournalEntryDraftInput } from '../journal.inputs';
import type { JournalDraftRecord } from '../journal.record';
import * as drafts from '../journal.repository';
import { requireWaiting } from '../journal-draft.rules';

// Discards a waiting draft, with the reason; it stays, for the trail.
export async function discardJournalEntryDraft({ dataSource, clock, settings }: LedgerModules, id: string, input: unknown, { actor, correlationId }: EventMetadata): Promise<JournalDraftRecord> {
  const { expectedVersion, reason } = parseInput(discardJournalEntryDraftInput, input);
  return dataSource.transaction(async (tx) => {
    const draft = await drafts.lockDraft(tx, id, settings.functionalCurrency);
    if (!draft) throw new NotFound('Journal entry draft', id);
    requireWaiting(draft, expectedVersion);
    await drafts.decideDraft(tx, id, { status: 'DISCARDED', by: actor, at: clock.now(), entryId: null, discardReason: reason });
    await recordAudit(tx, { actor, action: 'journal-draft.discarded', entityType: 'journal_draft', entityId: id, changes: { reason }, correlationId });
    return (await drafts.draftsByIds(tx, [id], settings.functionalCurrency))[0]!;
  });
}
