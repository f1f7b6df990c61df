import { recordAudit } from '@backoffice/platform/audit';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { isUniqueViolation } from '@backoffice/platform/sql';
import { requestHash } from '../hash-chain.rules';
import { postJournalEntryInput } from '../journal.inputs';
import type { JournalEntryRecord } from '../journal.record';
import * as journal from '../journal.repository';
import type { LedgerModules } from '../../ledger-modules';
import { PeriodClosed, postEntry, sameRequestOrConflict } from '../journal.rules';
import { parseInput } from '@backoffice/platform/validation';

// Posts a balanced entry once: a retry with the same idempotency key and request returns it.
export async function postJournalEntry(modules: LedgerModules, input: unknown, metadata: EventMetadata): Promise<JournalEntryRecord> {
  const { dataSource, clock } = modules;
  const { actor, correlationId } = metadata;
  const request = parseInput(postJournalEntryInput, input);
  const { idempotencyKey, ...asked } = request;
  const toPost = { ...asked, idempotencyKey, requestHash: requestHash(asked), sourceId: asked.sourceId ?? null, reversesId: null };
  try {
    return await dataSource.transaction(async (tx) => {
      const { entry, created } = await postEntry(tx, toPost, modules, metadata, clock.now());
      if (created) {
        await recordAudit(tx, { actor, action: 'journal.posted', entityType: 'journal_entry', entityId: entry.id, changes: { number: entry.number, fiscalYear: entry.fiscalYear, source: entry.source }, correlationId });
      }
      return entry;
    });
  } catch (error) {
    // A refused posting into a closed period is kept for the auditors, beside the refusal.
    if (error instanceof PeriodClosed) {
      await journal.recordRefusedPosting(dataSource, { at: clock.now(), actor, date: request.date, idempotencyKey, reason: error.message });
      throw error;
    }
    // The same key posted concurrently in another fiscal year's sequence: the database's unique
    // key decided; answer as for any retry.
    if (!isUniqueViolation(error, 'journal_entries_idempotency_key_key')) throw error;
    const existing = await journal.entryByIdempotencyKey(dataSource, idempotencyKey);
    if (!existing) throw error;
    return sameRequestOrConflict(existing, toPost);
  }
}
