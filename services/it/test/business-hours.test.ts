import { addBusinessMinutes, businessMinutesBetween, instantAt, parseWorkingHours, type BusinessCalendar, type WorkingHours } from '../src/business-hours';

// Figures worked out by hand. 2026-03-13 is a Friday; 2026-03-16 the Monday after.
const hours = parseWorkingHours('Mon-Fri 09:00-17:00') as WorkingHours;
const london = (holidays: string[] = []): BusinessCalendar => ({ hours, timeZone: 'Europe/London', holidays: new Set(holidays) });
const at = (local: string, timeZone = 'Europe/London') => {
  const [date, time] = local.split(' ') as [string, string];
  const [h, m] = time.split(':').map(Number) as [number, number];
  return instantAt(date, h * 60 + m, timeZone);
};
const FOUR_HOURS = 240;

describe('business hours', () => {
  it('a ticket opened Friday 16:30 with a four-business-hour target is due Monday 12:30', () => {
    expect(addBusinessMinutes(at('2026-03-13 16:30'), FOUR_HOURS, london())).toEqual(at('2026-03-16 12:30'));
  });

  it('waiting on the requester Monday 09:00-11:00 moves it to 14:30', () => {
    const waiting = { from: at('2026-03-16 09:00'), to: at('2026-03-16 11:00') };
    expect(addBusinessMinutes(at('2026-03-13 16:30'), FOUR_HOURS, london(), [waiting])).toEqual(at('2026-03-16 14:30'));
  });

  it('a holiday on that Monday moves it to Tuesday 12:30', () => {
    expect(addBusinessMinutes(at('2026-03-13 16:30'), FOUR_HOURS, london(['2026-03-16']))).toEqual(at('2026-03-17 12:30'));
  });

  it('a ticket opened at night or at a weekend starts its clock at the next opening', () => {
    expect(addBusinessMinutes(at('2026-03-14 10:00'), 60, london())).toEqual(at('2026-03-16 10:00'));
    expect(addBusinessMinutes(at('2026-03-16 06:00'), 60, london())).toEqual(at('2026-03-16 10:00'));
    expect(addBusinessMinutes(at('2026-03-16 18:00'), 60, london())).toEqual(at('2026-03-17 10:00'));
  });

  it('a target met exactly at closing time is due at closing, not the next morning', () => {
    expect(addBusinessMinutes(at('2026-03-16 09:00'), 480, london())).toEqual(at('2026-03-16 17:00'));
  });

  it('counts in the company time zone across a change to summer time (London, 29 March 2026)', () => {
    // Friday 27 March 16:00 GMT + 2 business hours: one on Friday, one on Monday 30 March in BST.
    const due = addBusinessMinutes(at('2026-03-27 16:00'), 120, london());
    expect(due).toEqual(at('2026-03-30 10:00'));
    expect(due.toISOString()).toBe('2026-03-30T09:00:00.000Z');
  });

  it('counts another zone and another week: Sun-Thu 08:00-16:00 in Asia/Jerusalem', () => {
    const week = parseWorkingHours('Sun-Thu 08:00-16:00') as WorkingHours;
    const calendar = { hours: week, timeZone: 'Asia/Jerusalem', holidays: new Set<string>() };
    // Thursday 15:00 + 2h: one hour on Thursday, then Friday and Saturday are not worked.
    expect(addBusinessMinutes(at('2026-03-12 15:00', 'Asia/Jerusalem'), 120, calendar)).toEqual(at('2026-03-15 09:00', 'Asia/Jerusalem'));
  });

  it('measures business minutes between two instants, without pauses and holidays', () => {
    expect(businessMinutesBetween(at('2026-03-13 16:30'), at('2026-03-16 12:30'), london())).toBe(FOUR_HOURS);
    expect(businessMinutesBetween(at('2026-03-13 16:30'), at('2026-03-17 12:30'), london(['2026-03-16']))).toBe(FOUR_HOURS);
    expect(businessMinutesBetween(at('2026-03-16 08:00'), at('2026-03-16 18:00'), london(), [{ from: at('2026-03-16 09:00'), to: at('2026-03-16 11:00') }])).toBe(360);
    expect(businessMinutesBetween(at('2026-03-16 12:00'), at('2026-03-16 11:00'), london())).toBe(0);
  });

  it('reads working hours from configuration and says what is wrong with a bad one', () => {
    expect(parseWorkingHours('Mon-Fri 09:00-17:00')).toEqual({ days: new Set([1, 2, 3, 4, 5]), startMinute: 540, endMinute: 1020 });
    expect(parseWorkingHours('Sat-Mon 10:00-12:00')).toEqual({ days: new Set([6, 0, 1]), startMinute: 600, endMinute: 720 });
    expect(parseWorkingHours('Mon,Wed 08:30-24:00')).toEqual({ days: new Set([1, 3]), startMinute: 510, endMinute: 1440 });
    expect(parseWorkingHours('weekdays 9-5')).toMatch(/Mon-Fri 09:00-17:00/);
    expect(parseWorkingHours('Mon-Fry 09:00-17:00')).toMatch(/"Fry" is not one|Fry/);
    expect(parseWorkingHours('Mon-Fri 17:00-09:00')).toMatch(/end after it starts/);
  });
});
