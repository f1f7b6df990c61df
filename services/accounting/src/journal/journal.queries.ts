import { Refused } from '@backoffice/platform/domain-errors';
import { decodeCursor, encodeCursor } from '@backoffice/platform/cursors';
import type { Sql } from '@backoffice/platform/sql';
import { pageSize, parseInput } from '@backoffice/platform/validation';
import { journalEntryFilterInput } from './journal.inputs';
import { GENESIS_HASH, entryHash } from './hash-chain.rules';
import type { JournalDraftRecord, JournalDraftStatus, FiscalPeriodRecord, JournalEntryRecord, LedgerMismatchRecord, LedgerVerificationRecord, RefusedPostingRecord } from './journal.record';
import * as journal from './journal.repository';
import { toCents } from '../money';

export async function journalEntriesInOrder(db: Sql, ids: readonly string[]): Promise<Array<JournalEntryRecord | null>> {
  const found = new Map((await journal.entriesByIds(db, ids)).map((entry) => [entry.id, entry]));
  return ids.map((id) => found.get(id) ?? null);
}

// Loader batch: the entry reversing each of `entryIds`, or null; one statement for a page of entries.
export async function reversalsInOrder(db: Sql, entryIds: readonly string[]): Promise<Array<JournalEntryRecord | null>> {
  const byReversed = new Map((await journal.reversalsOf(db, entryIds)).map((entry) => [entry.reversesId, entry]));
  return entryIds.map((id) => byReversed.get(id) ?? null);
}

type Sequence = { fiscalYear: number; lastNumber: number; lastHash: string };

// Walks one fiscal year's chain in number order and recomputes each hash from the entry as it is
// stored now: the first entry whose content, balance, number or chain does not match is named.
async function verifySequence(db: Sql, sequence: Sequence, pageSize: number): Promise<{ checked: number; firstMismatch: LedgerMismatchRecord | null }> {
  let checked = 0;
  let previousHash = GENESIS_HASH;
  let expectedNumber = 1;
  const mismatch = (entry: JournalEntryRecord | null, problem: string) => ({
    checked,
    firstMismatch: { entryId: entry?.id ?? null, fiscalYear: sequence.fiscalYear, number: entry?.number ?? expectedNumber, problem },
  });
  for (let after = 0; ; ) {
    const page = await journal.entriesOfYear(db, sequence.fiscalYear, after, pageSize);
    if (page.length === 0) break;
    for (const entry of page) {
      if (entry.number !== expectedNumber) return mismatch(entry, `entry number ${expectedNumber} is missing`);
      if (entry.previousHash !== previousHash) return mismatch(entry, 'its link to the previous entry does not match');
      if (entryHash(entry, previousHash) !== entry.hash) return mismatch(entry, 'its content no longer matches its hash');
      const debits = entry.lines.reduce((sum, line) => sum + toCents(line.debit)!, 0n);
      const credits = entry.lines.reduce((sum, line) => sum + toCents(line.credit)!, 0n);
      if (entry.lines.length < 2 || debits !== credits) return mismatch(entry, 'it does not balance');
      previousHash = entry.hash;
      expectedNumber += 1;
      checked += 1;
    }
    after = page[page.length - 1]!.number;
  }
  if (expectedNumber - 1 !== sequence.lastNumber || previousHash !== sequence.lastHash) return mismatch(null, `the year's last entry should be number ${sequence.lastNumber} with the recorded hash`);
  return { checked, firstMismatch: null };
}

// Every fiscal year's chain, the first mismatch named.
export async function verifyLedger(db: Sql, pageSize = 500): Promise<LedgerVerificationRecord> {
  let checked = 0;
  for (const sequence of await journal.sequences(db)) {
    const year = await verifySequence(db, sequence, pageSize);
    checked += year.checked;
    if (year.firstMismatch) return { ok: false, entriesChecked: checked, firstMismatch: year.firstMismatch };
  }
  return { ok: true, entriesChecked: checked, firstMismatch: null };
}

// One fiscal year's chain (the audit findings): its first mismatch, or null. A year with entries
// but no sequence row is held to an empty one.
export async function firstMismatchOfYear(db: Sql, fiscalYear: number, pageSize = 500): Promise<LedgerMismatchRecord | null> {
  const sequence = (await journal.sequences(db)).find((candidate) => candidate.fiscalYear === fiscalYear) ?? { fiscalYear, lastNumber: 0, lastHash: GENESIS_HASH };
  return (await verifySequence(db, sequence, pageSize)).firstMismatch;
}

// The twelve months of a fiscal year, open unless closed.
export async function fiscalPeriods(db: Sql, fiscalYear: number): Promise<FiscalPeriodRecord[]> {
  const changed = new Map((await journal.periodsOfYear(db, fiscalYear)).map((row) => [row.period.slice(0, 7), row]));
  return Array.from({ length: 12 }, (_, index) => {
    const period = `${fiscalYear}-${String(index + 1).padStart(2, '0')}`;
    const row = changed.get(period);
    return { period, status: row?.status ?? 'OPEN', changedBy: row?.changedBy ?? null, changedAt: row?.changedAt.toISOString() ?? null, reason: row?.reason ?? null };
  });
}

export async function refusedPostings(db: Sql, fiscalYear: number): Promise<RefusedPostingRecord[]> {
  return (await journal.refusedPostings(db, fiscalYear)).map((row) => ({ ...row, attemptedAt: row.attemptedAt.toISOString() }));
}

type EntryPosition = [string, number, number];
export type JournalOrder = 'OLDEST' | 'NEWEST';
// A position in the journal and the order it was read in: [date, fiscal year, number], with
// "NEWEST" added for a newest-first page (cursors of oldest-first pages keep their first form).
const positionOf = (entry: JournalEntryRecord, order: JournalOrder) =>
  encodeCursor(JSON.stringify(order === 'NEWEST' ? [entry.date, entry.fiscalYear, entry.number, order] : [entry.date, entry.fiscalYear, entry.number]));
function decodePosition(after: string, order: JournalOrder): EntryPosition {
  let value: unknown;
  try {
    value = JSON.parse(decodeCursor(after));
  } catch {
    value = undefined;
  }
  if (Array.isArray(value) && (value.length === 3 || (value.length === 4 && value[3] === 'NEWEST')) && /^\d{4}-\d{2}-\d{2}$/.test(String(value[0])) && Number.isInteger(value[1]) && Number.isInteger(value[2])) {
    const readIn: JournalOrder = value.length === 4 ? 'NEWEST' : 'OLDEST';
    if (readIn !== order) throw new Refused(`The cursor comes from a page read ${readIn.toLowerCase()} first; ask with the same \`order\` (${readIn}) or start again without \`after\`.`, [{ field: 'after', message: `cursor of order ${readIn}` }]);
    return value.slice(0, 3) as EntryPosition;
  }
  throw new Refused('The cursor is not one this API returned; pass an `endCursor` from a previous page.', [{ field: 'after', message: 'unknown cursor' }]);
}

// Entries in date and number order (oldest or newest first), filtered by dates, source, account or department.
export async function journalEntries(db: Sql, args: { filter?: unknown; order?: JournalOrder | null; first?: number | null; after?: string | null }) {
  const filter = parseInput(journalEntryFilterInput, args.filter ?? {}, 'filter');
  const order = args.order ?? 'OLDEST';
  const first = pageSize(args.first);
  const found = await journal.listEntries(
    db,
    { from: filter.from ?? null, to: filter.to ?? null, source: filter.source ?? null, accountId: filter.accountId ?? null, departmentId: filter.departmentId ?? null },
    order,
    args.after ? decodePosition(args.after, order) : null,
    first + 1,
  );
  const page = found.slice(0, first);
  const last = page[page.length - 1];
  return {
    edges: page.map((node) => ({ node, cursor: positionOf(node, order) })),
    pageInfo: { hasNextPage: found.length > first, endCursor: last ? positionOf(last, order) : null },
  };
}

export async function journalEntryDraft(db: Sql, id: string, currency: string): Promise<JournalDraftRecord | null> {
  return (await journal.draftsByIds(db, [id], currency))[0] ?? null;
}

// Oldest first: the queue a second person works through.
export function journalEntryDrafts(db: Sql, status: JournalDraftStatus, currency: string): Promise<JournalDraftRecord[]> {
  return journal.draftsWithStatus(db, status, currency);
}
