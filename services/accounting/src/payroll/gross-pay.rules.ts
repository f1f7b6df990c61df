import { datesBetween, halfDaysFromCount, isWorkingDay, leaveDaysWithin, monthBounds, type LeavePeriod } from '@backoffice/workforce/working-days.rules';
import { fromCents, toCents } from '../money';
import type { PayInForceRecord } from './payroll.record';

// Gross pay for one person and one month, by the rules in the README (Payroll):
// - monthly pay = annual salary / 12, or the monthly salary as recorded;
// - each calendar day employed earns 1/(days in the month) of the monthly pay in force that day,
//   so a start, a last day or a pay change mid-month prorates by days;
// - each approved unpaid working day deducts monthly pay / (working days in the month by the
//   company calendar), a half day half of it, at the pay in force that day;
// - hourly pay (no hours are recorded anywhere), pay in another currency, or no pay known on a
//   day employed are problems: the person is listed with the reason, never paid zero silently.
// Exact: every amount is an integer count of 1/(24 × days × working days) cents until the one
// rounding at the end (half away from zero).

export type Employment = { startDate: string; lastDay: string | null };
export type UnpaidLeave = { startDate: string; endDate: string; startHalfDay: boolean | null; endHalfDay: boolean | null; days: string };
export type GrossPayInput = {
  year: number;
  month: number;
  employments: readonly Employment[];
  // Oldest first.
  pays: readonly PayInForceRecord[];
  unpaidLeave: readonly UnpaidLeave[];
  holidays: ReadonlySet<string>;
  functionalCurrency: string;
};
export type GrossPay = { gross: string; daysWorked: number; unpaidDays: number; payInForce: PayInForceRecord[]; problems: string[]; finalPay: boolean; lastEmployedDay: string | null };

export function grossPayForMonth(input: GrossPayInput): GrossPay {
  const { from, to } = monthBounds(input.year, input.month);
  const days = datesBetween(from, to);
  const daysInMonth = BigInt(days.length);
  const workingDays = BigInt(days.filter((day) => isWorkingDay(day, input.holidays)).length);
  const employedOn = (day: string) => input.employments.some((span) => span.startDate <= day && (span.lastDay === null || day <= span.lastDay));
  const newestFirst = [...input.pays].reverse();
  const payOn = (day: string) => newestFirst.find((pay) => pay.effectiveDate <= day);
  const leavePeriods: LeavePeriod[] = input.unpaidLeave.map((leave) =>
    leave.startHalfDay === null || leave.endHalfDay === null
      ? halfDaysFromCount(leave, Number(leave.days), input.holidays)
      : { startDate: leave.startDate, endDate: leave.endDate, startHalfDay: leave.startHalfDay, endHalfDay: leave.endHalfDay },
  );
  const problems = new Set<string>();
  const daysWithoutPay: string[] = [];
  const used = new Map<string, PayInForceRecord>();
  let units = 0n;
  let daysWorked = 0;
  let halfDaysUnpaid = 0;
  let lastEmployedDay: string | null = null;
  for (const day of days) {
    if (!employedOn(day)) continue;
    daysWorked += 1;
    lastEmployedDay = day;
    const pay = payOn(day);
    if (!pay) {
      daysWithoutPay.push(day);
      continue;
    }
    used.set(pay.effectiveDate, pay);
    if (pay.payFrequency === 'HOURLY') {
      problems.add('paid by the hour, and no hours are recorded anywhere: pay them outside this run');
      continue;
    }
    if (pay.currency !== input.functionalCurrency) {
      problems.add(`paid in ${pay.currency}, not the ledger's ${input.functionalCurrency}: pay them outside this run`);
      continue;
    }
    const annual = pay.payFrequency === 'MONTHLY' ? toCents(pay.amount)! * 12n : toCents(pay.amount)!;
    // A day's earning: annual / (12 × days) = annual × 2 × working days, in units.
    units += annual * 2n * workingDays;
    const unpaid = Math.min(1, leavePeriods.reduce((sum, period) => sum + leaveDaysWithin(period, day, day, input.holidays), 0));
    if (unpaid > 0 && isWorkingDay(day, input.holidays)) {
      // An unpaid working day's deduction: annual / (12 × working days) = annual × 2 × days, in units; a half day half.
      const halves = BigInt(Math.round(unpaid * 2));
      units -= annual * daysInMonth * halves;
      halfDaysUnpaid += Number(halves);
    }
  }
  if (daysWithoutPay.length) {
    const [first, last] = [daysWithoutPay[0]!, daysWithoutPay.at(-1)!];
    problems.add(`no pay is known for ${first}${last === first ? '' : ` to ${last}`}: accounting has no pay from HR in force then`);
  }
  const denominator = 24n * daysInMonth * workingDays;
  const cents = problems.size ? 0n : (units * 2n + (units < 0n ? -denominator : denominator)) / (2n * denominator);
  const finalPay = input.employments.some((span) => span.lastDay !== null && span.lastDay >= from && span.lastDay <= to);
  return { gross: fromCents(cents), daysWorked, unpaidDays: halfDaysUnpaid / 2, payInForce: [...used.values()], problems: [...problems], finalPay, lastEmployedDay };
}
