import { datesBetween, halfDaysFromCount, leaveDays, leaveDaysWithin, monthBounds, type LeavePeriod } from '../src/working-days.rules';

// March 2030, worked out on a calendar (as in HR's own tests of the rule): Mon 4 – Fri 8, Sat 9,
// Sun 10, Mon 11 – Fri 15, Sat 16, Sun 17, Mon 18, Tue 19. 31 March 2030 is a Sunday, 29 March a
// Friday, 1 April a Monday.
const period = (startDate: string, endDate: string, halves: Partial<Pick<LeavePeriod, 'startHalfDay' | 'endHalfDay'>> = {}): LeavePeriod => ({
  startDate,
  endDate,
  startHalfDay: halves.startHalfDay ?? false,
  endHalfDay: halves.endHalfDay ?? false,
});
const noHolidays: ReadonlySet<string> = new Set();

describe('counting leave days as HR does', () => {
  it.each([
    ['a Monday to Friday week', period('2030-03-04', '2030-03-08'), noHolidays, 5],
    ['Friday to Monday, the weekend between not counting', period('2030-03-08', '2030-03-11'), noHolidays, 2],
    ['a week containing a holiday', period('2030-03-11', '2030-03-15'), new Set(['2030-03-13']), 4],
    ['Thu 7 to Tue 19 March across two weekends', period('2030-03-07', '2030-03-19'), noHolidays, 9],
    ['the same span with a holiday in it', period('2030-03-07', '2030-03-19'), new Set(['2030-03-18', '2030-03-30']), 8],
    ['Monday to Wednesday from noon on Monday', period('2030-03-04', '2030-03-06', { startHalfDay: true }), noHolidays, 2.5],
    ['Monday to Wednesday until noon on Wednesday', period('2030-03-04', '2030-03-06', { endHalfDay: true }), noHolidays, 2.5],
    ['Monday noon to Wednesday noon', period('2030-03-04', '2030-03-06', { startHalfDay: true, endHalfDay: true }), noHolidays, 2],
    ['a single afternoon', period('2030-03-05', '2030-03-05', { startHalfDay: true }), noHolidays, 0.5],
    ['a single morning', period('2030-03-05', '2030-03-05', { endHalfDay: true }), noHolidays, 0.5],
    ['a single day marked both from noon and until noon (half a day, not zero)', period('2030-03-05', '2030-03-05', { startHalfDay: true, endHalfDay: true }), noHolidays, 0.5],
    ['a weekend only', period('2030-03-09', '2030-03-10'), noHolidays, 0],
    ['a half day that falls on a holiday added since (it counts nothing, like any holiday)', period('2030-03-13', '2030-03-15', { startHalfDay: true }), new Set(['2030-03-13']), 2],
  ])('counts %s', (_what, leave, holidays, days) => {
    expect(leaveDays(leave, holidays)).toBe(days);
  });
});

describe('counting the days of a leave inside a month', () => {
  const march = monthBounds(2030, 3);
  const april = monthBounds(2030, 4);

  it('knows the first and last day of a month, February of a leap year included', () => {
    expect(monthBounds(2030, 3)).toEqual({ from: '2030-03-01', to: '2030-03-31' });
    expect(monthBounds(2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthBounds(2030, 12)).toEqual({ from: '2030-12-01', to: '2030-12-31' });
  });

  it('splits Thursday 28 March to Tuesday 2 April into 2 days of March and 2 of April', () => {
    const leave = period('2030-03-28', '2030-04-02');
    expect(leaveDaysWithin(leave, march.from, march.to, noHolidays)).toBe(2);
    expect(leaveDaysWithin(leave, april.from, april.to, noHolidays)).toBe(2);
  });

  it('takes a half day from the month it falls in only', () => {
    const leave = period('2030-03-29', '2030-04-02', { startHalfDay: true, endHalfDay: true });
    expect(leaveDaysWithin(leave, march.from, march.to, noHolidays)).toBe(0.5);
    expect(leaveDaysWithin(leave, april.from, april.to, noHolidays)).toBe(1.5);
  });

  it('counts nothing in a month the leave does not reach', () => {
    expect(leaveDaysWithin(period('2030-03-04', '2030-03-08'), april.from, april.to, noHolidays)).toBe(0);
  });

  it('gives every month its share so that the months add up to the whole leave, for every period of a year with every half-day choice', () => {
    const holidays = new Set(['2030-01-01', '2030-04-19', '2030-05-01', '2030-12-25', '2030-12-26']);
    const year = datesBetween('2030-01-01', '2030-12-31');
    const months = Array.from({ length: 12 }, (_, index) => monthBounds(2030, index + 1));
    let periods = 0;
    const mismatches: string[] = [];
    // Every start date, 1 to 16 days long (across one month end) and 29 to 34 (across two).
    const lengths = [...Array.from({ length: 16 }, (_, days) => days), 28, 29, 30, 31, 32, 33];
    for (const [startIndex, startDate] of year.entries()) {
      for (const length of lengths.filter((days) => startIndex + days < year.length)) {
        const endDate = year[startIndex + length]!;
        for (const startHalfDay of [false, true]) {
          for (const endHalfDay of [false, true]) {
            const leave = { startDate, endDate, startHalfDay, endHalfDay };
            const byMonth = months.reduce((sum, month) => sum + leaveDaysWithin(leave, month.from, month.to, holidays), 0);
            const whole = leaveDays(leave, holidays);
            if (byMonth !== whole) mismatches.push(`${JSON.stringify(leave)}: ${byMonth} by month, ${whole} in all`);
            periods += 1;
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    // 7,727 periods of 2030 (the shorter ones near its end), each with four half-day choices.
    expect(periods).toBe(30_908);
  });
});

describe('working out the half days a version 1 leave event did not give', () => {
  it('finds no half days when the days are whole', () => {
    expect(halfDaysFromCount({ startDate: '2030-03-04', endDate: '2030-03-08' }, 5, noHolidays)).toEqual(period('2030-03-04', '2030-03-08'));
  });

  it('puts half a day short on the last day when it is a working day', () => {
    expect(halfDaysFromCount({ startDate: '2030-03-04', endDate: '2030-03-08' }, 4.5, noHolidays)).toEqual(period('2030-03-04', '2030-03-08', { endHalfDay: true }));
  });

  it('puts half a day short on the first day when the last is not a working day', () => {
    expect(halfDaysFromCount({ startDate: '2030-03-04', endDate: '2030-03-10' }, 4.5, noHolidays)).toEqual(period('2030-03-04', '2030-03-10', { startHalfDay: true }));
  });

  it('puts a whole day short on both ends', () => {
    expect(halfDaysFromCount({ startDate: '2030-03-04', endDate: '2030-03-08' }, 4, noHolidays)).toEqual(period('2030-03-04', '2030-03-08', { startHalfDay: true, endHalfDay: true }));
  });

  it('makes a single day counted as half a day a morning', () => {
    expect(halfDaysFromCount({ startDate: '2030-03-05', endDate: '2030-03-05' }, 0.5, noHolidays)).toEqual(period('2030-03-05', '2030-03-05', { endHalfDay: true }));
  });

  it('finds no half days when a holiday added since makes the leave count less than it did', () => {
    expect(halfDaysFromCount({ startDate: '2030-03-04', endDate: '2030-03-08' }, 5, new Set(['2030-03-06']))).toEqual(period('2030-03-04', '2030-03-08'));
  });

  it('counts what it works out exactly as the event said, whatever the half days were', () => {
    for (const startHalfDay of [false, true]) {
      for (const endHalfDay of [false, true]) {
        const leave = period('2030-03-05', '2030-03-14', { startHalfDay, endHalfDay });
        const days = leaveDays(leave, noHolidays);
        expect(leaveDays(halfDaysFromCount(leave, days, noHolidays), noHolidays)).toBe(days);
      }
    }
  });
});
