import { recordAudit } from '@backoffice/platform/audit';
import { NotFound } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { requestHash } from '../hash-chain.rules';
import type { JournalEntryRecord } from '../journal.record';
import * as journal from '../journal.repository';
import { PeriodClosed, postEntry } from '../journal.rules';
import type { LedgerModules } from '../../ledger-modules';
import { expectedVersionInput } from '../journal.inputs';
import * as drafts from '../journal.repository';
import { requireSecondPerson, requireWaiting } from '../journal-draft.rules';

// A second person approves a waiting draft, which posts it: the entry records its maker and its
// approver. The draft is locked while this runs, so of two approvals at once one posts and the
// other finds it posted (CONFLICT); the entry's idempotency key (draft:<id>) holds even so.
export async function approveJournalEntry(modules: LedgerModules, id: string, expectedVersion: number, metadata: EventMetadata): Promise<JournalEntryRecord> {
  const { dataSource, clock, settings } = modules;
  const { actor, correlationId } = metadata;
  const version = parseInput(expectedVersionInput, expectedVersion, 'expectedVersion');
  let date: string | undefined;
  try {
    return await dataSource.transaction(async (tx) => {
      const draft = await drafts.lockDraft(tx, id, settings.functionalCurrency);
      if (!draft) throw new NotFound('Journal entry draft', id);
      requireWaiting(draft, version);
      requireSecondPerson(draft, actor);
      date = draft.date;
      const content = { date: draft.date, memo: draft.memo, sourceId: draft.sourceId, lines: draft.lines };
      const { entry } = await postEntry(
        tx,
        {
          approval: { preparedBy: draft.preparedBy },
          idempotencyKey: `draft:${id}`,
          requestHash: requestHash(content),
          date: draft.date,
          memo: draft.memo,
          source: 'MANUAL',
          sourceId: draft.sourceId,
          reversesId: null,
          lines: draft.lines,
        },
        modules,
        metadata,
        clock.now(),
      );
      await drafts.decideDraft(tx, id, { status: 'POSTED', by: actor, at: clock.now(), entryId: entry.id, discardReason: null });
      await recordAudit(tx, { actor, action: 'journal.approved', entityType: 'journal_entry', entityId: entry.id, changes: { draftId: id, preparedBy: draft.preparedBy, number: entry.number, fiscalYear: entry.fiscalYear }, correlationId });
      return entry;
    });
  } catch (error) {
    // The month closed while the draft waited: kept for the auditors like any refused posting.
    if (error instanceof PeriodClosed && date) await journal.recordRefusedPosting(dataSource, { at: clock.now(), actor, date, idempotencyKey: `draft:${id}`, reason: error.message });
    throw error;
  }
}
