import type { DataSource } from 'typeorm';
import { dateIn, type Clock } from './clock';
import type { Logger } from './logger';
import { firstRow, rows, type Sql } from './sql';

// Scheduled work (due access changes, SLA breaches, depreciation, retention): named jobs on a
// schedule in business time, each scheduled run done once across all replicas, with missed
// runs caught up after downtime the way each job declares. What a replica remembers lives in
// the `job_runs` table, so a restart, or another replica, carries on where it stopped.

export type JobSchedule =
  // Every N seconds, on a grid from the epoch (so replicas agree on the scheduled times).
  | { everySeconds: number }
  // Once a day at HH:MM in the company's time zone.
  | { dailyAt: string };

// After downtime: run every missed scheduled time in order, each with its own time (month-end
// depreciation), or run once now for the latest one (a scan that looks at the present anyway).
export type CatchUp = 'every-missed-run' | 'one-run-now';

export type JobRun = { scheduledFor: Date; dataSource: DataSource; clock: Clock; logger: Logger };

export type JobDefinition = {
  name: string;
  schedule: JobSchedule;
  catchUp: CatchUp;
  // Should be idempotent: a crash after the work and before the runner records it repeats it.
  run(context: JobRun): Promise<void>;
};

export type JobStatus = { name: string; lastRun: string | null; status: 'ok' | 'failed' | 'never' };

export type JobRunner = {
  // Runs what is due now (the loop calls it; tests may too).
  tick(): Promise<void>;
  // Name, last finished run and outcome of every job, for /readyz (never the error text).
  status(): Promise<JobStatus[]>;
  stop(): Promise<void>;
};

const MAX_RETRY_DELAY_MS = 5 * 60_000;
// Catch-up runs at most this many missed times in one tick (the rest in the next ones), so a
// long outage of a frequent job does not become one endless tick.
const MAX_CATCH_UP_RUNS = 1000;

function parseDailyAt(dailyAt: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(dailyAt);
  if (!match) throw new Error(`dailyAt must be HH:MM, got ${dailyAt}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

// Built once per zone (a formatter costs ~100 formats to build).
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

// The UTC instant of a wall-clock time on a date in a time zone (the zone's offset that day).
function zonedInstant(date: string, hour: number, minute: number, timeZone: string): Date {
  const guess = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute);
  let format = wallClockFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    wallClockFormatters.set(timeZone, format);
  }
  const zoneFormat = format;
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(zoneFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)) - instant;
  };
  // Twice, so a date on which the offset changes lands on the right side of the change.
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

// The scheduled times after `after` up to and including `now`, oldest first.
export function scheduledTimesBetween(schedule: JobSchedule, after: Date, now: Date, timeZone: string): Date[] {
  const times: Date[] = [];
  if ('everySeconds' in schedule) {
    const step = schedule.everySeconds * 1000;
    for (let t = (Math.floor(after.getTime() / step) + 1) * step; t <= now.getTime() && times.length < MAX_CATCH_UP_RUNS; t += step) times.push(new Date(t));
    return times;
  }
  const { hour, minute } = parseDailyAt(schedule.dailyAt);
  const dateOf = (instant: Date) => dateIn(instant, timeZone);
  // From the day of `after` (its time may still be ahead) to the day of `now`.
  for (let day = dateOf(after); day <= dateOf(now) && times.length < MAX_CATCH_UP_RUNS; day = nextDate(day)) {
    const at = zonedInstant(day, hour, minute, timeZone);
    if (at > after && at <= now) times.push(at);
  }
  return times;
}

// The latest scheduled time at or before `now`.
export function latestScheduledTime(schedule: JobSchedule, now: Date, timeZone: string): Date {
  const lookBack = 'everySeconds' in schedule ? schedule.everySeconds * 1000 : 2 * 86_400_000;
  const times = scheduledTimesBetween(schedule, new Date(now.getTime() - lookBack), now, timeZone);
  return times[times.length - 1] ?? now;
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

type JobRow = { lastScheduledFor: Date; consecutiveFailures: number; retryAfter: Date | null };

export function startJobRunner(options: { jobs: JobDefinition[]; dataSource: DataSource; clock: Clock; logger: Logger; tickMs?: number }): JobRunner {
  const { jobs, dataSource, clock, logger } = options;
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`two jobs are named ${job.name}`);
    names.add(job.name);
    if ('dailyAt' in job.schedule) parseDailyAt(job.schedule.dailyAt);
    else if (!(job.schedule.everySeconds >= 1)) throw new Error(`job ${job.name} must run at most every second`);
  }
  let stopped = false;
  let ticking: Promise<void> = Promise.resolve();

  // One job's due runs, on one connection holding the job's session lock: another replica
  // that finds the lock taken skips the job this tick, and a replica that dies releases it.
  async function runDue(job: JobDefinition): Promise<void> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked } = { locked: false }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [`job:${job.name}`])) as Array<{ locked: boolean }>;
      if (!locked) return;
      try {
        const now = clock.now();
        const row = await firstRow<JobRow>(
          runner,
          `SELECT last_scheduled_for AS "lastScheduledFor", consecutive_failures AS "consecutiveFailures", retry_after AS "retryAfter" FROM job_runs WHERE job = $1`,
          [job.name],
        );
        // Backoff is infrastructure time: real time, even when business time is moved or frozen.
      if (row?.retryAfter && row.retryAfter.getTime() > Date.now()) return;
        // A job never seen before runs for its latest scheduled time only: catch-up covers
        // downtime, not the time before the job existed.
        const latest = latestScheduledTime(job.schedule, now, clock.timeZone);
        let runs: Date[];
        if (!row) runs = [latest];
        else if (job.catchUp === 'one-run-now') runs = latest > row.lastScheduledFor ? [latest] : [];
        else runs = scheduledTimesBetween(job.schedule, row.lastScheduledFor, now, clock.timeZone);
        let failures = row?.consecutiveFailures ?? 0;
        for (const scheduledFor of runs) {
          if (stopped) return;
          if (!(await runOnce(runner, job, scheduledFor, failures))) return;
          failures = 0;
        }
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`job:${job.name}`]);
      }
    } finally {
      await runner.release();
    }
  }

  // Records the outcome; a failure keeps the scheduled time due and retries it with backoff.
  async function runOnce(db: Sql, job: JobDefinition, scheduledFor: Date, failuresSoFar: number): Promise<boolean> {
    try {
      await job.run({ scheduledFor, dataSource, clock, logger });
    } catch (error) {
      const failures = failuresSoFar + 1;
      const retryInMs = Math.min(1000 * 2 ** Math.min(failures, 16), MAX_RETRY_DELAY_MS);
      logger.error('job failed; it will be retried', { job: job.name, scheduledFor: scheduledFor.toISOString(), retryInMs, error });
      await db.query(
        `INSERT INTO job_runs (job, last_scheduled_for, last_status, consecutive_failures, retry_after, last_finished_at)
         VALUES ($1, $2::timestamptz - interval '1 millisecond', 'failed', $3, $4, now())
         ON CONFLICT (job) DO UPDATE SET last_status = 'failed', consecutive_failures = $3, retry_after = $4, last_finished_at = now()`,
        [job.name, scheduledFor, failures, new Date(Date.now() + retryInMs)],
      );
      return false;
    }
    await db.query(
      `INSERT INTO job_runs (job, last_scheduled_for, last_status, runs, consecutive_failures, retry_after, last_finished_at)
       VALUES ($1, $2, 'ok', 1, 0, NULL, now())
       ON CONFLICT (job) DO UPDATE SET last_scheduled_for = $2, last_status = 'ok', runs = job_runs.runs + 1, consecutive_failures = 0, retry_after = NULL, last_finished_at = now()`,
      [job.name, scheduledFor],
    );
    return true;
  }

  async function tick(): Promise<void> {
    for (const job of jobs) {
      if (stopped) return;
      await runDue(job).catch((error: unknown) => logger.warn('could not run a job this tick; it stays due', { job: job.name, error }));
    }
  }

  const tickMs = options.tickMs ?? 1000;
  let timer: NodeJS.Timeout | undefined;
  // Ticks (the loop's and tests' own) run one after another; stop() waits for the last.
  const enqueue = () => (ticking = ticking.then(tick, tick));
  const loop = () => {
    if (stopped || !jobs.length) return;
    void enqueue().finally(() => {
      if (!stopped) timer = setTimeout(loop, tickMs);
    });
  };
  loop();

  return {
    tick: enqueue,
    status: async () => {
      const recorded = await rows<{ job: string; lastFinishedAt: Date | null; lastStatus: 'ok' | 'failed' }>(
        dataSource,
        `SELECT job, last_finished_at AS "lastFinishedAt", last_status AS "lastStatus" FROM job_runs WHERE job = ANY($1)`,
        [[...names]],
      );
      const byName = new Map(recorded.map((row) => [row.job, row]));
      return jobs.map((job) => {
        const row = byName.get(job.name);
        return { name: job.name, lastRun: row?.lastFinishedAt?.toISOString() ?? null, status: row?.lastStatus ?? 'never' };
      });
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await ticking.catch(() => undefined);
    },
  };
}
