import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { holidayAdded } from '@backoffice/events/hr-events';
import { ticketSlaBreached } from '@backoffice/events/it-events';
import type { Principal } from '@backoffice/platform/identity';
import { createLogger } from '@backoffice/platform/logger';
import { hrEvents } from '@backoffice/testkit/hr-events';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { holidaysBetween } from '@backoffice/workforce/workforce.queries';
import { loadItConfig } from '../src/config';
import { helpdeskSettingsFrom } from '../src/helpdesk-settings';
import { helpdeskJob } from '../src/jobs/helpdesk.job';
import { ok } from './support/graphql-answers';
import { startItForTest, type ItForTest } from './support/it-test-service';

jest.setTimeout(120_000);

// The helpdesk's clocks through the service, on a frozen business clock in London (GMT in mid
// March): a 4-hour resolution target counted in working hours (Mon-Fri 09:00-17:00), skipping a
// company holiday, standing still while the ticket waits on its requester; and a breach recorded
// and published once although two replicas look for it at once.

const FRIDAY_1630 = '2026-03-13T16:30:00.000Z';
const MONDAY_0900 = '2026-03-16T09:00:00.000Z';
const MONDAY_1100 = '2026-03-16T11:00:00.000Z';
const WEDNESDAY_1200 = '2026-03-18T12:00:00.000Z';
const THURSDAY_1200 = '2026-03-19T12:00:00.000Z';

type Sla = { firstResponseDue: string; resolutionDue: string; paused: boolean; pausedFor: number; breached: boolean };
type Ticket = { id: string; status: string; version: number; sla: Sla };
const TICKET = 'id status version sla { firstResponseDue resolutionDue paused pausedFor breached }';
const OPEN = `mutation Open($input: OpenTicketInput!) { openTicket(input: $input) { ${TICKET} } }`;
const START = `mutation Start($input: TicketChangeInput!) { startTicket(input: $input) { ${TICKET} } }`;
const WAIT = `mutation Wait($input: WaitOnRequesterInput!) { waitOnRequester(input: $input) { ${TICKET} } }`;
const COMMENT = `mutation Comment($input: CommentOnTicketInput!) { commentOnTicket(input: $input) { ${TICKET} } }`;
const GET = `query Get($id: ID!) { ticket(id: $id) { ${TICKET} } }`;

describe('helpdesk SLA on a frozen clock', () => {
  const env = testEnvironment({
    CLOCK_AT: FRIDAY_1630,
    COMPANY_TIME_ZONE: 'Europe/London',
    HELPDESK_WORKING_HOURS: 'Mon-Fri 09:00-17:00',
    HELPDESK_SLA_TARGETS: 'CRITICAL=1h/4h,HIGH=1h/4h,MEDIUM=1h/4h,LOW=1h/4h',
  });
  const itAdmin: Principal = { employeeId: randomUUID(), roles: ['IT'] } as Principal;
  const alice: Principal = { employeeId: randomUUID(), roles: ['EMPLOYEE'] } as Principal;
  let it_: ItForTest;
  let replica: ItForTest | undefined;
  const running = () => [it_, replica].filter((one): one is ItForTest => one !== undefined);
  const call = <T>(query: string, variables: Record<string, unknown>, who: Principal = itAdmin) => it_.call<T>(query, variables, who);
  const open = async (subject: string) =>
    ok(await call<{ openTicket: Ticket }>(OPEN, { input: { category: 'SOFTWARE', priority: 'HIGH', subject, description: 'It does not work' } }, alice)).openTicket;
  // IT stopped and started again, frozen at another instant, on the same database and consumer groups.
  const moveTo = async (instant: string) => {
    await it_.stop();
    it_ = await startItForTest({ ...env, CLOCK_AT: instant });
  };

  let waited: Ticket;

  beforeAll(async () => {
    it_ = await startItForTest(env);
    await it_.hire([itAdmin, alice].map((who) => ({ employeeId: who.employeeId!, departmentId: randomUUID(), managerId: null, startDate: '2026-01-05' })));
  });

  afterAll(async () => {
    for (const one of running()) await one.stop();
  });

  it('a ticket opened on Friday 16:30 with a 4-hour resolution target is due on Monday 12:30', async () => {
    waited = await open('Opened on Friday afternoon');
    expect(waited.sla).toEqual({ firstResponseDue: '2026-03-16T09:30:00.000Z', resolutionDue: '2026-03-16T12:30:00.000Z', paused: false, pausedFor: 0, breached: false });
  });

  it('waiting on the requester from Monday 09:00 to 11:00 moves the resolution due to 14:30', async () => {
    await moveTo(MONDAY_0900);
    const started = ok(await call<{ startTicket: Ticket }>(START, { input: { ticketId: waited.id, expectedVersion: waited.version } })).startTicket;
    expect(started.status).toBe('IN_PROGRESS');
    const waiting = ok(await call<{ waitOnRequester: Ticket }>(WAIT, { input: { ticketId: waited.id, expectedVersion: started.version, message: 'Which version do you run?' } })).waitOnRequester;
    expect(waiting.status).toBe('WAITING');
    expect(waiting.sla).toMatchObject({ resolutionDue: '2026-03-16T12:30:00.000Z', paused: true, pausedFor: 0 });

    await moveTo(MONDAY_1100);
    const stillWaiting = ok(await call<{ ticket: Ticket }>(GET, { id: waited.id }, alice)).ticket;
    expect(stillWaiting.sla).toMatchObject({ paused: true, pausedFor: 120 });
    const resumed = ok(await call<{ commentOnTicket: Ticket }>(COMMENT, { input: { ticketId: waited.id, body: 'Version 2.3' } }, alice)).commentOnTicket;
    expect(resumed.status).toBe('IN_PROGRESS');
    expect(resumed.sla).toEqual({ firstResponseDue: '2026-03-16T09:30:00.000Z', resolutionDue: '2026-03-16T14:30:00.000Z', paused: false, pausedFor: 120, breached: false });
  });

  it('a company holiday on Monday 16 March moves the due time to Tuesday 12:30, for new tickets and for those already running', async () => {
    const hr = await hrEvents(env.KAFKA_PREFIX!, 'helpdesk-sla-test-calendar', [holidayAdded.topic]);
    try {
      await hr.publish(holidayAdded, { date: '2026-03-16', name: 'Spring holiday', timeZone: 'Europe/London' });
    } finally {
      await hr.stop();
    }
    await eventually(async () => (await holidaysBetween(it_.service.dataSource, '2026-03-16', '2026-03-16')).length === 1, 30_000);
    // The ticket already running across that Monday moves too: Friday's half hour, then Tuesday
    // from 09:00 (its wait on Monday now falls on a day that is not worked).
    const moved = await eventually(async () => {
      const { ticket } = ok(await call<{ ticket: Ticket }>(GET, { id: waited.id }));
      return ticket.sla.resolutionDue === '2026-03-17T12:30:00.000Z' && ticket;
    }, 30_000);
    expect(moved.sla.firstResponseDue).toBe('2026-03-16T09:30:00.000Z');
    const timeline = await it_.admin.query<{ action: string; details: Record<string, unknown> }>(`SELECT action, details FROM ticket_timeline WHERE ticket_id = $1 AND action = 'DUE_MOVED'`, [waited.id]);
    expect(timeline.rows).toEqual([{ action: 'DUE_MOVED', details: { holiday: '2026-03-16', added: true, resolutionDue: '2026-03-17T12:30:00.000Z' } }]);
    await moveTo(FRIDAY_1630);
    const ticket = await open('Opened on Friday afternoon before the holiday');
    expect(ticket.sla).toMatchObject({ firstResponseDue: '2026-03-17T09:30:00.000Z', resolutionDue: '2026-03-17T12:30:00.000Z', pausedFor: 0 });
  });

  it('with two replicas on one database, each breach is recorded and published once per ticket and target', async () => {
    // Past both targets by Wednesday noon: first response Tuesday 09:30, resolution Tuesday 12:30.
    const late = await open('Nobody answered');
    await it_.stop();
    it_ = await startItForTest({ ...env, CLOCK_AT: WEDNESDAY_1200 });
    replica = await startItForTest({ ...env, CLOCK_AT: WEDNESDAY_1200 });

    // A ticket opened now, on Wednesday noon, is due later: the job itself, run on both replicas'
    // connections at once with a clock a day ahead, must record its breaches once.
    const fresh = await open('Opened on Wednesday');
    expect(fresh.sla.breached).toBe(false);
    const job = helpdeskJob(helpdeskSettingsFrom(loadItConfig(env).extra));
    const thursday = loadItConfig({ ...env, CLOCK_AT: THURSDAY_1200 }).clock;
    const logger = createLogger({ test: 'helpdesk-sla' }, 'silent');
    await Promise.all([
      it_.service.jobs.tick(),
      replica.service.jobs.tick(),
      ...[it_, replica, it_, replica].map((one) => job.run({ dataSource: one.service.dataSource, clock: thursday, logger, scheduledFor: thursday.now() })),
    ]);
    // And once more, one after the other: still nothing new.
    await job.run({ dataSource: replica.service.dataSource, clock: thursday, logger, scheduledFor: thursday.now() });

    const ids = [late.id, fresh.id];
    const breaches = await it_.admin.query<{ ticket_id: string; target: string; n: number }>(
      `SELECT ticket_id, target, count(*)::int AS n FROM ticket_sla_breaches WHERE ticket_id = ANY($1::uuid[]) GROUP BY ticket_id, target ORDER BY ticket_id, target`,
      [ids],
    );
    const expected = ids
      .flatMap((id) => ['FIRST_RESPONSE', 'RESOLUTION'].map((target) => ({ ticket_id: id, target, n: 1 })))
      .sort((a, b) => (a.ticket_id + a.target).localeCompare(b.ticket_id + b.target));
    expect(breaches.rows).toEqual(expected);

    const published = await it_.admin.query<{ ticket_id: string; target: string; n: number }>(
      `SELECT envelope->'data'->>'ticketId' AS ticket_id, envelope->'data'->>'target' AS target, count(*)::int AS n
         FROM outbox_events WHERE event_type = $1 AND envelope->'data'->>'ticketId' = ANY($2::text[])
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [ticketSlaBreached.type, ids],
    );
    expect(published.rows).toEqual(expected);
    expect(ticketSlaBreached.type).toBe('backoffice.it.ticket.sla-breached.v1');

    const timeline = await it_.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ticket_timeline WHERE ticket_id = ANY($1::uuid[]) AND action = 'SLA_BREACHED'`, [ids]);
    expect(timeline.rows[0]!.n).toBe(4);
  });
});
