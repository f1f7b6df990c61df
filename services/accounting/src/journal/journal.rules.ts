import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { journalPosted } from '@backoffice/events/accounting-events';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { Conflict, Refused, type FieldProblem } from '@backoffice/platform/domain-errors';
import type { Sql } from '@backoffice/platform/sql';
import type { LedgerModules, LedgerSettings } from '../ledger-modules';
import { rateOn } from '../exchange-rates/exchange-rate.queries';
import { ledgerAccountsInOrder } from '../ledger-accounts/ledger-account.queries';
import { GENESIS_HASH, entryHash, requestHash } from './hash-chain.rules';
import type { SystemEntry } from './journal.hooks';
import type { JournalEntryRecord, JournalLineRecord, JournalSource } from './journal.record';
import * as journal from './journal.repository';
import { convert, fromCents, fromRateUnits, toCents, toRateUnits } from '../money';
import { controlSettings } from '../control-settings/control-settings.queries';

// What every posting shares, whoever asks for it (a client, a reversal, a year-end close):
// lines checked against the chart and converted to the functional currency, balanced, numbered
// gaplessly within the fiscal year and chained to the entry before.

export class PeriodClosed extends Refused {
  constructor(readonly date: string) {
    super(`The period ${date.slice(0, 7)} is closed: nothing dated ${date} can be posted. Date the entry in an open period, or ask a MANAGER to reopen it.`, [
      { field: 'input.date', message: `falls in the closed period ${date.slice(0, 7)}` },
    ]);
  }
}

const LARGEST_AMOUNT = 10n ** 18n;

// A manual entry above the approval threshold posts only through a second person: the client is
// told to save it as a draft (BAD_USER_INPUT, with approvalRequired for a client to act on).
export class ApprovalRequired extends Refused {
  constructor(total: string, threshold: string, currency: string) {
    super(
      `Manual entries above ${threshold} ${currency} need a second person's approval (this one totals ${total} ${currency}): save it with draftJournalEntry, and someone else approves it with approveJournalEntry.`,
      [{ field: 'input.lines', message: `total ${total} ${currency} is above the approval threshold of ${threshold} ${currency}` }],
    );
  }

  override details() {
    return { ...super.details(), approvalRequired: true };
  }
}

async function requireApprovalAbove(tx: Sql, total: bigint, settings: LedgerSettings): Promise<void> {
  const { manualApprovalThreshold } = await controlSettings(tx, settings);
  if (total > toCents(manualApprovalThreshold)!) throw new ApprovalRequired(fromCents(total), manualApprovalThreshold, settings.functionalCurrency);
}

export type LineToPost = { accountId: string; debit?: string | null; credit?: string | null; currency?: string | null; departmentId?: string | null; memo?: string | null; rate?: string | null };
export type EntryToPost = {
  // Set when a second person approves a maker's draft (journal.commands/approve-journal-entry.ts): the entry records both.
  approval?: { preparedBy: string };
  idempotencyKey: string;
  requestHash: string;
  date: string;
  memo: string;
  source: JournalSource;
  sourceId: string | null;
  reversesId: string | null;
  lines: LineToPost[];
};

// Lines as they will be stored, or every problem with them, named as the client wrote them.
export async function linesToStore(tx: Sql, entry: Pick<EntryToPost, 'date' | 'lines'>, settings: LedgerSettings): Promise<{ lines: JournalLineRecord[]; codes: string[]; total: bigint }> {
  const problems: FieldProblem[] = [];
  const accounts = await ledgerAccountsInOrder(tx, entry.lines.map((line) => line.accountId));
  const stored: JournalLineRecord[] = [];
  for (const [index, line] of entry.lines.entries()) {
    const field = `input.lines.${index}`;
    const account = accounts[index];
    if (!account) problems.push({ field: `${field}.accountId`, message: 'no such account in the chart of accounts' });
    else if (account.archivedAt) problems.push({ field: `${field}.accountId`, message: `account ${account.code} is archived and takes no postings` });
    const currency = line.currency ?? settings.functionalCurrency;
    const originalCents = toCents((line.debit ?? line.credit)!)!;
    let rate: string | null = null;
    let cents = originalCents;
    if (currency !== settings.functionalCurrency) {
      rate = line.rate ?? (await rateOn(tx, currency, entry.date)) ?? null;
      if (!rate) {
        problems.push({ field: `${field}.currency`, message: `no ${currency} rate on or before ${entry.date}: set one with setExchangeRate` });
        continue;
      }
      const units = toRateUnits(rate)!;
      rate = fromRateUnits(units);
      cents = convert(originalCents, units);
    }
    // numeric(18, 2) holds 16 digits before the point: a conversion may not overflow it.
    if (cents >= LARGEST_AMOUNT) {
      problems.push({ field: `${field}.${line.debit != null ? 'debit' : 'credit'}`, message: `is too large once converted to ${settings.functionalCurrency}` });
      continue;
    }
    stored.push({
      lineNo: index + 1,
      accountId: line.accountId,
      debit: fromCents(line.debit != null ? cents : 0n),
      credit: fromCents(line.credit != null ? cents : 0n),
      currency,
      originalAmount: fromCents(originalCents),
      rate,
      costCentre: line.departmentId ?? null,
      memo: line.memo ?? null,
    });
  }
  if (problems.length) throw new Refused(`The entry cannot be posted: ${problems.map((problem) => `${problem.field} (${problem.message})`).join('; ')}.`, problems);
  const debits = stored.reduce((sum, line) => sum + toCents(line.debit)!, 0n);
  const credits = stored.reduce((sum, line) => sum + toCents(line.credit)!, 0n);
  if (debits !== credits) {
    throw new Refused(`The entry does not balance: debits ${fromCents(debits)} and credits ${fromCents(credits)} ${settings.functionalCurrency} (after conversion).`, [
      { field: 'input.lines', message: `debits ${fromCents(debits)} ≠ credits ${fromCents(credits)} ${settings.functionalCurrency}` },
    ]);
  }
  return { lines: stored, codes: accounts.map((account) => account!.code), total: debits };
}

// The same key and request returns the entry already posted; the same key for anything else is
// a conflict, so a retry can never post twice nor be mistaken for another entry.
export function sameRequestOrConflict(existing: JournalEntryRecord, entry: Pick<EntryToPost, 'idempotencyKey' | 'requestHash'>): JournalEntryRecord {
  if (existing.requestHash === entry.requestHash) return existing;
  throw new Conflict(`Idempotency key "${entry.idempotencyKey}" was used for another entry (number ${existing.number} of ${existing.fiscalYear}); use a new key for a new entry.`, {
    entryId: existing.id,
  });
}

export async function postEntry(
  tx: EntityManager,
  entry: EntryToPost,
  { settings, hooks }: Pick<LedgerModules, 'settings' | 'hooks'>,
  metadata: EventMetadata,
  postedAt: Date,
): Promise<{ entry: JournalEntryRecord; created: boolean }> {
  const existing = await journal.entryByIdempotencyKey(tx, entry.idempotencyKey);
  if (existing) return { entry: sameRequestOrConflict(existing, entry), created: false };
  const { lines, codes, total } = await linesToStore(tx, entry, settings);
  if (entry.source === 'MANUAL' && !entry.approval) await requireApprovalAbove(tx, total, settings);
  const fiscalYear = Number(entry.date.slice(0, 4));
  const sequence = await journal.lockSequence(tx, fiscalYear, GENESIS_HASH);
  // Checked under the year's lock, which closing a period takes too: a posting and a close of
  // its month never cross. CLOSING entries are the year-end's own, posted before its months close.
  if (entry.source !== 'CLOSING' && (await journal.periodStatus(tx, `${entry.date.slice(0, 7)}-01`)) === 'CLOSED') throw new PeriodClosed(entry.date);
  // A concurrent post with the same key may have committed while this one waited for the lock.
  const raced = await journal.entryByIdempotencyKey(tx, entry.idempotencyKey);
  if (raced) return { entry: sameRequestOrConflict(raced, entry), created: false };
  const content = {
    id: randomUUID(),
    fiscalYear,
    number: sequence.lastNumber + 1,
    date: entry.date,
    memo: entry.memo,
    source: entry.source,
    sourceId: entry.sourceId,
    reversesId: entry.reversesId,
    postedBy: metadata.actor,
    postedAt: postedAt.toISOString(),
    preparedBy: entry.approval?.preparedBy ?? null,
    approvedBy: entry.approval ? metadata.actor : null,
    lines,
  };
  const posted: JournalEntryRecord = { ...content, idempotencyKey: entry.idempotencyKey, requestHash: entry.requestHash, previousHash: sequence.lastHash, hash: entryHash(content, sequence.lastHash) };
  await journal.insertEntry(tx, posted);
  for (const afterPosting of hooks.afterPosting) await afterPosting(tx, posted, settings, metadata);
  await recordEvent(
    tx,
    journalPosted,
    {
      journalEntryId: posted.id,
      fiscalYear: posted.fiscalYear,
      number: posted.number,
      date: posted.date,
      currency: settings.functionalCurrency,
      source: posted.source,
      sourceId: posted.sourceId,
      reversesId: posted.reversesId,
      memo: posted.memo,
      hash: posted.hash,
      lines: posted.lines.map((line, index) => ({
        lineNo: line.lineNo,
        accountId: line.accountId,
        accountCode: codes[index]!,
        debit: line.debit,
        credit: line.credit,
        costCentre: line.costCentre,
        memo: line.memo,
        originalAmount: line.originalAmount,
        originalCurrency: line.currency,
        rate: line.rate,
      })),
    },
    metadata,
  );
  return { entry: posted, created: true };
}

// What accountants do with a document that belongs to a closed period: date its entry on the
// first day of the first open period after it, the memo keeping the date it belongs to, so the
// closed period stays as reported and the books still say when it happened. A date in an open
// period stays. postEntry checks the period again under the year's lock: a close in between
// refuses the entry, and the retry finds the next open period.
export async function latePosting(tx: Sql, entry: { date: string; memo: string }): Promise<{ date: string; memo: string }> {
  const period = `${entry.date.slice(0, 7)}-01`;
  const firstOpen = await journal.firstOpenPeriodFrom(tx, period);
  if (firstOpen === period) return entry;
  return { date: firstOpen, memo: `${entry.memo} — late posting of ${entry.date} (period ${entry.date.slice(0, 7)} closed)` };
}

// Another module's entry (journal.hooks.ts): posted like any other, once per idempotency key.
// The request hash is of what was asked (the business date), so a retry after a period closed or
// reopened still finds its entry.
export async function postSystemEntry(tx: EntityManager, entry: SystemEntry, modules: Pick<LedgerModules, 'settings' | 'hooks' | 'clock'>, metadata: EventMetadata): Promise<JournalEntryRecord> {
  const { idempotencyKey, whenPeriodClosed, ...asked } = entry;
  const dated = whenPeriodClosed === 'POST_LATE' ? { ...asked, ...(await latePosting(tx, asked)) } : asked;
  const { entry: posted } = await postEntry(tx, { ...dated, idempotencyKey, requestHash: requestHash(asked), reversesId: null }, modules, metadata, modules.clock.now());
  return posted;
}
