import 'reflect-metadata';
import { join } from 'node:path';
import type { Admin, Kafka } from 'kafkajs';
import { topicName, topicsToEnsure } from '@backoffice/events/topics';
import { createServiceDataSource, openServiceDatabase, serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { startInboxConsumer, type InboxConsumer, type InboxConsumerStatus } from '@backoffice/platform/inbox-consumer';
import { createKafkaClient, ensureTopics } from '@backoffice/platform/kafka';
import { createLogger, type LogLevel } from '@backoffice/platform/logger';
import { platformMigrations } from '@backoffice/platform/platform-migrations';
import { requiredEnv, uniqueRunId } from '@backoffice/testkit/isolation';
import { freePort } from '@backoffice/testkit/free-port';
import { ServiceProcess } from '@backoffice/testkit/service-process';
import { workforceConsumer, workforceTopics } from '@backoffice/workforce/workforce-consumer';
import { workforceMigrations } from '@backoffice/workforce/workforce-migrations';
import {
  approvedLeaveDaysByEmployeeIn,
  employedOn,
  employeesEmployedOn,
  employmentHistory,
  holidays,
  jobsOn,
  knownEmployees,
  paysOn,
  unpaidLeaveDaysByEmployeeIn,
  unpaidLeaveDaysIn,
} from '@backoffice/workforce/workforce.queries';
import { leaveDays } from '@backoffice/workforce/working-days.rules';
import { stackEnvironment } from '../src/stack';

// The workforce projection's promise, end to end: HR, started as a process, seeds its demo
// company through its own commands on a fixed clock, and its relay publishes the events. Then
// HR's topics are replayed from offset 0 into an empty database through the projection, and
// every answer it gives (who is employed, in which department, under whom, with which title, at
// what pay, with how many approved unpaid leave days in a month) is compared with what HR's own
// tables say, for every employee on every month's first and last day and on every date something
// changed, over the demo's two years. A second projection is fed live while HR publishes, stopped
// halfway and started again; the replay is then run again over the same database, with its inbox
// and without it. Neither changes a row.

jest.setTimeout(240_000);

// The demo's dates follow the clock: leave in the year before, holidays in both years.
const CLOCK_AT = '2026-06-17T10:00:00Z';
const YEARS = [2025, 2026];
const CONSUMER_STOPPED_AFTER = 250;

const logger = createLogger({ test: 'workforce-replay' }, (process.env.TEST_LOG_LEVEL as LogLevel | undefined) ?? 'silent');
const hrDirectory = join(__dirname, '..', '..', 'services', 'hr');
const projectionMigrations = [...platformMigrations, ...workforceMigrations];

type DataSource = ReturnType<typeof createServiceDataSource>;

type Projection = { name: string; dataSource: DataSource; run: InboxConsumer | undefined; statuses: InboxConsumerStatus[] };

describe('the workforce projection replayed from HR topics for the demo company', () => {
  const env = stackEnvironment({ SEED_DEMO_DATA: 'true', CLOCK_AT });
  const prefix = env.KAFKA_PREFIX!;
  const topics = workforceTopics({ includePay: true });
  let hr: ServiceProcess;
  let hrDb: DataSource;
  let kafka: Kafka;
  let admin: Admin;
  let live: Projection;
  let replay: Projection;
  let eventsOnTopics = 0;
  let arrivedWhileStopped = 0;
  let replaySeconds = 0;
  const cleanups: Array<() => Promise<unknown>> = [];

  beforeAll(async () => {
    kafka = createKafkaClient({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: 'workforce-replay-test', logger });
    admin = kafka.admin();
    await admin.connect();
    cleanups.push(() => admin.disconnect());
    // Before HR starts, so the live projection can listen from its first event.
    await ensureTopics(kafka, topicsToEnsure(prefix, [...topics, 'accounting.reaction.v1']));

    live = await openProjection('accounting.workforce');
    await startConsumer(live);
    hr = new ServiceProcess({ name: 'hr', directory: hrDirectory, port: await freePort(), env });
    cleanups.push(() => hr.stop());
    await hr.start();
    hrDb = createServiceDataSource({ url: withDatabase(requiredEnv('DATABASE_URL'), serviceDatabaseName('hr', env.DATABASE_NAME_SUFFIX!)), migrations: [] });
    await hrDb.initialize();
    cleanups.push(() => hrDb.destroy());

    // The live projection stops partway (HR is usually still seeding then) and stays stopped
    // until HR has published everything.
    await until(async () => live.run!.status().applied >= CONSUMER_STOPPED_AFTER, 120_000, `the live projection applying ${CONSUMER_STOPPED_AFTER} events`);
    await stopConsumer(live);
    const whenStopped = await eventCount();
    await until(hrSeededAndPublished, 180_000, 'HR seeding its demo company and publishing every event');
    eventsOnTopics = await eventCount();
    arrivedWhileStopped = eventsOnTopics - whenStopped;
    await startConsumer(live);
    await caughtUp(live);
    await stopConsumer(live);
    // HR's records are final: it need not run while they are compared.
    await hr.stop();

    replay = await openProjection('accounting.workforce-replay');
    const started = Date.now();
    await startConsumer(replay);
    await caughtUp(replay);
    replaySeconds = (Date.now() - started) / 1000;
    await stopConsumer(replay);
    console.log(
      `workforce replay: ${eventsOnTopics} events on ${topics.join(', ')}; replayed from offset 0 in ${replaySeconds.toFixed(1)} s ` +
        `(${replay.statuses[0]?.applied} applied); the live projection stopped after ${CONSUMER_STOPPED_AFTER}, ${arrivedWhileStopped} events arrived while it was stopped`,
    );
  });

  afterAll(async () => {
    for (const projection of [live, replay]) {
      if (projection) cleanups.push(async () => {
        await stopConsumer(projection);
        await projection.dataSource.destroy();
      });
    }
    // The projections first, then HR and the connections the test opened; the jest teardown
    // drops this run's databases.
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error('cleanup failed', error));
  });

  it('answers who is employed, in which department, under whom, with which title and at what pay, as HR does, for every employee on every month start and end and every date something changed', async () => {
    const employees = await hrEmployeeIds();
    expect(await knownEmployees(replay.dataSource)).toEqual(employees);
    const dates = await comparisonDates();
    const mismatches: string[] = [];
    let compared = 0;
    for (const date of dates) {
      const [employed, jobs, pays, hrEmployed, hrJobs, hrPays] = await Promise.all([
        employeesEmployedOn(replay.dataSource, date),
        jobsOn(replay.dataSource, employees, date),
        paysOn(replay.dataSource, employees, date),
        hrEmployedOn(date),
        hrJobsOn(date),
        hrPaysOn(date),
      ]);
      const employedSet = new Set(employed);
      for (const id of employees) {
        const job = jobs.get(id);
        const pay = pays.get(id);
        const answer = {
          employed: employedSet.has(id),
          job: job && { departmentId: job.departmentId, managerId: job.managerId, title: job.title },
          pay: pay && { amount: pay.amount, currency: pay.currency, payFrequency: pay.payFrequency },
        };
        const truth = { employed: hrEmployed.has(id), job: hrJobs.get(id), pay: hrPays.get(id) };
        if (JSON.stringify(answer) !== JSON.stringify(truth)) mismatches.push(`${id} on ${date}: projection ${JSON.stringify(answer)}, HR ${JSON.stringify(truth)}`);
        compared += 1;
      }
    }
    // The one-at-a-time questions give the same answers as the batched ones they wrap.
    const leaver = await hrLeaver();
    expect(await employedOn(replay.dataSource, leaver.id, leaver.lastDay)).toBe(true);
    expect(await employedOn(replay.dataSource, leaver.id, dayAfter(leaver.lastDay))).toBe(false);
    // Employment types: HR keeps the current one; the projection, one per employment.
    const types = await hrEmploymentTypes();
    for (const id of employees) {
      const history = await employmentHistory(replay.dataSource, id);
      if (history.at(-1)?.employmentType !== types.get(id)) mismatches.push(`${id}: employment type ${history.at(-1)?.employmentType}, HR ${types.get(id)}`);
    }

    console.log(`workforce replay: ${employees.length} employees × ${dates.length} dates = ${compared} (employed, department, manager, title, pay) answers compared with HR, ${mismatches.length} differ`);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(mismatches).toHaveLength(0);
    expect(compared).toBe(employees.length * dates.length);
    expect(employees.length).toBeGreaterThan(250);
  });

  it("counts each employee's approved unpaid leave days, and approved leave days of any kind, in every month of the demo years as HR's leave requests and calendar do", async () => {
    const employees = await hrEmployeeIds();
    const mismatches: string[] = [];
    const compared = { unpaid: 0, any: 0 };
    const withLeave = { unpaid: 0, any: 0 };
    for (const kind of ['unpaid', 'any'] as const) {
      const truth = await hrApprovedLeaveDaysByMonth({ unpaidOnly: kind === 'unpaid' });
      for (const year of YEARS) {
        for (let month = 1; month <= 12; month += 1) {
          const days =
            kind === 'unpaid'
              ? await unpaidLeaveDaysByEmployeeIn(replay.dataSource, employees, year, month)
              : await approvedLeaveDaysByEmployeeIn(replay.dataSource, employees, year, month);
          const key = `${year}-${String(month).padStart(2, '0')}`;
          for (const id of employees) {
            const expected = truth.get(`${id}|${key}`) ?? 0;
            if (days.get(id) !== expected) mismatches.push(`${kind} leave of ${id} in ${key}: projection ${days.get(id)}, HR ${expected}`);
            if (expected > 0) withLeave[kind] += 1;
            compared[kind] += 1;
          }
        }
      }
    }
    // The one-employee question gives what the batched one does.
    const [someone, unpaidDays] = [...(await hrApprovedLeaveDaysByMonth({ unpaidOnly: true })).entries()][0]!;
    const [id, month] = someone.split('|') as [string, string];
    expect(await unpaidLeaveDaysIn(replay.dataSource, id, Number(month.slice(0, 4)), Number(month.slice(5)))).toBe(unpaidDays);
    const projectedHolidays = (await Promise.all(YEARS.map((year) => holidays(replay.dataSource, year)))).flat();
    expect(projectedHolidays.map(({ date, name }) => ({ date, name }))).toEqual(await hrHolidays());
    expect(new Set(projectedHolidays.map((holiday) => holiday.timeZone))).toEqual(new Set([env.COMPANY_TIME_ZONE ?? 'UTC']));

    console.log(
      `workforce replay: ${employees.length} employees × ${YEARS.length * 12} months = ${compared.unpaid} unpaid-leave counts (${withLeave.unpaid} with leave) ` +
        `and ${compared.any} counts of approved leave of any kind (${withLeave.any} with leave) compared with HR, ${mismatches.length} differ; ${projectedHolidays.length} holidays`,
    );
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(mismatches).toHaveLength(0);
    expect(compared).toEqual({ unpaid: employees.length * YEARS.length * 12, any: employees.length * YEARS.length * 12 });
    expect(withLeave.unpaid).toBeGreaterThan(0);
    expect(withLeave.any).toBeGreaterThan(withLeave.unpaid);
  });

  it('counts the working days of every leave request in HR, paid or not, in any status, exactly as HR counted them when they were requested', async () => {
    const requests = (await hrDb.query(
      `SELECT id, to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate", start_half_day AS "startHalfDay", end_half_day AS "endHalfDay", days::float8 AS days
       FROM leave_requests ORDER BY id`,
    )) as Array<{ id: string; startDate: string; endDate: string; startHalfDay: boolean; endHalfDay: boolean; days: number }>;
    const calendar = new Set((await hrHolidays()).map((holiday) => holiday.date));
    const differing = requests.filter((request) => leaveDays(request, calendar) !== request.days).map((request) => `${request.id}: ${leaveDays(request, calendar)}, HR ${request.days}`);
    console.log(`workforce replay: ${requests.length} leave requests (${requests.filter((request) => request.startHalfDay || request.endHalfDay).length} with half days) counted as HR counted them, ${differing.length} differ`);
    expect(differing).toEqual([]);
    expect(requests.length).toBeGreaterThan(100);
  });

  it('a projection stopped while HR published and started again holds exactly what the replay from offset 0 holds', async () => {
    expect(live.statuses).toHaveLength(2);
    expect(live.statuses.reduce((sum, status) => sum + status.deadLettered, 0)).toBe(0);
    expect(await rowsOf(live.dataSource)).toEqual(await rowsOf(replay.dataSource));
  });

  it('delivering every event again changes nothing, whether the inbox still has them or has pruned them', async () => {
    const before = await rowsOf(replay.dataSource);
    const firstPass = replay.statuses[0]!;
    expect(firstPass).toMatchObject({ deadLettered: 0, newerVersionsSkipped: {} });

    // The messages of the types it handles: each one was applied, or found stale or a duplicate.
    const handled = firstPass.applied + firstPass.stale + firstPass.duplicates;

    await redeliverEverything(replay);
    const again = replay.statuses.at(-1)!;
    expect(await rowsOf(replay.dataSource)).toEqual(before);
    expect(again).toMatchObject({ applied: 0, stale: 0, duplicates: handled, deadLettered: 0 });

    // As after the inbox retention job: only the positions remember what was applied.
    await replay.dataSource.query(`DELETE FROM inbox_events WHERE consumer = $1`, [replay.name]);
    await redeliverEverything(replay);
    const pruned = replay.statuses.at(-1)!;
    expect(await rowsOf(replay.dataSource)).toEqual(before);
    expect(pruned).toMatchObject({ applied: 0, deadLettered: 0 });
    expect(pruned.stale + pruned.duplicates).toBe(handled);
    expect(pruned.stale).toBeGreaterThan(0);
    console.log(`workforce replay: every event delivered twice more (${again.duplicates} duplicates, then ${pruned.stale} stale without the inbox rows); no row changed`);
  });

  // --- The projections -------------------------------------------------------------------------

  async function openProjection(consumer: string): Promise<Projection> {
    const dataSource = await openServiceDatabase({
      service: 'accounting',
      serverUrl: requiredEnv('DATABASE_URL'),
      databaseNameSuffix: uniqueRunId('w'),
      migrations: projectionMigrations,
      logger,
    });
    return { name: consumer, dataSource, run: undefined, statuses: [] };
  }

  async function startConsumer(projection: Projection): Promise<void> {
    projection.run = await startInboxConsumer({
      ...workforceConsumer({ consumer: projection.name, includePay: true }),
      kafka,
      dataSource: projection.dataSource,
      logger,
      topicPrefix: prefix,
    });
  }

  async function stopConsumer(projection: Projection): Promise<void> {
    const run = projection.run;
    if (!run) return;
    projection.run = undefined;
    await run.stop();
    projection.statuses.push(run.status());
  }

  // The consumer's committed offsets have reached the end of every topic.
  async function caughtUp(projection: Projection): Promise<void> {
    const groupId = `${prefix}${projection.name}`;
    await until(
      async () => {
        for (const topic of topics) {
          const name = topicName(topic, prefix);
          const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(name), admin.fetchOffsets({ groupId, topics: [name] })]);
          const behind = ends.some((end) => end.high !== '0' && committed?.partitions.find((partition) => partition.partition === end.partition)?.offset !== end.high);
          if (behind) return false;
        }
        return true;
      },
      120_000,
      `${projection.name} catching up`,
    );
  }

  // Every event delivered again: with its group gone, the consumer has no committed offsets and
  // starts from the beginning of every topic, as a new group does (the same as resetting the
  // group's offsets to the earliest, which kafkajs does by joining the group once per topic).
  async function redeliverEverything(projection: Projection): Promise<void> {
    await admin.deleteGroups([`${prefix}${projection.name}`]);
    await startConsumer(projection);
    await caughtUp(projection);
    await stopConsumer(projection);
  }

  async function eventCount(): Promise<number> {
    let count = 0;
    for (const topic of topics) {
      for (const partition of await admin.fetchTopicOffsets(topicName(topic, prefix))) count += Number(partition.high) - Number(partition.low);
    }
    return count;
  }

  // Every row of the projection's tables, in a stable order.
  async function rowsOf(dataSource: DataSource): Promise<Record<string, unknown[]>> {
    const tables = ['workforce_employment_periods', 'workforce_jobs', 'workforce_pay', 'workforce_leave', 'workforce_holidays'];
    const snapshot: Record<string, unknown[]> = {};
    for (const table of tables) snapshot[table] = (await dataSource.query(`SELECT * FROM ${table} ORDER BY 1, 2`)) as unknown[];
    return snapshot;
  }

  // --- HR's own records: the truth -----------------------------------------------------------

  // HR's demo seed holds a session advisory lock while it runs; once employees exist and the
  // lock is free, seeding is over. Then the relay has to have sent every outbox row.
  async function hrSeededAndPublished(): Promise<boolean> {
    if (hr.logs().includes('after-start task failed')) throw new Error(`HR's demo seed failed:\n${hr.logs()}`);
    const [{ employees }] = (await hrDb.query(`SELECT count(*)::int AS employees FROM employees`)) as [{ employees: number }];
    if (!employees) return false;
    const seeding = await hrDb.transaction(async (tx) => {
      const [{ free }] = (await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext('hr:demo-seed')) AS free`)) as [{ free: boolean }];
      return !free;
    });
    if (seeding) return false;
    const [{ pending }] = (await hrDb.query(`SELECT count(*)::int AS pending FROM outbox_events WHERE published_at IS NULL`)) as [{ pending: number }];
    return pending === 0;
  }

  async function hrEmployeeIds(): Promise<string[]> {
    return ((await hrDb.query(`SELECT id FROM employees ORDER BY id`)) as Array<{ id: string }>).map((row) => row.id);
  }

  async function hrLeaver(): Promise<{ id: string; lastDay: string }> {
    const [leaver] = (await hrDb.query(`SELECT id, to_char(termination_date, 'YYYY-MM-DD') AS "lastDay" FROM employees WHERE termination_date IS NOT NULL ORDER BY id LIMIT 1`)) as Array<{ id: string; lastDay: string }>;
    if (!leaver) throw new Error('the demo company has no leaver');
    return leaver;
  }

  // Month starts and ends of the demo years, and every date a start, a last day, a job or a pay
  // takes effect, with the day before and after it.
  async function comparisonDates(): Promise<string[]> {
    const dates = new Set<string>();
    for (const year of YEARS) {
      for (let month = 0; month < 12; month += 1) {
        dates.add(new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10));
        dates.add(new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10));
      }
    }
    const changes = (await hrDb.query(
      `SELECT DISTINCT to_char(d + shift, 'YYYY-MM-DD') AS date FROM (
         SELECT effective_date AS d FROM job_assignments UNION SELECT effective_date FROM compensations
         UNION SELECT start_date FROM employees UNION SELECT termination_date FROM employees WHERE termination_date IS NOT NULL
         UNION SELECT previous_termination_date FROM employees WHERE previous_termination_date IS NOT NULL
       ) changes CROSS JOIN (VALUES (-1), (0), (1)) AS shifts(shift)
       WHERE extract(year FROM d + shift) = ANY($1::int[])`,
      [YEARS],
    )) as Array<{ date: string }>;
    for (const { date } of changes) dates.add(date);
    return [...dates].sort();
  }

  // HR keeps the current employment (start_date, termination_date) and, after a rehire, the
  // last day of the one before (previous_termination_date), which began with the hire.
  async function hrEmployedOn(date: string): Promise<Set<string>> {
    const found = (await hrDb.query(
      `SELECT e.id FROM employees e
       WHERE (e.start_date <= $1::date AND (e.termination_date IS NULL OR e.termination_date >= $1::date))
          OR (e.previous_termination_date >= $1::date
              AND (SELECT min(c.effective_date) FROM employee_changes c WHERE c.employee_id = e.id AND c.action = 'hired') <= $1::date)`,
      [date],
    )) as Array<{ id: string }>;
    return new Set(found.map((row) => row.id));
  }

  async function hrJobsOn(date: string): Promise<Map<string, { departmentId: string; managerId: string | null; title: string }>> {
    const found = (await hrDb.query(
      `SELECT e.id, job.department_id AS "departmentId", job.manager_id AS "managerId", job.title FROM employees e CROSS JOIN LATERAL job_in_force(e.id, $1::date) job`,
      [date],
    )) as Array<{ id: string; departmentId: string; managerId: string | null; title: string }>;
    return new Map(found.map(({ id, ...job }) => [id, job]));
  }

  async function hrPaysOn(date: string): Promise<Map<string, { amount: string; currency: string; payFrequency: string }>> {
    const found = (await hrDb.query(
      `SELECT DISTINCT ON (employee_id) employee_id AS id, amount::text AS amount, currency, pay_frequency AS "payFrequency" FROM compensations
       WHERE effective_date <= $1::date ORDER BY employee_id, effective_date DESC, created_at DESC`,
      [date],
    )) as Array<{ id: string; amount: string; currency: string; payFrequency: string }>;
    return new Map(found.map(({ id, ...pay }) => [id, pay]));
  }

  async function hrEmploymentTypes(): Promise<Map<string, string>> {
    const found = (await hrDb.query(`SELECT id, employment_type AS "employmentType" FROM employees`)) as Array<{ id: string; employmentType: string }>;
    return new Map(found.map((row) => [row.id, row.employmentType]));
  }

  async function hrHolidays(): Promise<Array<{ date: string; name: string }>> {
    return (await hrDb.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM holidays WHERE extract(year FROM date) = ANY($1::int[]) ORDER BY date`, [YEARS])) as Array<{
      date: string;
      name: string;
    }>;
  }

  // Approved leave (of an unpaid type, or of any), day by day: weekdays that are not holidays,
  // the first day half when it starts at noon, the last half when it ends at noon (a single day
  // once), summed per month. Written in SQL against HR's tables, apart from the projection's
  // TypeScript.
  async function hrApprovedLeaveDaysByMonth(options: { unpaidOnly: boolean }): Promise<Map<string, number>> {
    const found = (await hrDb.query(
      `SELECT l.employee_id AS id, to_char(day, 'YYYY-MM') AS month,
              sum(CASE WHEN day = l.start_date AND l.start_half_day THEN 0.5
                       WHEN day = l.end_date AND l.end_half_day AND NOT (l.start_date = l.end_date AND l.start_half_day) THEN 0.5
                       ELSE 1 END)::float8 AS days
       FROM leave_requests l
       JOIN leave_types t ON t.code = l.leave_type AND (t.unpaid OR NOT $1::boolean)
       CROSS JOIN LATERAL (SELECT g::date AS day FROM generate_series(l.start_date, l.end_date, interval '1 day') g) days
       WHERE l.status = 'APPROVED' AND extract(isodow FROM day) < 6 AND NOT EXISTS (SELECT 1 FROM holidays h WHERE h.date = day)
       GROUP BY 1, 2`,
      [options.unpaidOnly],
    )) as Array<{ id: string; month: string; days: number }>;
    return new Map(found.map((row) => [`${row.id}|${row.month}`, row.days]));
  }
});

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
