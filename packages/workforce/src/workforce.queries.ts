import type { Sql } from '@backoffice/platform/sql';
import type { EmploymentPeriod, Holiday, Job, Leave, Pay } from './workforce.record';
import * as workforce from './workforce.repository';
import { halfDaysFromCount, leaveDaysWithin, monthBounds, type LeavePeriod } from './working-days.rules';

// What a service asks the workforce projection, by date. Each question has a form for one
// employee and one for many (a single `= ANY($1)` statement, so a payroll run or a page of
// employees costs the same statements as one person). Dates are YYYY-MM-DD business dates.

// --- Employment ----------------------------------------------------------------------------

// Employed on `date`: on or after a (re)hire's start date and on or before its last day.
export async function employedOn(db: Sql, employeeId: string, date: string): Promise<boolean> {
  return (await employedAmong(db, [employeeId], date)).has(employeeId);
}

export async function employedAmong(db: Sql, employeeIds: readonly string[], date: string): Promise<Set<string>> {
  return new Set(await workforce.employedAmong(db, employeeIds, date));
}

// Everyone employed on `date`.
export async function employeesEmployedOn(db: Sql, date: string): Promise<string[]> {
  return workforce.employeesEmployedOn(db, date);
}

// Every employment, oldest first: start date, last day (null while open), employment type.
export async function employmentHistory(db: Sql, employeeId: string): Promise<EmploymentPeriod[]> {
  return workforce.employmentPeriodsOf(db, [employeeId]);
}

// Everyone HR ever hired, as far as the events this database has seen say.
export async function knownEmployees(db: Sql): Promise<string[]> {
  return workforce.knownEmployeeIds(db);
}

// --- Job: department, line manager, title ---------------------------------------------------

// The job in force on `date`, by HR's rule: the latest effective on or before it; before
// someone's first start, their first job. Undefined for someone the projection does not know.
// It does not say whether they are employed then: ask employedOn.
export async function jobOn(db: Sql, employeeId: string, date: string): Promise<Job | undefined> {
  return (await jobsOn(db, [employeeId], date)).get(employeeId);
}

export async function jobsOn(db: Sql, employeeIds: readonly string[], date: string): Promise<Map<string, Job>> {
  return new Map((await workforce.jobsInForce(db, employeeIds, date)).map((job) => [job.employeeId, job]));
}

// --- Pay (only where the consumer runs with includePay) --------------------------------------

// The pay in force on `date`: the latest effective on or before it; undefined before the first.
export async function payOn(db: Sql, employeeId: string, date: string): Promise<Pay | undefined> {
  return (await paysOn(db, [employeeId], date)).get(employeeId);
}

export async function paysOn(db: Sql, employeeIds: readonly string[], date: string): Promise<Map<string, Pay>> {
  return new Map((await workforce.paysInForce(db, employeeIds, date)).map((pay) => [pay.employeeId, pay]));
}

// Every pay change of these employees effective on or before `date`, oldest first: what a
// payroll run needs to know the pay in force on each day of a month in one statement.
export async function payHistoryUntil(db: Sql, employeeIds: readonly string[], date: string): Promise<Pay[]> {
  return workforce.payHistoryUntil(db, employeeIds, date);
}

// Employment periods of many employees, oldest first per employee.
export async function employmentHistories(db: Sql, employeeIds: readonly string[]): Promise<EmploymentPeriod[]> {
  return workforce.employmentPeriodsOf(db, employeeIds);
}

// Approved unpaid leave of these employees overlapping a window, as HR's events state it.
export async function approvedUnpaidLeaveOverlapping(db: Sql, employeeIds: readonly string[], from: string, to: string): Promise<Leave[]> {
  return workforce.approvedLeaveOverlapping(db, employeeIds, from, to, { unpaidOnly: true });
}

// The company holidays between two dates.
export async function holidaysBetween(db: Sql, from: string, to: string): Promise<Holiday[]> {
  return workforce.holidaysBetween(db, from, to);
}

// Whether the projection has applied this calendar event about the date (by its sequence), or a
// later one: a reader in another consumer group of hr.calendar.v1 knows the holidays it reads
// are at least that recent.
export async function holidayEventApplied(db: Sql, date: string, sequence: number): Promise<boolean> {
  const applied = await workforce.holidaySequence(db, date);
  return applied !== null && applied >= sequence;
}

// --- Leave ---------------------------------------------------------------------------------

// Approved unpaid leave days inside a calendar month (1 to 12), counted as HR counts leave:
// working days only (weekends and the projected company holidays excluded), half days as 0.5.
// A leave that runs into the next month gives each month its own days.
export async function unpaidLeaveDaysIn(db: Sql, employeeId: string, year: number, month: number): Promise<number> {
  return (await unpaidLeaveDaysByEmployeeIn(db, [employeeId], year, month)).get(employeeId) ?? 0;
}

// Every given employee, with 0 for those who took none.
export async function unpaidLeaveDaysByEmployeeIn(db: Sql, employeeIds: readonly string[], year: number, month: number): Promise<Map<string, number>> {
  return approvedLeaveDaysByEmployeeIn(db, employeeIds, year, month, { unpaidOnly: true });
}

// The same count for approved leave of any kind (HR's events say only whether it is unpaid,
// never its type): who is away, and for how long, in a month.
export async function approvedLeaveDaysByEmployeeIn(
  db: Sql,
  employeeIds: readonly string[],
  year: number,
  month: number,
  options: { unpaidOnly: boolean } = { unpaidOnly: false },
): Promise<Map<string, number>> {
  const { from, to } = monthBounds(year, month);
  const days = new Map(employeeIds.map((employeeId) => [employeeId, 0]));
  const leave = await workforce.approvedLeaveOverlapping(db, employeeIds, from, to, options);
  if (!leave.length) return days;
  // Holidays over the whole of each leave, not only the month: a leave whose half days HR's
  // event did not give is worked out from its whole count.
  const earliest = leave.reduce((min, request) => (request.startDate < min ? request.startDate : min), from);
  const latest = leave.reduce((max, request) => (request.endDate > max ? request.endDate : max), to);
  const holidays = new Set((await workforce.holidaysBetween(db, earliest, latest)).map((holiday) => holiday.date));
  for (const request of leave) {
    const period: LeavePeriod =
      request.startHalfDay === null || request.endHalfDay === null
        ? halfDaysFromCount(request, Number(request.days), holidays)
        : { startDate: request.startDate, endDate: request.endDate, startHalfDay: request.startHalfDay, endHalfDay: request.endHalfDay };
    days.set(request.employeeId, (days.get(request.employeeId) ?? 0) + leaveDaysWithin(period, from, to, holidays));
  }
  return days;
}

// --- Calendar --------------------------------------------------------------------------------

// The company holidays of a year, each a whole day in its time zone.
export async function holidays(db: Sql, year: number): Promise<Holiday[]> {
  return workforce.holidaysBetween(db, `${year}-01-01`, `${year}-12-31`);
}
