import { rows, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import type { EmploymentPeriod, Holiday, Job, Leave, Pay } from './workforce.record';

// The only SQL of the workforce projection (ADR 0005). Writes are the consumer's, one event at a
// time in the inbox transaction; reads are the queries'. Every replacing write is conditional
// on the event being newer than what the row holds, so a write applied twice changes nothing.

const DATE = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;

const PERIOD_COLUMNS = `employee_id AS "employeeId", ${DATE('start_date', 'startDate')}, ${DATE('last_day', 'lastDay')}, employment_type AS "employmentType"`;
const JOB_COLUMNS = `employee_id AS "employeeId", ${DATE('effective_date', 'effectiveDate')}, department_id AS "departmentId", manager_id AS "managerId", title`;
const PAY_COLUMNS = `employee_id AS "employeeId", ${DATE('effective_date', 'effectiveDate')}, amount::text AS amount, currency, pay_frequency AS "payFrequency"`;
const LEAVE_COLUMNS = `leave_request_id AS "leaveRequestId", employee_id AS "employeeId", status, ${DATE('start_date', 'startDate')}, ${DATE('end_date', 'endDate')},
  start_half_day AS "startHalfDay", end_half_day AS "endHalfDay", days::text AS days, unpaid`;

// --- Employment periods --------------------------------------------------------------------

export async function insertEmploymentPeriod(db: Sql, period: { employeeId: string; startDate: string; employmentType: string }): Promise<void> {
  await rows(db, `INSERT INTO workforce_employment_periods (employee_id, start_date, employment_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
    period.employeeId,
    period.startDate,
    period.employmentType,
  ]);
}

// The last day goes on the latest period that started by then; false when there is none.
export async function recordLastDay(db: Sql, employeeId: string, lastDay: string): Promise<boolean> {
  const updated = await rows(
    db,
    `UPDATE workforce_employment_periods SET last_day = $2
     WHERE employee_id = $1 AND start_date = (SELECT max(start_date) FROM workforce_employment_periods WHERE employee_id = $1 AND start_date <= $2::date)
     RETURNING employee_id`,
    [employeeId, lastDay],
  );
  return updated.length > 0;
}

export async function withdrawLastDay(db: Sql, employeeId: string, lastDay: string): Promise<void> {
  await rows(db, `UPDATE workforce_employment_periods SET last_day = NULL WHERE employee_id = $1 AND last_day = $2`, [employeeId, lastDay]);
}

// The period in force on `date` (the latest that started by then), else the earliest.
export async function setEmploymentType(db: Sql, employeeId: string, onDate: string, employmentType: string): Promise<void> {
  await rows(
    db,
    `UPDATE workforce_employment_periods SET employment_type = $3
     WHERE employee_id = $1 AND start_date = (
       SELECT start_date FROM workforce_employment_periods WHERE employee_id = $1
       ORDER BY (start_date <= $2::date) DESC, CASE WHEN start_date <= $2::date THEN start_date END DESC, start_date ASC LIMIT 1)`,
    [employeeId, onDate, employmentType],
  );
}

export async function employmentPeriodsOf(db: Sql, employeeIds: readonly string[]): Promise<EmploymentPeriod[]> {
  return rows<EmploymentPeriod>(db, `SELECT ${PERIOD_COLUMNS} FROM workforce_employment_periods WHERE employee_id = ANY($1::uuid[]) ORDER BY employee_id, start_date`, [
    uuidsOnly(employeeIds),
  ]);
}

export async function knownEmployeeIds(db: Sql): Promise<string[]> {
  const found = await rows<{ employeeId: string }>(db, `SELECT DISTINCT employee_id AS "employeeId" FROM workforce_employment_periods ORDER BY 1`);
  return found.map((row) => row.employeeId);
}

// Employed on a date: inside a period, its last day included.
const EMPLOYED_ON = `start_date <= $1::date AND (last_day IS NULL OR last_day >= $1::date)`;

export async function employeesEmployedOn(db: Sql, date: string): Promise<string[]> {
  const found = await rows<{ employeeId: string }>(db, `SELECT DISTINCT employee_id AS "employeeId" FROM workforce_employment_periods WHERE ${EMPLOYED_ON} ORDER BY 1`, [date]);
  return found.map((row) => row.employeeId);
}

export async function employedAmong(db: Sql, employeeIds: readonly string[], date: string): Promise<string[]> {
  const found = await rows<{ employeeId: string }>(
    db,
    `SELECT DISTINCT employee_id AS "employeeId" FROM workforce_employment_periods WHERE ${EMPLOYED_ON} AND employee_id = ANY($2::uuid[])`,
    [date, uuidsOnly(employeeIds)],
  );
  return found.map((row) => row.employeeId);
}

// --- Jobs ----------------------------------------------------------------------------------

export async function upsertJob(db: Sql, job: Job & { sequence: number }): Promise<void> {
  await rows(
    db,
    `INSERT INTO workforce_jobs (employee_id, effective_date, department_id, manager_id, title, event_sequence) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (employee_id, effective_date) DO UPDATE
       SET department_id = EXCLUDED.department_id, manager_id = EXCLUDED.manager_id, title = EXCLUDED.title, event_sequence = EXCLUDED.event_sequence
       WHERE workforce_jobs.event_sequence < EXCLUDED.event_sequence`,
    [job.employeeId, job.effectiveDate, job.departmentId, job.managerId, job.title, job.sequence],
  );
}

// HR's rule for the job in force on a date (its SQL function job_in_force): the latest job
// effective on or before the date; before someone's first start, their first job.
export async function jobsInForce(db: Sql, employeeIds: readonly string[], date: string): Promise<Job[]> {
  return rows<Job>(
    db,
    `SELECT DISTINCT ON (employee_id) ${JOB_COLUMNS} FROM workforce_jobs
     WHERE employee_id = ANY($1::uuid[])
     ORDER BY employee_id, (effective_date <= $2::date) DESC, CASE WHEN effective_date <= $2::date THEN effective_date END DESC, effective_date ASC`,
    [uuidsOnly(employeeIds), date],
  );
}

// --- Pay -----------------------------------------------------------------------------------

export async function upsertPay(db: Sql, pay: Pay & { sequence: number }): Promise<void> {
  await rows(
    db,
    `INSERT INTO workforce_pay (employee_id, effective_date, amount, currency, pay_frequency, event_sequence) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (employee_id, effective_date) DO UPDATE
       SET amount = EXCLUDED.amount, currency = EXCLUDED.currency, pay_frequency = EXCLUDED.pay_frequency, event_sequence = EXCLUDED.event_sequence
       WHERE workforce_pay.event_sequence < EXCLUDED.event_sequence`,
    [pay.employeeId, pay.effectiveDate, pay.amount, pay.currency, pay.payFrequency, pay.sequence],
  );
}

// The latest pay effective on or before the date; none before the first.
export async function paysInForce(db: Sql, employeeIds: readonly string[], date: string): Promise<Pay[]> {
  return rows<Pay>(
    db,
    `SELECT DISTINCT ON (employee_id) ${PAY_COLUMNS} FROM workforce_pay
     WHERE employee_id = ANY($1::uuid[]) AND effective_date <= $2::date
     ORDER BY employee_id, effective_date DESC`,
    [uuidsOnly(employeeIds), date],
  );
}

// Every pay change effective on or before the date, oldest first per employee.
export async function payHistoryUntil(db: Sql, employeeIds: readonly string[], date: string): Promise<Pay[]> {
  return rows<Pay>(
    db,
    `SELECT ${PAY_COLUMNS} FROM workforce_pay WHERE employee_id = ANY($1::uuid[]) AND effective_date <= $2::date ORDER BY employee_id, effective_date`,
    [uuidsOnly(employeeIds), date],
  );
}

// --- Leave ---------------------------------------------------------------------------------

export async function upsertLeave(db: Sql, leave: Leave & { sequence: number }): Promise<void> {
  await rows(
    db,
    `INSERT INTO workforce_leave (leave_request_id, employee_id, status, start_date, end_date, start_half_day, end_half_day, days, unpaid, event_sequence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (leave_request_id) DO UPDATE
       SET employee_id = EXCLUDED.employee_id, status = EXCLUDED.status, start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date,
           start_half_day = EXCLUDED.start_half_day, end_half_day = EXCLUDED.end_half_day, days = EXCLUDED.days, unpaid = EXCLUDED.unpaid,
           event_sequence = EXCLUDED.event_sequence
       WHERE workforce_leave.event_sequence < EXCLUDED.event_sequence`,
    [leave.leaveRequestId, leave.employeeId, leave.status, leave.startDate, leave.endDate, leave.startHalfDay, leave.endHalfDay, leave.days, leave.unpaid, leave.sequence],
  );
}

// Approved leave (unpaid only, or of any kind) with at least one day between `from` and `to`,
// for the given employees.
export async function approvedLeaveOverlapping(db: Sql, employeeIds: readonly string[], from: string, to: string, options: { unpaidOnly: boolean }): Promise<Leave[]> {
  return rows<Leave>(
    db,
    `SELECT ${LEAVE_COLUMNS} FROM workforce_leave
     WHERE status = 'APPROVED' AND (unpaid OR NOT $4::boolean) AND employee_id = ANY($1::uuid[]) AND start_date <= $3::date AND end_date >= $2::date
     ORDER BY employee_id, start_date`,
    [uuidsOnly(employeeIds), from, to, options.unpaidOnly],
  );
}

// --- Holidays ------------------------------------------------------------------------------

export async function recordHolidayAdded(db: Sql, holiday: Holiday & { sequence: number }): Promise<void> {
  await rows(
    db,
    `INSERT INTO workforce_holidays (date, name, time_zone, observed, event_sequence) VALUES ($1, $2, $3, true, $4)
     ON CONFLICT (date) DO UPDATE SET name = EXCLUDED.name, time_zone = EXCLUDED.time_zone, observed = true, event_sequence = EXCLUDED.event_sequence
       WHERE workforce_holidays.event_sequence < EXCLUDED.event_sequence`,
    [holiday.date, holiday.name, holiday.timeZone, holiday.sequence],
  );
}

// The name stays: should the holiday come back, the "added" event names it again anyway.
export async function recordHolidayRemoved(db: Sql, removal: { date: string; timeZone: string; sequence: number }): Promise<void> {
  await rows(
    db,
    `INSERT INTO workforce_holidays (date, name, time_zone, observed, event_sequence) VALUES ($1, NULL, $2, false, $3)
     ON CONFLICT (date) DO UPDATE SET time_zone = EXCLUDED.time_zone, observed = false, event_sequence = EXCLUDED.event_sequence
       WHERE workforce_holidays.event_sequence < EXCLUDED.event_sequence`,
    [removal.date, removal.timeZone, removal.sequence],
  );
}

// The sequence of the last calendar event applied for the date; null before any.
export async function holidaySequence(db: Sql, date: string): Promise<number | null> {
  const [found] = await rows<{ sequence: string }>(db, `SELECT event_sequence::text AS sequence FROM workforce_holidays WHERE date = $1::date`, [date]);
  return found ? Number(found.sequence) : null;
}

export async function holidaysBetween(db: Sql, from: string, to: string): Promise<Holiday[]> {
  return rows<Holiday>(
    db,
    `SELECT ${DATE('date', 'date')}, name, time_zone AS "timeZone" FROM workforce_holidays
     WHERE observed AND date BETWEEN $1::date AND $2::date ORDER BY date`,
    [from, to],
  );
}
