import { createHash } from 'node:crypto';
import type { JournalEntryRecord } from './journal.record';

// Each entry's hash covers its content and the previous entry's hash (per fiscal year), so
// changing any posted amount, account, date or memo, or removing or reordering an entry, breaks
// every hash after it: verifyLedger names the first entry that no longer matches.

export const GENESIS_HASH = '0'.repeat(64);

export type HashedContent = Omit<JournalEntryRecord, 'hash' | 'previousHash' | 'idempotencyKey' | 'requestHash'>;

export function entryHash(entry: HashedContent, previousHash: string): string {
  const content = [
    previousHash,
    entry.id,
    entry.fiscalYear,
    entry.number,
    entry.date,
    entry.memo,
    entry.source,
    entry.sourceId,
    entry.reversesId,
    entry.postedBy,
    entry.postedAt,
    entry.lines.map((line) => [line.lineNo, line.accountId, line.debit, line.credit, line.currency, line.originalAmount, line.rate, line.costCentre, line.memo]),
    // Four eyes are part of what an entry says; entries without them hash as they always did.
    ...(entry.preparedBy !== null || entry.approvedBy !== null ? [entry.preparedBy, entry.approvedBy] : []),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

// What a posting request asked for, to tell a retry (same key, same request) from a conflict.
export function requestHash(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}
