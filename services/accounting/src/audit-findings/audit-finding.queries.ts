import type { Sql } from '@backoffice/platform/sql';
import { holidays } from '@backoffice/workforce/workforce.queries';
import { datesBetween, isWeekend, isWorkingDay } from '@backoffice/workforce/working-days.rules';
import { budgetsOfYear } from '../budgets/budget.queries';
import { controlSettings } from '../control-settings/control-settings.queries';
import { firstMismatchOfYear, refusedPostings } from '../journal/journal.queries';
import { ledgerAccountsInOrder } from '../ledger-accounts/ledger-account.queries';
import type { LedgerModules } from '../ledger-modules';
import { fromCents, toCents } from '../money';
import { AUDIT_FINDING_KINDS, type AuditFindingKind, type AuditFindingRecord } from './audit-finding.record';
import * as findings from './audit-finding.repository';

// What an auditor would ask about in a fiscal year's books. Each kind is one set-based statement
// (or a reused query) over the whole year; the hash chain alone is walked entry by entry, a page
// at a time, because only the code that wrote the hashes can recompute them. All of it is read
// in one snapshot, so the kinds agree with each other.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
const entryAt = (fiscalYear: number, entry: { number: number; date: string }) => `entry ${entry.number} of ${fiscalYear} (dated ${entry.date})`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const finding = (kind: AuditFindingKind, message: string, about: Partial<Omit<AuditFindingRecord, 'kind' | 'message'>> = {}): AuditFindingRecord => ({
  kind,
  message,
  entryIds: about.entryIds ?? [],
  budget: about.budget ?? null,
  refusedPosting: about.refusedPosting ?? null,
  missingNumbers: about.missingNumbers ?? null,
});

export async function auditFindings({ dataSource, settings }: LedgerModules, fiscalYear: number): Promise<AuditFindingRecord[]> {
  return findings.inOneSnapshot(dataSource, async (tx) => {
    const found = [
      ...(await manualEntryFindings(tx, settings, fiscalYear)),
      ...(await nonWorkingDayFindings(tx, fiscalYear)),
      ...(await closedPeriodFindings(tx, fiscalYear)),
      ...(await approvedByMakerFindings(tx, fiscalYear)),
      ...(await numberGapFindings(tx, fiscalYear)),
      ...(await hashChainFindings(tx, fiscalYear)),
      ...(await budgetFindings(tx, fiscalYear)),
    ];
    // In the order the schema lists the kinds; within a kind, as its query gives them (entries by number).
    return found.sort((a, b) => AUDIT_FINDING_KINDS.indexOf(a.kind) - AUDIT_FINDING_KINDS.indexOf(b.kind));
  });
}

// Unsupported and round MANUAL entries, both from one statement, with the thresholds in force now.
async function manualEntryFindings(db: Sql, settings: LedgerModules['settings'], fiscalYear: number): Promise<AuditFindingRecord[]> {
  const controls = await controlSettings(db, settings);
  const money = (amount: string) => `${amount} ${controls.currency}`;
  const flagged = await findings.flaggedManualEntries(db, fiscalYear, {
    unsupported: controls.unsupportedManualThreshold,
    roundThreshold: controls.roundAmountThreshold,
    roundUnit: controls.roundAmountUnit,
  });
  return flagged.flatMap((entry) => [
    ...(entry.unsupported
      ? [
          finding(
            'MANUAL_ENTRY_WITHOUT_SOURCE_DOCUMENT',
            `Manual ${entryAt(fiscalYear, entry)} debits ${money(entry.total)} and names no source document; manual entries above ${money(controls.unsupportedManualThreshold)} should.`,
            { entryIds: [entry.id] },
          ),
        ]
      : []),
    ...(entry.round
      ? [
          finding(
            'ROUND_AMOUNT_MANUAL_ENTRY',
            `Manual ${entryAt(fiscalYear, entry)} debits a round ${money(entry.total)}: a multiple of ${money(controls.roundAmountUnit)}, at or above ${money(controls.roundAmountThreshold)}.`,
            { entryIds: [entry.id] },
          ),
        ]
      : []),
  ]);
}

// Weekends and the company holidays HR publishes (accounting's workforce projection), by the
// workforce package's rule; the year's non-working days go to the database as a list.
async function nonWorkingDayFindings(db: Sql, fiscalYear: number): Promise<AuditFindingRecord[]> {
  const holidayNames = new Map((await holidays(db, fiscalYear)).map((holiday) => [holiday.date, holiday.name]));
  const holidayDates = new Set(holidayNames.keys());
  const closedDays = datesBetween(`${fiscalYear}-01-01`, `${fiscalYear}-12-31`).filter((date) => !isWorkingDay(date, holidayDates));
  const entries = await findings.entriesDatedOn(db, fiscalYear, closedDays);
  return entries.map((entry) => {
    const holiday = holidayNames.get(entry.date);
    const day = [isWeekend(entry.date) ? `a ${weekdayOf(entry.date)}` : null, holiday ? `the company holiday ${holiday}` : null].filter(Boolean).join(' and ');
    return finding('POSTED_ON_NON_WORKING_DAY', `${capitalised(entryAt(fiscalYear, entry))} is dated on ${day}, not a working day.`, { entryIds: [entry.id] });
  });
}

async function closedPeriodFindings(db: Sql, fiscalYear: number): Promise<AuditFindingRecord[]> {
  return (await refusedPostings(db, fiscalYear)).map((refused) =>
    finding('POSTING_INTO_CLOSED_PERIOD', `A posting by ${refused.actor} dated ${refused.date}, in the closed period ${refused.date.slice(0, 7)}, was refused on ${refused.attemptedAt.slice(0, 10)}.`, {
      refusedPosting: refused,
    }),
  );
}

async function approvedByMakerFindings(db: Sql, fiscalYear: number): Promise<AuditFindingRecord[]> {
  return (await findings.entriesApprovedByTheirMaker(db, fiscalYear)).map((entry) =>
    finding('APPROVED_BY_MAKER', `${capitalised(entryAt(fiscalYear, entry))} was approved by ${entry.preparedBy}, who prepared it: four eyes need two people.`, { entryIds: [entry.id] }),
  );
}

async function numberGapFindings(db: Sql, fiscalYear: number): Promise<AuditFindingRecord[]> {
  return (await findings.numberGaps(db, fiscalYear)).map((gap) => {
    const numbers = gap.missing.length === 1 ? `number ${gap.missing[0]} is` : `numbers ${gap.missing[0]} to ${gap.missing[gap.missing.length - 1]} are`;
    const between = gap.previous === 0 ? `before entry ${gap.next}` : `between entries ${gap.previous} and ${gap.next}`;
    return finding('ENTRY_NUMBER_GAP', `Entry ${numbers} missing from ${fiscalYear}, ${between}: the ledger numbers each year's entries without gaps.`, { missingNumbers: gap.missing });
  });
}

async function hashChainFindings(db: Sql, fiscalYear: number): Promise<AuditFindingRecord[]> {
  const mismatch = await firstMismatchOfYear(db, fiscalYear);
  if (!mismatch) return [];
  const where = mismatch.entryId ? `at entry ${mismatch.number}` : 'at its end';
  return [finding('BROKEN_HASH_CHAIN', `The hash chain of ${fiscalYear} breaks ${where}: ${mismatch.problem}. An entry was changed, removed or inserted behind the ledger's back.`, { entryIds: mismatch.entryId ? [mismatch.entryId] : [] })];
}

async function budgetFindings(db: Sql, fiscalYear: number): Promise<AuditFindingRecord[]> {
  const exceeded = (await budgetsOfYear(db, fiscalYear)).filter((budget) => toCents(budget.spent)! > toCents(budget.amount)!);
  if (exceeded.length === 0) return [];
  const accountIds = [...new Set(exceeded.flatMap((budget) => (budget.accountId ? [budget.accountId] : [])))];
  const accounts = new Map((await ledgerAccountsInOrder(db, accountIds)).flatMap((account) => (account ? [[account.id, account] as const] : [])));
  return exceeded.map((budget) => {
    const account = budget.accountId ? accounts.get(budget.accountId) : undefined;
    const scope = budget.accountId ? `account ${account ? `${account.code} ${account.name}` : budget.accountId}` : 'all expenses';
    const over = fromCents(toCents(budget.spent)! - toCents(budget.amount)!);
    return finding(
      'BUDGET_EXCEEDED',
      `Department ${budget.departmentId} spent ${budget.spent} ${budget.currency} in ${fiscalYear} against a budget of ${budget.amount} ${budget.currency} (${scope}): ${over} ${budget.currency} over.`,
      { budget },
    );
  });
}
