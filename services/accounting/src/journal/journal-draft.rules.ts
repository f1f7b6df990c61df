import { Conflict, Forbidden, staleVersion } from '@backoffice/platform/domain-errors';
import type { Sql } from '@backoffice/platform/sql';
import { parseInput } from '@backoffice/platform/validation';
import * as journal from './journal.repository';
import { PeriodClosed, linesToStore } from './journal.rules';
import type { LedgerSettings } from '../ledger-modules';
import { fromCents } from '../money';
import { journalEntryDraftInput } from './journal.inputs';
import type { JournalDraftRecord } from './journal.record';
import type { DraftContent } from './journal.repository';

// Four eyes on manual entries: what a draft may hold, and who may decide it.

// A draft is checked as a posting would be (accounts, rates, balance, an open period), so what a
// second person approves is what will post; its total is in the functional currency.
export async function checkedDraftContent(tx: Sql, input: unknown, settings: LedgerSettings): Promise<DraftContent> {
  const draft = parseInput(journalEntryDraftInput, input);
  const { total } = await linesToStore(tx, draft, settings);
  if ((await journal.periodStatus(tx, `${draft.date.slice(0, 7)}-01`)) === 'CLOSED') throw new PeriodClosed(draft.date);
  return {
    date: draft.date,
    memo: draft.memo,
    sourceId: draft.sourceId ?? null,
    total: fromCents(total),
    lines: draft.lines.map((line, index) => ({
      lineNo: index + 1,
      accountId: line.accountId,
      debit: line.debit ?? null,
      credit: line.credit ?? null,
      currency: line.currency ?? settings.functionalCurrency,
      departmentId: line.departmentId ?? null,
      memo: line.memo ?? null,
    })),
  };
}

// Only a waiting draft, at the version the caller read, can be edited, discarded or approved.
export function requireWaiting(draft: JournalDraftRecord, expectedVersion: number): void {
  if (draft.status === 'POSTED') throw new Conflict(`This draft was already approved by ${draft.decidedBy} and posted; nothing more can be done with it.`, { status: draft.status, entryId: draft.entryId });
  if (draft.status === 'DISCARDED') throw new Conflict(`This draft was discarded by ${draft.decidedBy}: ${draft.discardReason}`, { status: draft.status });
  if (draft.version !== expectedVersion) throw staleVersion('Journal entry draft', draft.id, expectedVersion, draft.version);
}

// Nobody approves what they wrote, whatever roles they hold: the maker, or anyone who edited it.
class SecondPersonRequired extends Forbidden {
  constructor() {
    super('You cannot approve a journal entry you prepared or edited: a second person (ACCOUNTING or MANAGER) must approve it.');
    this.name = 'SecondPersonRequired';
  }

  override details() {
    return { fields: [{ field: 'id', message: 'is a draft you wrote; a second person must approve it' }] };
  }
}

export function requireSecondPerson(draft: JournalDraftRecord, actor: string): void {
  if (draft.editors.includes(actor)) throw new SecondPersonRequired();
}
