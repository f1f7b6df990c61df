import { firstRow, lockNamed, rows, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import type { PayrollLineRecord, PayrollRunKind, PayrollRunRecord, PayrollRunStatus, PayslipRecord } from './payroll.record';

// The only code that knows how payroll runs and their lines are stored.

const RUN_COLUMNS = `id, to_char(period, 'YYYY-MM') AS period, kind, status, headcount, total::text AS total, prepared_by AS "preparedBy", prepared_at AS "preparedAt",
  approved_by AS "approvedBy", approved_at AS "approvedAt", journal_entry_id AS "journalEntryId", posted_at AS "postedAt", version`;
const LINE_COLUMNS = `l.run_id AS "runId", l.employee_id AS "employeeId", l.department_id AS "departmentId", l.gross::text AS gross, l.days_worked AS "daysWorked",
  l.unpaid_days::float8 AS "unpaidDays", l.pay_in_force AS "payInForce", l.problems, l.final_pay AS "finalPay"`;

type RunRow = Omit<PayrollRunRecord, 'currency' | 'preparedAt' | 'approvedAt' | 'postedAt'> & { preparedAt: Date; approvedAt: Date | null; postedAt: Date | null };
const runRecord = (currency: string) => (row: RunRow): PayrollRunRecord => ({
  ...row,
  currency,
  preparedAt: row.preparedAt.toISOString(),
  approvedAt: row.approvedAt?.toISOString() ?? null,
  postedAt: row.postedAt?.toISOString() ?? null,
});

export async function runsByIds(db: Sql, ids: readonly string[], currency: string): Promise<PayrollRunRecord[]> {
  return (await rows<RunRow>(db, `SELECT ${RUN_COLUMNS} FROM payroll_runs WHERE id = ANY($1::uuid[])`, [uuidsOnly(ids)])).map(runRecord(currency));
}

export async function runsOfYear(db: Sql, year: number, currency: string): Promise<PayrollRunRecord[]> {
  return (await rows<RunRow>(db, `SELECT ${RUN_COLUMNS} FROM payroll_runs WHERE extract(year FROM period) = $1 ORDER BY period, prepared_at`, [year])).map(runRecord(currency));
}

export async function lockRun(db: Sql, id: string, currency: string): Promise<PayrollRunRecord | undefined> {
  const row = await firstRow<RunRow>(db, `SELECT ${RUN_COLUMNS} FROM payroll_runs WHERE id = $1 FOR UPDATE`, [id]);
  return row && runRecord(currency)(row);
}

// Preparing, approving and posting one month take turns.
export async function lockPeriod(db: Sql, period: string): Promise<void> {
  await lockNamed(db, `payroll:${period}`);
}

// The run of the month not yet posted, if any (at most one).
export async function openRunOf(db: Sql, period: string, currency: string): Promise<PayrollRunRecord | undefined> {
  const row = await firstRow<RunRow>(db, `SELECT ${RUN_COLUMNS} FROM payroll_runs WHERE period = ($1 || '-01')::date AND status <> 'POSTED'`, [period]);
  return row && runRecord(currency)(row);
}

export async function hasPostedRegularRun(db: Sql, period: string): Promise<boolean> {
  return (await firstRow<{ posted: boolean }>(db, `SELECT EXISTS (SELECT 1 FROM payroll_runs WHERE period = ($1 || '-01')::date AND kind = 'REGULAR' AND status = 'POSTED') AS posted`, [period]))!.posted;
}

// What the posted runs of a month paid each person, in total.
export async function postedGrossByEmployee(db: Sql, period: string): Promise<Map<string, string>> {
  const found = await rows<{ employeeId: string; gross: string }>(
    db,
    `SELECT l.employee_id AS "employeeId", sum(l.gross)::text AS gross FROM payroll_lines l JOIN payroll_runs r ON r.id = l.run_id
     WHERE r.period = ($1 || '-01')::date AND r.status = 'POSTED' GROUP BY l.employee_id`,
    [period],
  );
  return new Map(found.map((row) => [row.employeeId, row.gross]));
}

export async function linesOfRuns(db: Sql, runIds: readonly string[], currency: string): Promise<PayrollLineRecord[]> {
  const found = await rows<Omit<PayrollLineRecord, 'currency'>>(db, `SELECT ${LINE_COLUMNS} FROM payroll_lines l WHERE l.run_id = ANY($1::uuid[]) ORDER BY l.run_id, l.employee_id`, [uuidsOnly(runIds)]);
  return found.map((line) => ({ ...line, currency }));
}

// The lines of posted runs: the payslips, newest month first.
export async function payslipsOf(db: Sql, employeeIds: readonly string[], currency: string): Promise<PayslipRecord[]> {
  const found = await rows<Omit<PayslipRecord, 'currency' | 'postedAt'> & { postedAt: Date }>(
    db,
    `SELECT ${LINE_COLUMNS}, to_char(r.period, 'YYYY-MM') AS period, r.kind, r.posted_at AS "postedAt"
     FROM payroll_lines l JOIN payroll_runs r ON r.id = l.run_id
     WHERE l.employee_id = ANY($1::uuid[]) AND r.status = 'POSTED' ORDER BY r.period DESC, r.posted_at DESC`,
    [uuidsOnly(employeeIds)],
  );
  return found.map((slip) => ({ ...slip, currency, postedAt: slip.postedAt.toISOString() }));
}

export type RunToStore = { id: string; period: string; kind: PayrollRunKind; headcount: number; total: string; preparedBy: string; at: Date };
export type LineToStore = Omit<PayrollLineRecord, 'runId' | 'currency'>;

export async function deleteRun(db: Sql, id: string): Promise<void> {
  await db.query(`DELETE FROM payroll_runs WHERE id = $1`, [id]);
}

export async function insertRun(db: Sql, run: RunToStore, lines: readonly LineToStore[]): Promise<void> {
  await db.query(
    `INSERT INTO payroll_runs (id, period, kind, status, headcount, total, prepared_by, prepared_at, version) VALUES ($1, ($2 || '-01')::date, $3, 'DRAFT', $4, $5, $6, $7, 1)`,
    [run.id, run.period, run.kind, run.headcount, run.total, run.preparedBy, run.at],
  );
  if (!lines.length) return;
  const values: unknown[] = [];
  const tuples = lines.map((line) => {
    const base = values.length;
    values.push(run.id, line.employeeId, line.departmentId, line.gross, line.daysWorked, line.unpaidDays, JSON.stringify(line.payInForce), JSON.stringify(line.problems), line.finalPay);
    return `(${Array.from({ length: 9 }, (_, index) => `$${base + index + 1}`).join(', ')})`;
  });
  await db.query(`INSERT INTO payroll_lines (run_id, employee_id, department_id, gross, days_worked, unpaid_days, pay_in_force, problems, final_pay) VALUES ${tuples.join(', ')}`, values);
}

export async function setRunStatus(db: Sql, id: string, change: { status: PayrollRunStatus; by?: string; at: Date; journalEntryId?: string }): Promise<void> {
  if (change.status === 'APPROVED') await db.query(`UPDATE payroll_runs SET status = 'APPROVED', approved_by = $2, approved_at = $3, version = version + 1 WHERE id = $1`, [id, change.by, change.at]);
  else await db.query(`UPDATE payroll_runs SET status = 'POSTED', journal_entry_id = $2, posted_at = $3, version = version + 1 WHERE id = $1`, [id, change.journalEntryId, change.at]);
}

