// Counting leave days: weekends and holidays do not count; the first day may start at noon
// and the last day may end at noon, each worth half a day. Pure, so it is tested by hand.

export type LeavePeriod = { startDate: string; endDate: string; startHalfDay: boolean; endHalfDay: boolean };

export type DayCount = { days: number; problems: Array<{ field: string; message: string }> };

const DAY_MS = 86_400_000;

export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export function datesBetween(startDate: string, endDate: string): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(`${startDate}T00:00:00Z`); t <= Date.parse(`${endDate}T00:00:00Z`); t += DAY_MS) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

export function countWorkingDays(period: LeavePeriod, holidays: ReadonlySet<string>): DayCount {
  const problems: DayCount['problems'] = [];
  if (period.endDate < period.startDate) return { days: 0, problems: [{ field: 'input.endDate', message: 'must be on or after the start date' }] };
  const working = datesBetween(period.startDate, period.endDate).filter((date) => isWorkingDay(date, holidays));
  let days = working.length;
  const singleDay = period.startDate === period.endDate;
  if (period.startHalfDay) {
    if (!isWorkingDay(period.startDate, holidays)) problems.push({ field: 'input.startHalfDay', message: `${period.startDate} is not a working day` });
    else days -= 0.5;
  }
  if (period.endHalfDay && !singleDay) {
    if (!isWorkingDay(period.endDate, holidays)) problems.push({ field: 'input.endHalfDay', message: `${period.endDate} is not a working day` });
    else days -= 0.5;
  }
  // One day that is both "from noon" and "until noon" is still just half a day.
  if (singleDay && period.endHalfDay && !period.startHalfDay) {
    if (!isWorkingDay(period.endDate, holidays)) problems.push({ field: 'input.endHalfDay', message: `${period.endDate} is not a working day` });
    else days -= 0.5;
  }
  if (!problems.length && days <= 0) problems.push({ field: 'input', message: 'the period has no working days (weekends and holidays do not count)' });
  return { days, problems };
}

// A period as a range of half-day slots (morning, afternoon of each date); two periods
// overlap when their ranges meet, so a morning off and an afternoon off on one day fit.
function slots(period: LeavePeriod): [number, number] {
  const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  const singleDay = period.startDate === period.endDate;
  const first = day(period.startDate) * 2 + (period.startHalfDay ? 1 : 0);
  const last = day(period.endDate) * 2 + (period.endHalfDay && !(singleDay && period.startHalfDay) ? 0 : 1);
  return [first, last];
}

export function periodsOverlap(a: LeavePeriod, b: LeavePeriod): boolean {
  const [aFirst, aLast] = slots(a);
  const [bFirst, bLast] = slots(b);
  return aFirst <= bLast && bFirst <= aLast;
}
