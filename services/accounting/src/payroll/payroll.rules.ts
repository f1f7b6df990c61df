import { PAYROLL_TOTAL_SMALLEST_HEADCOUNT } from '@backoffice/events/accounting-events';
import { Forbidden } from '@backoffice/platform/domain-errors';
import type { Sql } from '@backoffice/platform/sql';
import { approvedUnpaidLeaveOverlapping, employmentHistories, holidaysBetween, jobsOn, knownEmployees, payHistoryUntil } from '@backoffice/workforce/workforce.queries';
import { monthBounds } from '@backoffice/workforce/working-days.rules';
import type { LedgerSettings } from '../ledger-modules';
import { fromCents, toCents } from '../money';
import { grossPayForMonth } from './gross-pay.rules';
import type { PayrollRunRecord } from './payroll.record';
import type { LineToStore } from './payroll.repository';

// A month's pay for everyone employed in it, as the workforce projection says now: one line
// each (gross, days worked, unpaid days, the pay in force, problems), in a fixed number of
// statements whatever the headcount.
export async function computeMonth(db: Sql, period: string, settings: LedgerSettings): Promise<LineToStore[]> {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const { from, to } = monthBounds(year, month);
  const employments = await employmentHistories(db, await knownEmployees(db));
  const inMonth = [...new Set(employments.filter((span) => span.startDate <= to && (span.lastDay === null || span.lastDay >= from)).map((span) => span.employeeId))];
  if (!inMonth.length) return [];
  const pays = await payHistoryUntil(db, inMonth, to);
  const leave = await approvedUnpaidLeaveOverlapping(db, inMonth, from, to);
  const earliest = leave.reduce((min, request) => (request.startDate < min ? request.startDate : min), from);
  const latest = leave.reduce((max, request) => (request.endDate > max ? request.endDate : max), to);
  const holidays = new Set((await holidaysBetween(db, earliest, latest)).map((holiday) => holiday.date));
  const computed = inMonth.map((employeeId) => ({
    employeeId,
    pay: grossPayForMonth({
      year,
      month,
      employments: employments.filter((span) => span.employeeId === employeeId),
      pays: pays.filter((pay) => pay.employeeId === employeeId).map(({ effectiveDate, amount, currency, payFrequency }) => ({ effectiveDate, amount, currency, payFrequency })),
      unpaidLeave: leave.filter((request) => request.employeeId === employeeId),
      holidays,
      functionalCurrency: settings.functionalCurrency,
    }),
  }));
  // The cost centre: the department of the job in force on the last day employed in the month.
  const departments = new Map<string, string>();
  for (const day of new Set(computed.map(({ pay }) => pay.lastEmployedDay!))) {
    const ids = computed.filter(({ pay }) => pay.lastEmployedDay === day).map(({ employeeId }) => employeeId);
    for (const [employeeId, job] of await jobsOn(db, ids, day)) departments.set(employeeId, job.departmentId);
  }
  return computed.map(({ employeeId, pay }) => ({
    employeeId,
    departmentId: departments.get(employeeId) ?? null,
    gross: pay.gross,
    daysWorked: pay.daysWorked,
    unpaidDays: pay.unpaidDays,
    payInForce: pay.payInForce,
    problems: pay.problems,
    finalPay: pay.finalPay,
  }));
}

// An adjustment: per person, what the month comes to now less what its posted runs paid. A
// person with a problem now is left as paid (difference zero), listed with the problem.
export function adjustmentLines(now: readonly LineToStore[], posted: ReadonlyMap<string, string>): LineToStore[] {
  return now
    .map((line) => (line.problems.length ? { ...line, gross: '0.00' } : { ...line, gross: fromCents(toCents(line.gross)! - (toCents(posted.get(line.employeeId) ?? '0.00') ?? 0n)) }))
    .filter((line) => line.problems.length > 0 || line.gross !== '0.00');
}

// Paid by the run: its lines without a problem.
export const paidLines = <T extends { problems: string[]; gross: string }>(lines: readonly T[]) => lines.filter((line) => !line.problems.length && line.gross !== '0.00');

export function totalOf(lines: ReadonlyArray<{ gross: string }>): string {
  return fromCents(lines.reduce((sum, line) => sum + toCents(line.gross)!, 0n));
}

// Nobody approves a run they prepared.
export function requireSecondPerson(run: PayrollRunRecord, actor: string): void {
  if (run.preparedBy === actor) throw new Forbidden('You cannot approve a payroll run you prepared: a second person (ACCOUNTING or MANAGER) approves it.');
}

// A preview refused while the workforce projection is behind HR's topics says so in this reason.
export const HR_FACTS_BEHIND = 'HR_FACTS_BEHIND';

// What the run events say: the total only for five people or more.
// The published contract's rule (accounting-events.ts): a smaller run's total would tell one person's pay.
export const SMALLEST_HEADCOUNT_WITH_TOTAL = PAYROLL_TOTAL_SMALLEST_HEADCOUNT;
export function runFacts(run: PayrollRunRecord) {
  return { runId: run.id, period: run.period, kind: run.kind, headcount: run.headcount, total: run.headcount >= SMALLEST_HEADCOUNT_WITH_TOTAL ? run.total : null, currency: run.currency };
}
