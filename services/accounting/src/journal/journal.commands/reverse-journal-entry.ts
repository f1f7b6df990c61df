import { journalReversed } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { Conflict, NotFound, Refused } from '@backoffice/platform/domain-errors';
import { isUniqueViolation } from '@backoffice/platform/sql';
import { parseInput } from '@backoffice/platform/validation';
import { requestHash } from '../hash-chain.rules';
import { reverseJournalEntryInput } from '../journal.inputs';
import type { JournalEntryRecord } from '../journal.record';
import * as journal from '../journal.repository';
import { postEntry } from '../journal.rules';
import type { LedgerModules } from '../../ledger-modules';

// Corrects a posted entry the only way the ledger allows: a mirror entry (debits and credits
// swapped, same accounts, cost centres and rates), linked to the original, at most once.
export async function reverseJournalEntry(modules: LedgerModules, id: string, input: unknown, metadata: EventMetadata): Promise<JournalEntryRecord> {
  const { dataSource, clock, settings } = modules;
  const { actor, correlationId } = metadata;
  const options = parseInput(reverseJournalEntryInput, input ?? {});
  const alreadyReversed = (reversal: JournalEntryRecord, original: { number: number; fiscalYear: number }) =>
    new Conflict(`Entry ${original.number} of ${original.fiscalYear} is already reversed by entry ${reversal.number} of ${reversal.fiscalYear}; an entry is reversed once.`, { reversedBy: reversal.id });
  try {
    return await dataSource.transaction(async (tx) => {
      const [original] = await journal.entriesByIds(tx, [id]);
      if (!original) throw new NotFound('Journal entry', id);
      if (original.source === 'REVERSAL') throw new Refused('A reversal cannot itself be reversed: post a new entry instead.', [{ field: 'id', message: 'is a reversal' }]);
      const reversal = await journal.reversalOf(tx, id);
      if (reversal) throw alreadyReversed(reversal, original);
      const date = options.date ?? clock.today();
      const lines = original.lines.map((line) => {
        const amount = line.currency === settings.functionalCurrency ? (Number(line.debit) > 0 ? line.debit : line.credit) : line.originalAmount;
        const debitSide = Number(line.debit) > 0;
        return { accountId: line.accountId, debit: debitSide ? null : amount, credit: debitSide ? amount : null, currency: line.currency, departmentId: line.costCentre, memo: line.memo, rate: line.rate };
      });
      const asked = { reverses: id, date, memo: options.memo ?? `Reversal of entry ${original.number} of ${original.fiscalYear}: ${original.memo}` };
      const { entry, created } = await postEntry(
        tx,
        { idempotencyKey: `reversal:${id}`, requestHash: requestHash(asked), date, memo: asked.memo, source: 'REVERSAL', sourceId: id, reversesId: id, lines },
        modules,
        metadata,
        clock.now(),
      );
      // A concurrent reversal took the entry's one reversal while this one waited.
      if (!created) throw alreadyReversed(entry, original);
      await recordEvent(tx, journalReversed, { journalEntryId: id, reversalEntryId: entry.id, date, reason: options.memo ?? null }, metadata);
      await recordAudit(tx, { actor, action: 'journal.reversed', entityType: 'journal_entry', entityId: id, changes: { reversedBy: entry.id, number: entry.number }, correlationId });
      return entry;
    });
  } catch (error) {
    // Two reversals at once: the database let one through.
    if (!isUniqueViolation(error)) throw error;
    const reversal = await journal.reversalOf(dataSource, id);
    const [original] = await journal.entriesByIds(dataSource, [id]);
    if (!reversal || !original) throw error;
    throw alreadyReversed(reversal, original);
  }
}
