import type { DataSource } from 'typeorm';
import { rows, type Sql } from '@backoffice/platform/sql';

// The questions the audit findings ask journal_entries and journal_lines: one set-based statement
// each for a whole fiscal year, however many entries it holds.

// A read-only transaction that sees the database as it was at its first statement.
export function inOneSnapshot<T>(dataSource: DataSource, read: (tx: Sql) => Promise<T>): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (tx) => {
    await tx.query('SET TRANSACTION READ ONLY');
    return read(tx);
  });
}

export type EntryAt = { id: string; number: number; date: string };
export type ManualEntryRow = EntryAt & { total: string; unsupported: boolean; round: boolean };

// MANUAL entries above the unsupported threshold without a source document, or of a round total
// (a multiple of `roundUnit`, at or above `roundThreshold`); totals are the entry's debits.
export function flaggedManualEntries(db: Sql, fiscalYear: number, thresholds: { unsupported: string; roundThreshold: string; roundUnit: string }): Promise<ManualEntryRow[]> {
  return rows(
    db,
    `SELECT id, number, date, total::text AS total, unsupported, round FROM (
       SELECT e.id, e.number, e.entry_date::text AS date, t.total,
         e.source_id IS NULL AND t.total > $2::numeric AS unsupported,
         t.total >= $3::numeric AND mod(t.total, $4::numeric) = 0 AS round
       FROM journal_entries e CROSS JOIN LATERAL (SELECT sum(l.debit) AS total FROM journal_lines l WHERE l.entry_id = e.id) t
       WHERE e.fiscal_year = $1 AND e.source = 'MANUAL') manual
     WHERE unsupported OR round
     ORDER BY number`,
    [fiscalYear, thresholds.unsupported, thresholds.roundThreshold, thresholds.roundUnit],
  );
}

// Entries dated on one of `dates`, those dated by rule aside: the ledger's own OPENING and
// CLOSING entries, and payroll, posted on its month's last calendar day.
export function entriesDatedOn(db: Sql, fiscalYear: number, dates: readonly string[]): Promise<EntryAt[]> {
  return rows(
    db,
    `SELECT id, number, entry_date::text AS date FROM journal_entries
     WHERE fiscal_year = $1 AND entry_date = ANY($2::date[]) AND source NOT IN ('OPENING', 'CLOSING', 'PAYROLL')
     ORDER BY number`,
    [fiscalYear, dates],
  );
}

export function entriesApprovedByTheirMaker(db: Sql, fiscalYear: number): Promise<Array<EntryAt & { preparedBy: string }>> {
  return rows(
    db,
    `SELECT id, number, entry_date::text AS date, prepared_by AS "preparedBy" FROM journal_entries
     WHERE fiscal_year = $1 AND approved_by = prepared_by
     ORDER BY number`,
    [fiscalYear],
  );
}

// Each run of numbers missing below the year's highest, with the numbers present either side of
// it (`previous` is 0 for a run from 1).
export function numberGaps(db: Sql, fiscalYear: number): Promise<Array<{ previous: number; next: number; missing: number[] }>> {
  return rows(
    db,
    `SELECT previous_number AS previous, number AS next, ARRAY(SELECT generate_series(previous_number + 1, number - 1)) AS missing FROM (
       SELECT number, coalesce(lag(number) OVER (ORDER BY number), 0) AS previous_number FROM journal_entries WHERE fiscal_year = $1) numbered
     WHERE number - previous_number > 1
     ORDER BY number`,
    [fiscalYear],
  );
}
