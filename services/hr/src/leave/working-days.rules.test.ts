import { countWorkingDays, periodsOverlap, type LeavePeriod } from './working-days.rules';

// March 2030, worked out on a calendar: Mon 4 – Fri 8, Sat 9, Sun 10, Mon 11 – Fri 15,
// Sat 16, Sun 17, Mon 18, Tue 19.
const period = (startDate: string, endDate: string, halves: Partial<Pick<LeavePeriod, 'startHalfDay' | 'endHalfDay'>> = {}): LeavePeriod => ({
  startDate,
  endDate,
  startHalfDay: halves.startHalfDay ?? false,
  endHalfDay: halves.endHalfDay ?? false,
});
const noHolidays: ReadonlySet<string> = new Set();

describe('counting working days', () => {
  it('counts a Monday to Friday week as 5 days', () => {
    expect(countWorkingDays(period('2030-03-04', '2030-03-08'), noHolidays)).toEqual({ days: 5, problems: [] });
  });

  it('counts Friday to Monday as 2 days, the weekend between not counting', () => {
    expect(countWorkingDays(period('2030-03-08', '2030-03-11'), noHolidays)).toEqual({ days: 2, problems: [] });
  });

  it('counts a week containing a holiday as 4 days', () => {
    expect(countWorkingDays(period('2030-03-11', '2030-03-15'), new Set(['2030-03-13']))).toEqual({ days: 4, problems: [] });
  });

  it('counts a span across two weekends as its weekdays only (Thu 7 to Tue 19 March = 2 + 5 + 2)', () => {
    expect(countWorkingDays(period('2030-03-07', '2030-03-19'), noHolidays)).toEqual({ days: 9, problems: [] });
  });

  it('counts a span across two weekends with a holiday in it as one day less', () => {
    expect(countWorkingDays(period('2030-03-07', '2030-03-19'), new Set(['2030-03-18', '2030-03-30'])).days).toBe(8);
  });

  it('counts Monday to Wednesday starting at noon on Monday as 2.5 days', () => {
    expect(countWorkingDays(period('2030-03-04', '2030-03-06', { startHalfDay: true }), noHolidays)).toEqual({ days: 2.5, problems: [] });
  });

  it('counts Monday to Wednesday ending at noon on Wednesday as 2.5 days', () => {
    expect(countWorkingDays(period('2030-03-04', '2030-03-06', { endHalfDay: true }), noHolidays)).toEqual({ days: 2.5, problems: [] });
  });

  it('counts Monday noon to Wednesday noon as 2 days', () => {
    expect(countWorkingDays(period('2030-03-04', '2030-03-06', { startHalfDay: true, endHalfDay: true }), noHolidays)).toEqual({ days: 2, problems: [] });
  });

  it('counts a single afternoon (start at noon) as half a day', () => {
    expect(countWorkingDays(period('2030-03-05', '2030-03-05', { startHalfDay: true }), noHolidays)).toEqual({ days: 0.5, problems: [] });
  });

  it('counts a single morning (end at noon) as half a day', () => {
    expect(countWorkingDays(period('2030-03-05', '2030-03-05', { endHalfDay: true }), noHolidays)).toEqual({ days: 0.5, problems: [] });
  });

  it('counts a single day marked both from noon and until noon as half a day, not zero', () => {
    expect(countWorkingDays(period('2030-03-05', '2030-03-05', { startHalfDay: true, endHalfDay: true }), noHolidays)).toEqual({ days: 0.5, problems: [] });
  });

  it('refuses a period that is only a weekend: it has no working days', () => {
    const count = countWorkingDays(period('2030-03-09', '2030-03-10'), noHolidays);
    expect(count.problems).toEqual([{ field: 'input', message: expect.stringContaining('no working days') }]);
  });

  it('refuses a period made of a weekend and a holiday: it has no working days', () => {
    const count = countWorkingDays(period('2030-03-09', '2030-03-11'), new Set(['2030-03-11']));
    expect(count.problems).toEqual([{ field: 'input', message: expect.stringContaining('no working days') }]);
  });

  it('refuses a half day starting on a Saturday, naming the flag', () => {
    const count = countWorkingDays(period('2030-03-09', '2030-03-12', { startHalfDay: true }), noHolidays);
    expect(count.problems).toEqual([{ field: 'input.startHalfDay', message: '2030-03-09 is not a working day' }]);
  });

  it('refuses a half day ending on a Sunday, naming the flag', () => {
    const count = countWorkingDays(period('2030-03-07', '2030-03-10', { endHalfDay: true }), noHolidays);
    expect(count.problems).toEqual([{ field: 'input.endHalfDay', message: '2030-03-10 is not a working day' }]);
  });

  it('refuses a half day on a holiday', () => {
    const count = countWorkingDays(period('2030-03-13', '2030-03-13', { endHalfDay: true }), new Set(['2030-03-13']));
    expect(count.problems).toEqual([{ field: 'input.endHalfDay', message: '2030-03-13 is not a working day' }]);
  });

  it('refuses an end date before the start date', () => {
    expect(countWorkingDays(period('2030-03-08', '2030-03-04'), noHolidays).problems).toEqual([{ field: 'input.endDate', message: 'must be on or after the start date' }]);
  });
});

describe('overlapping leave', () => {
  it('the same days overlap', () => {
    expect(periodsOverlap(period('2030-03-04', '2030-03-06'), period('2030-03-04', '2030-03-06'))).toBe(true);
  });

  it('a period overlapping another by one day overlaps, in either order', () => {
    expect(periodsOverlap(period('2030-03-04', '2030-03-06'), period('2030-03-06', '2030-03-08'))).toBe(true);
    expect(periodsOverlap(period('2030-03-06', '2030-03-08'), period('2030-03-04', '2030-03-06'))).toBe(true);
  });

  it('a period inside another overlaps', () => {
    expect(periodsOverlap(period('2030-03-04', '2030-03-15'), period('2030-03-07', '2030-03-07', { startHalfDay: true }))).toBe(true);
  });

  it('adjacent days do not overlap', () => {
    expect(periodsOverlap(period('2030-03-04', '2030-03-05'), period('2030-03-06', '2030-03-07'))).toBe(false);
    expect(periodsOverlap(period('2030-03-06', '2030-03-07'), period('2030-03-04', '2030-03-05'))).toBe(false);
  });

  it('a morning off and an afternoon off on the same date do not overlap', () => {
    const morning = period('2030-03-05', '2030-03-05', { endHalfDay: true });
    const afternoon = period('2030-03-05', '2030-03-05', { startHalfDay: true });
    expect(periodsOverlap(morning, afternoon)).toBe(false);
    expect(periodsOverlap(afternoon, morning)).toBe(false);
  });

  it('two mornings off on the same date overlap, and so do two afternoons', () => {
    const morning = period('2030-03-05', '2030-03-05', { endHalfDay: true });
    const afternoon = period('2030-03-05', '2030-03-05', { startHalfDay: true });
    expect(periodsOverlap(morning, { ...morning })).toBe(true);
    expect(periodsOverlap(afternoon, { ...afternoon })).toBe(true);
  });

  it('a whole day overlaps a morning and an afternoon of that date', () => {
    const day = period('2030-03-05', '2030-03-05');
    expect(periodsOverlap(day, period('2030-03-05', '2030-03-05', { endHalfDay: true }))).toBe(true);
    expect(periodsOverlap(day, period('2030-03-05', '2030-03-05', { startHalfDay: true }))).toBe(true);
  });

  it('leave ending at noon and leave starting at noon on that date do not overlap', () => {
    const untilNoon = period('2030-03-04', '2030-03-06', { endHalfDay: true });
    const fromNoon = period('2030-03-06', '2030-03-08', { startHalfDay: true });
    expect(periodsOverlap(untilNoon, fromNoon)).toBe(false);
    expect(periodsOverlap(fromNoon, untilNoon)).toBe(false);
  });

  it('leave ending at noon overlaps leave starting that morning', () => {
    expect(periodsOverlap(period('2030-03-04', '2030-03-06', { endHalfDay: true }), period('2030-03-06', '2030-03-08'))).toBe(true);
  });
});
