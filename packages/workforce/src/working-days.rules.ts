// Counting leave days as HR counts them (services/hr/src/leave/working-days.rules.ts): weekends
// and company holidays do not count; a leave may start at noon on its first day and end at noon
// on its last, each worth half a day; one day that is both "from noon" and "until noon" is half
// a day, not zero. Packages never import services, so the rule is restated here; the replay test
// (e2e/test/workforce-replay.e2e.test.ts) checks it against HR's own numbers for every approved
// leave request of the demo company.
//
// Pure, and it counts any window of a leave (a month, say), so the days of a leave that runs from
// one month into the next are split between them and add up to the leave's days.

export type LeavePeriod = { startDate: string; endDate: string; startHalfDay: boolean; endHalfDay: boolean };

const DAY_MS = 86_400_000;

export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

export function datesBetween(startDate: string, endDate: string): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(`${startDate}T00:00:00Z`); t <= Date.parse(`${endDate}T00:00:00Z`); t += DAY_MS) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

// The working days of `period` that fall between `from` and `to` (inclusive), in half-day steps.
// A half day counts only where it falls: a leave starting at noon on 31 January takes half a day
// from January, none from February. A half day on a day that is not a working day changes nothing
// (HR refuses such a request; a holiday added later can make one).
export function leaveDaysWithin(period: LeavePeriod, from: string, to: string, holidays: ReadonlySet<string>): number {
  const first = period.startDate > from ? period.startDate : from;
  const last = period.endDate < to ? period.endDate : to;
  if (first > last) return 0;
  let days = datesBetween(first, last).filter((date) => isWorkingDay(date, holidays)).length;
  const singleDay = period.startDate === period.endDate;
  const counts = (date: string) => date >= first && date <= last && isWorkingDay(date, holidays);
  if (period.startHalfDay && counts(period.startDate)) days -= 0.5;
  // HR's single day "from noon and until noon" is the afternoon: half a day, taken once.
  if (period.endHalfDay && !(singleDay && period.startHalfDay) && counts(period.endDate)) days -= 0.5;
  return days;
}

export function leaveDays(period: LeavePeriod, holidays: ReadonlySet<string>): number {
  return leaveDaysWithin(period, period.startDate, period.endDate, holidays);
}

// Version 1 of HR's leave events did not say which days were half days, only how many days the
// leave counted. The halves are what the whole days exceed that count by: half a day means one
// end was a half day (which one matters only to a leave that runs into the next month; HR's
// clients book "until noon" on the last day far more often, so the end, when it is a working
// day), a whole day means both ends. Counted with today's holidays, so a holiday added or removed
// inside the leave since it was booked can make the difference something else: then the nearest
// of these is taken.
export function halfDaysFromCount(period: Pick<LeavePeriod, 'startDate' | 'endDate'>, days: number, holidays: ReadonlySet<string>): LeavePeriod {
  const whole = { ...period, startHalfDay: false, endHalfDay: false };
  const excess = leaveDays(whole, holidays) - days;
  if (excess < 0.25) return whole;
  if (period.startDate === period.endDate) return { ...whole, endHalfDay: true };
  if (excess >= 0.75) return { ...whole, startHalfDay: true, endHalfDay: true };
  return isWorkingDay(period.endDate, holidays) ? { ...whole, endHalfDay: true } : { ...whole, startHalfDay: true };
}

// The first and last date of a calendar month (month 1 to 12).
export function monthBounds(year: number, month: number): { from: string; to: string } {
  const from = new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { from, to };
}
