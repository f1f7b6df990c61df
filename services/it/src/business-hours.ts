// Business time for the helpdesk's clocks: working hours on working days in the company's time
// zone, without the company calendar's holidays, and without the spans a clock stands still
// (a ticket waiting on its requester). Pure: the callers load the holidays and say what "now" is.

import { dateIn } from '@backoffice/platform/clock';

export type WorkingHours = {
  // Days of the week that are worked, 0 = Sunday ... 6 = Saturday.
  days: ReadonlySet<number>;
  // Minutes after local midnight the working day starts and ends (09:00 = 540).
  startMinute: number;
  endMinute: number;
};

export type BusinessCalendar = { hours: WorkingHours; timeZone: string; holidays: ReadonlySet<string> };

export type Span = { from: Date; to: Date };

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// How far a clock may look ahead for working time: a calendar with no working day would never end.
const MAX_DAYS_AHEAD = 3 * 366;

// "Mon-Fri 09:00-17:00", "Sun-Thu 08:30-16:30", "Mon,Wed,Fri 10:00-14:00". A string when it is not one.
export function parseWorkingHours(text: string): WorkingHours | string {
  const match = /^\s*([A-Za-z]{3}(?:\s*[-,]\s*[A-Za-z]{3})*)\s+([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-4]):([0-5]\d)\s*$/.exec(text);
  if (!match) return 'must be days and hours such as "Mon-Fri 09:00-17:00"';
  const days = new Set<number>();
  for (const part of match[1]!.split(',')) {
    const [first, last = first] = part.split('-').map((day) => DAY_NAMES.indexOf(day.trim().toLowerCase()));
    if (first === undefined || first < 0 || last === undefined || last < 0) return `names days as Mon, Tue, Wed, Thu, Fri, Sat or Sun; "${part.trim()}" is not one`;
    for (let day = first; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === last) break;
    }
  }
  const startMinute = Number(match[2]) * 60 + Number(match[3]);
  const endMinute = Number(match[4]) * 60 + Number(match[5]);
  if (endMinute > 24 * 60) return 'ends at 24:00 at the latest';
  if (endMinute <= startMinute) return 'must end after it starts on the same day';
  return { days, startMinute, endMinute };
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

// Local time minus UTC at an instant, in milliseconds.
function zoneOffsetMs(instant: number, timeZone: string): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    offsetFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

// The instant a local date and time names in the zone. Twice, so a day on which the offset
// changes (summer time) lands on the offset in force at that hour.
export function instantAt(date: string, minuteOfDay: number, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minuteOfDay * MINUTE_MS;
  const first = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(first, timeZone));
}

const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

export function isWorkingDate(date: string, calendar: BusinessCalendar): boolean {
  return calendar.hours.days.has(new Date(`${date}T00:00:00Z`).getUTCDay()) && !calendar.holidays.has(date);
}

// The working time of one day, as an instant range.
function workingSpanOf(date: string, calendar: BusinessCalendar): Span {
  return { from: instantAt(date, calendar.hours.startMinute, calendar.timeZone), to: instantAt(date, calendar.hours.endMinute, calendar.timeZone) };
}

// `span` without the parts that fall in `pauses` (any order, may overlap).
function withoutPauses(span: Span, pauses: readonly Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const pause of pauses) {
    pieces = pieces.flatMap((piece) => {
      if (pause.to <= piece.from || pause.from >= piece.to) return [piece];
      const kept: Span[] = [];
      if (pause.from > piece.from) kept.push({ from: piece.from, to: pause.from });
      if (pause.to < piece.to) kept.push({ from: pause.to, to: piece.to });
      return kept;
    });
  }
  return pieces;
}

// The instant `minutes` of business time after `start`, not counting paused spans.
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar, pauses: readonly Span[] = []): Date {
  let left = minutes * MINUTE_MS;
  let date = dateIn(start, calendar.timeZone);
  for (let day = 0; day < MAX_DAYS_AHEAD; day += 1, date = nextDate(date)) {
    if (!isWorkingDate(date, calendar)) continue;
    const working = workingSpanOf(date, calendar);
    if (working.to <= start) continue;
    const from = working.from < start ? start : working.from;
    for (const piece of withoutPauses({ from, to: working.to }, pauses)) {
      const length = piece.to.getTime() - piece.from.getTime();
      // A target met exactly at the end of a piece is due then, not at the start of the next.
      if (length >= left) return new Date(piece.from.getTime() + left);
      left -= length;
    }
  }
  throw new Error(`no working time within ${MAX_DAYS_AHEAD} days of ${start.toISOString()}: check the working hours`);
}

// Business minutes from one instant to another (0 when `to` is not after `from`), not counting paused spans.
export function businessMinutesBetween(from: Date, to: Date, calendar: BusinessCalendar, pauses: readonly Span[] = []): number {
  if (to <= from) return 0;
  let total = 0;
  let date = dateIn(from, calendar.timeZone);
  const lastDate = dateIn(to, calendar.timeZone);
  for (; date <= lastDate; date = nextDate(date)) {
    if (!isWorkingDate(date, calendar)) continue;
    const working = workingSpanOf(date, calendar);
    const span = { from: working.from < from ? from : working.from, to: working.to > to ? to : working.to };
    if (span.to <= span.from) continue;
    for (const piece of withoutPauses(span, pauses)) total += piece.to.getTime() - piece.from.getTime();
  }
  return Math.round(total / MINUTE_MS);
}
