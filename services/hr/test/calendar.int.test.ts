import { randomUUID } from 'node:crypto';
import { parseEventEnvelope } from '@backoffice/events/registry';
import { publishCalendarBackfill } from '../src/jobs/publish-calendar-backfill.job';
import { codeOf, problemFields, startHrForTest, testClock, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

// The company calendar other departments count with: every change to it is an event on
// hr.calendar.v1 with the company's time zone, and holidays recorded before the topic existed
// are published once.

const ADD = `mutation A($input: AddHolidayInput!) { addHoliday(input: $input) { date name } }`;
const REMOVE = `mutation R($date: Date!) { removeHoliday(date: $date) { date name } }`;

describe('the company calendar', () => {
  let hr: HrForTest;

  beforeAll(async () => {
    hr = await startHrForTest();
  });

  afterAll(async () => {
    await hr?.stop();
  });

  const calendarEvents = async (date: string) =>
    ((await hr.dataSource.query(`SELECT envelope FROM outbox_events WHERE topic = 'hr.calendar.v1' AND message_key = $1 ORDER BY id`, [date])) as Array<{ envelope: unknown }>).map((row) =>
      parseEventEnvelope(row.envelope),
    );

  it('adding and removing a holiday publishes each, keyed by the date, with the time zone in which it is a whole day', async () => {
    expect((await hr.ok<{ addHoliday: unknown }>(ADD, { input: { date: '2031-05-05', name: 'Spring bank holiday' } })).addHoliday).toEqual({ date: '2031-05-05', name: 'Spring bank holiday' });
    expect((await hr.ok<{ removeHoliday: unknown }>(REMOVE, { date: '2031-05-05' })).removeHoliday).toEqual({ date: '2031-05-05', name: 'Spring bank holiday' });
    const events = await calendarEvents('2031-05-05');
    expect(events.map((event) => [event.type, event.sequence, event.data])).toEqual([
      ['backoffice.hr.calendar.holiday-added.v1', 1, { date: '2031-05-05', name: 'Spring bank holiday', timeZone: 'UTC' }],
      ['backoffice.hr.calendar.holiday-removed.v1', 2, { date: '2031-05-05', timeZone: 'UTC' }],
    ]);
    const holidays = await hr.ok<{ holidays: unknown[] }>(`{ holidays(year: 2031) { date } }`);
    expect(holidays.holidays).toEqual([]);
  });

  it('removing a date that is not a holiday is refused and writes nothing; only HR and MANAGER change the calendar', async () => {
    const before = await hr.rowCounts(['holidays', 'outbox_events', 'audit_log']);
    const refused = await hr.call(REMOVE, { date: '2031-07-01' });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(problemFields(refused)).toEqual(['date']);
    const employee = { employeeId: randomUUID(), roles: ['EMPLOYEE' as const] };
    expect(codeOf(await hr.call(ADD, { input: { date: '2031-07-01', name: 'Not mine to add' } }, employee))).toBe('FORBIDDEN');
    expect(await hr.rowCounts(['holidays', 'outbox_events', 'audit_log'])).toEqual(before);
  });

  it('holidays recorded before the calendar topic existed are published once, however often the backfill runs', async () => {
    await hr.dataSource.query(`INSERT INTO holidays (date, name) VALUES ('2031-12-25', 'Christmas Day'), ('2031-12-26', 'Boxing Day')`);
    const run = () => publishCalendarBackfill.run({ scheduledFor: testClock.now(), dataSource: hr.dataSource, clock: testClock, logger: hr.logger });
    await run();
    await run();
    const published = [...(await calendarEvents('2031-12-25')), ...(await calendarEvents('2031-12-26'))];
    expect(published.map((event) => [event.type, event.data])).toEqual([
      ['backoffice.hr.calendar.holiday-added.v1', { date: '2031-12-25', name: 'Christmas Day', timeZone: 'UTC' }],
      ['backoffice.hr.calendar.holiday-added.v1', { date: '2031-12-26', name: 'Boxing Day', timeZone: 'UTC' }],
    ]);
  });
});
