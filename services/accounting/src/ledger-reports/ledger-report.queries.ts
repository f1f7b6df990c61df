import { Refused } from '@backoffice/platform/domain-errors';
import { decodeCursor, encodeCursor } from '@backoffice/platform/cursors';
import type { Sql } from '@backoffice/platform/sql';
import { pageSize } from '@backoffice/platform/validation';
import { centsOf, fromCents } from '../money';
import { chartOfAccounts, ledgerAccountsInOrder } from '../ledger-accounts/ledger-account.queries';
import type { LedgerAccountRecord, LedgerAccountType } from '../ledger-accounts/ledger-account.record';
import type { AccountLedgerRecord, AccountTotals, BalanceSheetRecord, IncomeStatementRecord, ReportLineRecord, TrialBalanceRecord } from './ledger-report.record';
import * as reports from './ledger-report.repository';

// The reports, in the functional currency, from balances: a date range is read as the whole
// months inside it (account_period_balances) plus the days at its edges that do not make a whole
// month.

const cents = (text: string) => centsOf(text)!;
const money = fromCents;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function requireDate(value: string, field: string): string {
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new Refused(`${field} must be a date, YYYY-MM-DD.`, [{ field, message: 'must be a date, YYYY-MM-DD' }]);
  // Month arithmetic needs a year on each side of the date.
  if (value < '1000-01-01' || value > '9998-12-31') throw new Refused(`${field} must be between the years 1000 and 9998.`, [{ field, message: 'is out of range' }]);
  return value;
}

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const monthEnd = (date: string) => {
  const next = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 1));
  return addDays(next.toISOString().slice(0, 10), -1);
};
const nextMonth = (period: string) => addDays(monthEnd(period), 1);
const previousMonth = (period: string) => monthStart(addDays(period, -1));

// Debits and credits per account for dates `from`..`to` (from null: since the first entry).
export async function totalsBetween(db: Sql, from: string | null, to: string, costCentre: string | null): Promise<Map<string, AccountTotals>> {
  const totals = new Map<string, AccountTotals>();
  const add = (found: Array<{ accountId: string; debit: string; credit: string }>) => {
    for (const row of found) {
      const current = totals.get(row.accountId) ?? { accountId: row.accountId, debit: 0n, credit: 0n };
      totals.set(row.accountId, { accountId: row.accountId, debit: current.debit + cents(row.debit), credit: current.credit + cents(row.credit) });
    }
  };
  if (from !== null && from > to) return totals;
  // Whole months: from the first one that starts on or after `from` to the last that ends on or before `to`.
  const firstWhole = from === null ? null : from === monthStart(from) ? from : nextMonth(monthStart(from));
  const lastWhole = to === monthEnd(to) ? monthStart(to) : previousMonth(monthStart(to));
  const reads: Array<Promise<void>> = [];
  if (firstWhole === null || firstWhole <= lastWhole) {
    reads.push(reports.periodTotals(db, firstWhole, lastWhole, costCentre).then(add));
    // The days before the first whole month, and after the last.
    if (from !== null && firstWhole !== null && from < firstWhole) reads.push(reports.dayTotals(db, from, addDays(firstWhole, -1), costCentre).then(add));
    const afterLast = nextMonth(lastWhole);
    if (afterLast <= to) reads.push(reports.dayTotals(db, afterLast, to, costCentre).then(add));
  } else {
    // No whole month inside: the lines themselves.
    reads.push(reports.dayTotals(db, from!, to, costCentre).then(add));
  }
  await Promise.all(reads);
  return totals;
}

const byCode = (accounts: Map<string, LedgerAccountRecord>) => (a: { accountId: string }, b: { accountId: string }) => (accounts.get(a.accountId)?.code ?? '').localeCompare(accounts.get(b.accountId)?.code ?? '');
// Assets and expenses grow with debits; liabilities, equity and revenue with credits.
const debitNatured = (type: LedgerAccountType) => type === 'ASSET' || type === 'EXPENSE';
const naturalBalance = (type: LedgerAccountType, totals: AccountTotals) => (debitNatured(type) ? totals.debit - totals.credit : totals.credit - totals.debit);

async function chartById(db: Sql): Promise<Map<string, LedgerAccountRecord>> {
  return new Map((await chartOfAccounts(db)).map((account) => [account.id, account]));
}

export async function trialBalance(db: Sql, asOf: string, currency: string): Promise<TrialBalanceRecord> {
  requireDate(asOf, 'asOf');
  const [totals, accounts] = await Promise.all([totalsBetween(db, null, asOf, null), chartById(db)]);
  let totalDebit = 0n;
  let totalCredit = 0n;
  const lines = [...totals.values()]
    .filter((row) => row.debit !== row.credit)
    .sort(byCode(accounts))
    .map((row) => {
      const net = row.debit - row.credit;
      totalDebit += net > 0n ? net : 0n;
      totalCredit += net < 0n ? -net : 0n;
      return { accountId: row.accountId, debit: money(net > 0n ? net : 0n), credit: money(net < 0n ? -net : 0n) };
    });
  return { asOf, currency, lines, totalDebit: money(totalDebit), totalCredit: money(totalCredit) };
}

export async function incomeStatement(db: Sql, range: { from: string; to: string; departmentId: string | null }, currency: string): Promise<IncomeStatementRecord> {
  requireDate(range.from, 'from');
  requireDate(range.to, 'to');
  if (range.from > range.to) throw new Refused('from must not be after to.', [{ field: 'from', message: 'is after to' }]);
  const [totals, accounts] = await Promise.all([totalsBetween(db, range.from, range.to, range.departmentId), chartById(db)]);
  const section = (type: LedgerAccountType): ReportLineRecord[] =>
    [...totals.values()]
      .filter((row) => accounts.get(row.accountId)?.type === type && row.debit !== row.credit)
      .sort(byCode(accounts))
      .map((row) => ({ accountId: row.accountId, amount: money(naturalBalance(type, row)) }));
  const revenue = section('REVENUE');
  const expenses = section('EXPENSE');
  const sum = (lines: ReportLineRecord[]) => lines.reduce((total, line) => total + cents(line.amount), 0n);
  return {
    ...range,
    currency,
    revenue,
    expenses,
    totalRevenue: money(sum(revenue)),
    totalExpenses: money(sum(expenses)),
    netIncome: money(sum(revenue) - sum(expenses)),
  };
}

// Assets = liabilities + equity, where equity includes the profit not yet closed into retained
// earnings: this year's to date, and any earlier year's not closed.
export async function balanceSheet(db: Sql, asOf: string, currency: string): Promise<BalanceSheetRecord> {
  requireDate(asOf, 'asOf');
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  const [totals, thisYear, accounts] = await Promise.all([totalsBetween(db, null, asOf, null), totalsBetween(db, yearStart, asOf, null), chartById(db)]);
  const section = (type: LedgerAccountType) =>
    [...totals.values()]
      .filter((row) => accounts.get(row.accountId)?.type === type && row.debit !== row.credit)
      .sort(byCode(accounts))
      .map((row) => ({ accountId: row.accountId, amount: money(naturalBalance(type, row)) }));
  const profitOf = (rows: Iterable<AccountTotals>) => {
    let profit = 0n;
    for (const row of rows) {
      const type = accounts.get(row.accountId)?.type;
      if (type === 'REVENUE' || type === 'EXPENSE') profit += row.credit - row.debit;
    }
    return profit;
  };
  const sum = (lines: ReportLineRecord[]) => lines.reduce((total, line) => total + cents(line.amount), 0n);
  const assets = section('ASSET');
  const liabilities = section('LIABILITY');
  const equity = section('EQUITY');
  const allProfit = profitOf(totals.values());
  const currentYearProfit = profitOf(thisYear.values());
  return {
    asOf,
    currency,
    assets,
    liabilities,
    equity,
    currentYearProfit: money(currentYearProfit),
    earlierUnclosedProfit: money(allProfit - currentYearProfit),
    totalAssets: money(sum(assets)),
    totalLiabilitiesAndEquity: money(sum(liabilities) + sum(equity) + allProfit),
  };
}

type LinePosition = [string, number, number, number];
const encodePosition = (position: LinePosition) => encodeCursor(JSON.stringify(position));
function decodePosition(after: string): LinePosition {
  try {
    const value = JSON.parse(decodeCursor(after)) as unknown;
    if (Array.isArray(value) && value.length === 4 && DATE.test(String(value[0])) && value.slice(1).every(Number.isInteger)) return value as LinePosition;
  } catch {
    // refused below
  }
  throw new Refused('The cursor is not one this API returned; pass an `endCursor` from a previous page.', [{ field: 'after', message: 'unknown cursor' }]);
}

// One account's lines between two dates with the balance before them and after each line, in the
// account's natural sign (debit minus credit for assets and expenses, the reverse otherwise).
export async function accountLedger(db: Sql, args: { accountId: string; from: string; to: string; first?: number | null; after?: string | null }): Promise<AccountLedgerRecord | null> {
  requireDate(args.from, 'from');
  requireDate(args.to, 'to');
  const [account] = await ledgerAccountsInOrder(db, [args.accountId]);
  if (!account) return null;
  const first = pageSize(args.first);
  const after = args.after ? decodePosition(args.after) : null;
  const natural = (totals: AccountTotals | undefined) => (totals ? naturalBalance(account.type, totals) : 0n);
  const opening = natural((await totalsBetween(db, null, addDays(args.from, -1), null)).get(account.id));
  let running = opening;
  if (after) {
    const upTo = await reports.accountTotalsUpTo(db, account.id, args.from, after);
    running += upTo ? natural({ accountId: account.id, debit: cents(upTo.debit), credit: cents(upTo.credit) }) : 0n;
  }
  const found = await reports.accountLines(db, account.id, args.from, args.to, after, first + 1);
  const lines = found.slice(0, first).map((line) => {
    running += natural({ accountId: account.id, debit: cents(line.debit), credit: cents(line.credit) });
    return { ...line, runningBalance: money(running) };
  });
  const last = lines[lines.length - 1];
  return {
    accountId: account.id,
    accountType: account.type,
    from: args.from,
    to: args.to,
    openingBalance: money(opening),
    lines,
    hasNextPage: found.length > first,
    endCursor: last ? encodePosition([last.date, last.fiscalYear, last.number, last.lineNo]) : null,
  };
}
