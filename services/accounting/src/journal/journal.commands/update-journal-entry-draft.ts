import { recordAudit } from '@backoffice/platform/audit';
import { NotFound } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { expectedVersionInput } from '../journal.inputs';
import type { JournalDraftRecord } from '../journal.record';
import * as drafts from '../journal.repository';
import { checkedDraftContent, requireWaiting } from '../journal-draft.rules';

// Replaces a waiting draft's content. Whoever edits it joins its editors, who cannot approve it.
export async function updateJournalEntryDraft({ dataSource, clock, settings }: LedgerModules, id: string, expectedVersion: number, input: unknown, { actor, correlationId }: EventMetadata): Promise<JournalDraftRecord> {
  const version = parseInput(expectedVersionInput, expectedVersion, 'expectedVersion');
  return dataSource.transaction(async (tx) => {
    const draft = await drafts.lockDraft(tx, id, settings.functionalCurrency);
    if (!draft) throw new NotFound('Journal entry draft', id);
    requireWaiting(draft, version);
    const content = await checkedDraftContent(tx, input, settings);
    await drafts.updateDraft(tx, id, { ...content, editor: actor, at: clock.now() });
    await recordAudit(tx, { actor, action: 'journal-draft.edited', entityType: 'journal_draft', entityId: id, changes: { date: { from: draft.date, to: content.date }, total: { from: draft.total, to: content.total } }, correlationId });
    return (await drafts.draftsByIds(tx, [id], settings.functionalCurrency))[0]!;
  });
}
