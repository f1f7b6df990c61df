import { rows, type Sql } from '@backoffice/platform/sql';

// Reads for the reports: whole months from account_period_balances and the days that do not make
// a whole month from account_day_balances, both kept by every posting. A report's cost follows
// the number of months, days and accounts, not the number of lines posted.

type TotalsRow = { accountId: string; debit: string; credit: string };

// Months `fromPeriod`..`toPeriod` (first days, inclusive; null: unbounded).
export function periodTotals(db: Sql, fromPeriod: string | null, toPeriod: string, costCentre: string | null): Promise<TotalsRow[]> {
  return rows(
    db,
    `SELECT account_id AS "accountId", sum(debit)::text AS debit, sum(credit)::text AS credit
     FROM account_period_balances
     WHERE ($1::date IS NULL OR period >= $1) AND period <= $2 AND ($3::uuid IS NULL OR cost_centre = $3)
     GROUP BY account_id`,
    [fromPeriod, toPeriod, costCentre],
  );
}

// Days `from`..`to` (inclusive), summed per account, from the daily balances.
export function dayTotals(db: Sql, from: string, to: string, costCentre: string | null): Promise<TotalsRow[]> {
  return rows(
    db,
    `SELECT account_id AS "accountId", sum(debit)::text AS debit, sum(credit)::text AS credit
     FROM account_day_balances
     WHERE day BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR cost_centre = $3)
     GROUP BY account_id`,
    [from, to, costCentre],
  );
}

export type LedgerLineRow = { entryId: string; date: string; fiscalYear: number; number: number; lineNo: number; debit: string; credit: string; memo: string | null; departmentId: string | null };

// One account's lines dated `from`..`to`, in posting order, after a position (date, year, number, line).
export function accountLines(db: Sql, accountId: string, from: string, to: string, after: [string, number, number, number] | null, limit: number): Promise<LedgerLineRow[]> {
  return rows(
    db,
    `SELECT e.id AS "entryId", e.entry_date::text AS date, e.fiscal_year AS "fiscalYear", e.number, l.line_no AS "lineNo", l.debit::text AS debit, l.credit::text AS credit, l.memo, l.cost_centre AS "departmentId"
     FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
     WHERE l.account_id = $1 AND e.entry_date BETWEEN $2 AND $3
       AND ($4::date IS NULL OR (e.entry_date, e.fiscal_year, e.number, l.line_no) > ($4::date, $5::int, $6::int, $7::int))
     ORDER BY e.entry_date, e.fiscal_year, e.number, l.line_no
     LIMIT $8`,
    [accountId, from, to, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, after?.[3] ?? null, limit],
  );
}

// One account's debits and credits dated `from` up to and including a position in posting order.
export async function accountTotalsUpTo(db: Sql, accountId: string, from: string, upTo: [string, number, number, number]): Promise<TotalsRow | undefined> {
  const [row] = await rows<TotalsRow>(
    db,
    `SELECT l.account_id AS "accountId", coalesce(sum(l.debit), 0)::text AS debit, coalesce(sum(l.credit), 0)::text AS credit
     FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
     WHERE l.account_id = $1 AND e.entry_date >= $2 AND (e.entry_date, e.fiscal_year, e.number, l.line_no) <= ($3::date, $4::int, $5::int, $6::int)
     GROUP BY l.account_id`,
    [accountId, from, ...upTo],
  );
  return row;
}
