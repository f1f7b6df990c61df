import { createClock, type Clock } from '../src/clock';
import { latestScheduledTime, scheduledTimesBetween, startJobRunner, type JobDefinition, type JobRunner } from '../src/job-runner';
import { retentionJobs } from '../src/retention-jobs';
import { dropTestDatabase, openTestDatabase, testLogger, uniqueRunId } from './support';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

jest.setTimeout(60_000);

class CreateJobEffects1764460800000 implements MigrationInterface {
  name = 'CreateJobEffects1764460800000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE job_effects (job text NOT NULL, scheduled_for timestamptz NOT NULL, UNIQUE (job, scheduled_for))`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE job_effects');
  }
}

// Jobs record each scheduled time they ran for in `job_effects`, with a unique key per job and
// time: a second run of the same scheduled time would fail the insert, and the count shows it.
const recordingJob = (name: string, schedule: JobDefinition['schedule'], catchUp: JobDefinition['catchUp'], dataSource: DataSource): JobDefinition => ({
  name,
  schedule,
  catchUp,
  run: async ({ scheduledFor }) => {
    await dataSource.query(`INSERT INTO job_effects (job, scheduled_for) VALUES ($1, $2)`, [name, scheduledFor]);
  },
});

const effects = async (dataSource: DataSource, job: string) =>
  ((await dataSource.query(`SELECT scheduled_for FROM job_effects WHERE job = $1 ORDER BY scheduled_for`, [job])) as Array<{ scheduled_for: Date }>).map((row) =>
    row.scheduled_for.toISOString(),
  );

describe('the job runner', () => {
  const suffix = uniqueRunId('jobs');
  let replicaA: DataSource;
  let replicaB: DataSource;
  const runners: JobRunner[] = [];

  beforeAll(async () => {
    // The services' logins may not create tables: the test's table comes in a migration.
    replicaA = await openTestDatabase(suffix, [CreateJobEffects1764460800000]);
    replicaB = await openTestDatabase(suffix, [CreateJobEffects1764460800000]);
  });

  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await replicaA?.destroy();
    await replicaB?.destroy();
    await dropTestDatabase(suffix);
  });

  const start = (dataSource: DataSource, clock: Clock, jobs: JobDefinition[], tickMs = 100) => {
    const runner = startJobRunner({ jobs, dataSource, clock, logger: testLogger, tickMs });
    runners.push(runner);
    return runner;
  };

  it('runs each scheduled time once across two replicas', async () => {
    const clock = createClock({ timeZone: 'UTC' });
    const startedAt = Date.now();
    const onA = start(replicaA, clock, [recordingJob('every-second', { everySeconds: 1 }, 'every-missed-run', replicaA)], 50);
    const onB = start(replicaB, clock, [recordingJob('every-second', { everySeconds: 1 }, 'every-missed-run', replicaB)], 50);
    await new Promise((resolve) => setTimeout(resolve, 4_200));
    await Promise.all([onA.stop(), onB.stop()]);
    const ran = await effects(replicaA, 'every-second');
    // The first scheduled time at or before the start, then one a second: four or five of them.
    const expected = scheduledTimesBetween({ everySeconds: 1 }, new Date(startedAt - 1000), new Date(Date.now()), 'UTC').map((t) => t.toISOString());
    expect(ran.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ran).size).toBe(ran.length);
    expect(expected).toEqual(expect.arrayContaining(ran));
    // Consecutive seconds: none skipped, none twice.
    for (const [index, time] of ran.slice(1).entries()) expect(Date.parse(time) - Date.parse(ran[index]!)).toBe(1000);
    const [status] = await onA.status();
    expect(status).toEqual({ name: 'every-second', lastRun: expect.any(String), status: 'ok' });
  });

  it('after a stop, catches up every missed daily run with its own time, or runs once now, as each job declares', async () => {
    const zone = 'Europe/London';
    // 03:00 in London on 1 June (summer time: 02:00 UTC), then three days later.
    const dayOne = createClock({ timeZone: zone, fixedAt: '2026-06-01T02:00:00Z' });
    const dayFour = createClock({ timeZone: zone, fixedAt: '2026-06-04T02:00:00Z' });
    const jobs = (dataSource: DataSource) => [
      recordingJob('month-end-like', { dailyAt: '02:30' }, 'every-missed-run', dataSource),
      recordingJob('scan-like', { dailyAt: '02:30' }, 'one-run-now', dataSource),
    ];
    const first = start(replicaA, dayOne, jobs(replicaA));
    await first.tick();
    await first.stop();
    // 02:30 London summer time is 01:30 UTC.
    expect(await effects(replicaA, 'month-end-like')).toEqual(['2026-06-01T01:30:00.000Z']);
    expect(await effects(replicaA, 'scan-like')).toEqual(['2026-06-01T01:30:00.000Z']);

    const afterDowntime = start(replicaB, dayFour, jobs(replicaB));
    await afterDowntime.tick();
    await afterDowntime.tick();
    await afterDowntime.stop();
    expect(await effects(replicaA, 'month-end-like')).toEqual(['2026-06-01T01:30:00.000Z', '2026-06-02T01:30:00.000Z', '2026-06-03T01:30:00.000Z', '2026-06-04T01:30:00.000Z']);
    expect(await effects(replicaA, 'scan-like')).toEqual(['2026-06-01T01:30:00.000Z', '2026-06-04T01:30:00.000Z']);
  });

  it('after more missed times than one tick catches up, one-run-now still runs once, for the latest time', async () => {
    const job = (dataSource: DataSource) => [recordingJob('minutely-scan', { everySeconds: 60 }, 'one-run-now', dataSource)];
    const first = start(replicaA, createClock({ timeZone: 'UTC', fixedAt: '2026-02-01T00:00:30Z' }), job(replicaA));
    await first.tick();
    await first.stop();
    // 20 hours later: 1,200 missed minutes.
    const later = start(replicaA, createClock({ timeZone: 'UTC', fixedAt: '2026-02-01T20:00:30Z' }), job(replicaA));
    await later.tick();
    await later.stop();
    expect(await effects(replicaA, 'minutely-scan')).toEqual(['2026-02-01T00:00:00.000Z', '2026-02-01T20:00:00.000Z']);
  });

  it('a failing job reports failed (without its error) and runs the same scheduled time again once it succeeds', async () => {
    let fail = true;
    const clock = createClock({ timeZone: 'UTC', fixedAt: '2026-03-10T12:00:00Z' });
    const flaky: JobDefinition = {
      name: 'flaky',
      schedule: { dailyAt: '06:00' },
      catchUp: 'every-missed-run',
      run: async ({ scheduledFor }) => {
        if (fail) throw new Error('secret connection string in here');
        await replicaA.query(`INSERT INTO job_effects (job, scheduled_for) VALUES ('flaky', $1)`, [scheduledFor]);
      },
    };
    const runner = start(replicaA, clock, [flaky]);
    await runner.tick();
    await runner.stop();
    expect(await runner.status()).toEqual([{ name: 'flaky', lastRun: expect.any(String), status: 'failed' }]);
    expect(JSON.stringify(await runner.status())).not.toContain('secret');

    // Retried after its backoff (real time: two seconds after a first failure), for the same
    // scheduled time, whatever the business clock says.
    fail = false;
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const later = start(replicaA, createClock({ timeZone: 'UTC', fixedAt: '2026-03-10T12:10:00Z' }), [flaky]);
    await later.tick();
    await later.stop();
    expect(await effects(replicaA, 'flaky')).toEqual(['2026-03-10T06:00:00.000Z']);
    expect(await later.status()).toEqual([{ name: 'flaky', lastRun: expect.any(String), status: 'ok' }]);
  });

  it('prunes sent outbox rows and inbox rows past their retention, in real time whatever the business clock, and keeps the rest', async () => {
    const day = 86_400_000;
    const now = Date.now();
    const at = (daysAgo: number) => new Date(now - daysAgo * day);
    await replicaA.query(
      `INSERT INTO outbox_events (event_id, topic, message_key, event_type, envelope, created_at, published_at) VALUES
         (gen_random_uuid(), 't', 'k', 'e', '{}', $1, $1), (gen_random_uuid(), 't', 'k', 'e', '{}', $2, $2), (gen_random_uuid(), 't', 'k', 'e', '{}', $1, NULL)`,
      [at(91), at(89)],
    );
    await replicaA.query(
      `INSERT INTO inbox_events (consumer, event_id, event_type, subject, received_at) VALUES ('c', gen_random_uuid(), 'e', 's', $1), ('c', gen_random_uuid(), 'e', 's', $2)`,
      [at(31), at(29)],
    );
    // A business clock a year ahead changes nothing: retention counts in real time.
    const runner = start(replicaA, createClock({ timeZone: 'UTC', offsetMs: 365 * day }), retentionJobs({ outboxRetentionDays: 90, inboxRetentionDays: 30 }));
    await runner.tick();
    await runner.stop();
    const outbox = (await replicaA.query(`SELECT published_at FROM outbox_events ORDER BY created_at`)) as Array<{ published_at: Date | null }>;
    // The sent row of 91 days ago is gone; the one of 89 days and the unsent old one stay.
    expect(outbox.map((row) => row.published_at?.toISOString() ?? null).sort()).toEqual([at(89).toISOString(), null].sort());
    const inbox = (await replicaA.query(`SELECT received_at FROM inbox_events`)) as Array<{ received_at: Date }>;
    expect(inbox.map((row) => row.received_at.toISOString())).toEqual([at(29).toISOString()]);
  });
});

describe('scheduled times', () => {
  it('a daily time follows the company zone across a daylight-saving change', () => {
    const times = scheduledTimesBetween({ dailyAt: '09:00' }, new Date('2026-03-27T12:00:00Z'), new Date('2026-03-31T12:00:00Z'), 'Europe/London');
    // Clocks go forward on 29 March 2026: 09:00 GMT is 09:00Z before, 08:00Z after.
    expect(times.map((t) => t.toISOString())).toEqual(['2026-03-28T09:00:00.000Z', '2026-03-29T08:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-03-31T08:00:00.000Z']);
  });

  it('the latest time at or before now, for a job seen for the first time', () => {
    expect(latestScheduledTime({ dailyAt: '02:30' }, new Date('2026-06-01T01:00:00Z'), 'UTC').toISOString()).toBe('2026-05-31T02:30:00.000Z');
    expect(latestScheduledTime({ everySeconds: 60 }, new Date('2026-06-01T01:00:30Z'), 'UTC').toISOString()).toBe('2026-06-01T01:00:00.000Z');
  });
});
