import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import { startStack, type Stack } from '@backoffice/e2e/stack';
import type { BenchConfig } from './bench-config';
import { cpuSince, cpuSnapshot } from './process-cpu';
import { fixed, percentile, printTable, secondsSince } from './bench-support';
import { chart, keep, say, section } from './report';
import { barChart, distributionChart, lineChart } from './svg-charts';

// Hires through the gateway on the whole stack as processes, and how long each one's
// employee.hired event takes from HR's outbox row to IT's inbox row (both stamped by the one
// PostgreSQL server, so the two clocks are the same clock): the path every reaction takes
// (HR transaction, relay, Kafka, IT's consumer and inbox transaction).
// - paced: one client, a hire every 150 ms;
// - after idle: one hire after the stack sat idle (the relay and consumers asleep);
// - eight clients hiring as fast as they can: latency under load, and hires per second.

const HIRED = 'backoffice.hr.employee.hired.v1';
const IT_CONSUMER = 'it.access-lifecycle';

type Scenario = { name: string; hires: number; hireMs: number[]; seconds: number; latencyMs: number[]; relayMs: number[] };
type Latencies = { latencyMs: number[]; relayMs: number[] };

export async function runEventLatencyBench(config: BenchConfig): Promise<void> {
  const idleSeconds = config.quick ? 5 : 25;
  const loadHires = config.quick ? 80 : 200;
  const pacedHires = config.quick ? 15 : 30;
  const idleTries = config.quick ? 2 : 4;
  section('Event latency and hires', `Event latency: hires through the gateway, HR outbox row -> IT inbox row (${IT_CONSUMER}); paced ${pacedHires} at 150 ms, ${idleTries} after ${idleSeconds} s idle, ${loadHires} by 8 clients; warm-up: rounds of 10 hires until their events reach IT in under 100 ms (p50)\n`);
  const stack = await startStack({ env: { LOG_LEVEL: 'error' } });
  const suffix = stack.env.DATABASE_NAME_SUFFIX!;
  const hrDb = new Client({ connectionString: withDatabase(config.serverUrl, serviceDatabaseName('hr', suffix)) });
  const itDb = new Client({ connectionString: withDatabase(config.serverUrl, serviceDatabaseName('it', suffix)) });
  await Promise.all([hrDb.connect(), itDb.connect()]);
  try {
    const token = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
    const departmentId = await createDepartment(stack, token);
    const hire = async (): Promise<{ id: string; ms: number }> => {
      const started = process.hrtime.bigint();
      const n = randomUUID().slice(0, 8);
      const response = await postGraphQL<{ hireEmployee: { id: string } }>(
        stack.gatewayUrl,
        `mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`,
        { input: { firstName: 'Bench', lastName: `Person ${n}`, email: `bench-${n}@example.com`, title: 'Engineer', departmentId, startDate: '2026-01-05', salary: { amount: '50000.00', currency: 'EUR' } } },
        { authorization: `Bearer ${token}` },
      );
      if (response.errors?.length || !response.data) throw new Error(`hireEmployee failed: ${JSON.stringify(response.errors)}`);
      return { id: response.data.hireEmployee.id, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    };
    // Milliseconds from each hire's outbox row to IT's inbox row, once IT has them all.
    // The relay's share (outbox row -> published to Kafka) is reported beside it.
    const latencies = async (ids: string[]): Promise<Latencies> => {
      await waitUntilPublished(hrDb, ids);
      const outbox = await hrDb.query<{ event_id: string; created_at: Date; published_at: Date }>(`SELECT event_id, created_at, published_at FROM outbox_events WHERE event_type = $1 AND message_key = ANY($2)`, [HIRED, ids]);
      const eventIds = outbox.rows.map((row) => row.event_id);
      for (const deadline = Date.now() + 120_000; ; await sleep(200)) {
        const inbox = await itDb.query<{ event_id: string; received_at: Date }>(`SELECT event_id, received_at FROM inbox_events WHERE consumer = $1 AND event_id = ANY($2)`, [IT_CONSUMER, eventIds]);
        if (inbox.rows.length === eventIds.length) {
          const written = new Map(outbox.rows.map((row) => [row.event_id, row.created_at.getTime()]));
          return {
            latencyMs: inbox.rows.map((row) => row.received_at.getTime() - written.get(row.event_id)!),
            relayMs: outbox.rows.map((row) => row.published_at.getTime() - row.created_at.getTime()),
          };
        }
        if (Date.now() > deadline) throw new Error(`IT applied ${inbox.rows.length} of ${eventIds.length} hires within 120 s`);
      }
    };

    // Warm-up until the path is warm: a new stack's consumers join their groups and its relay meets
    // new topics in the first seconds, which a measurement would otherwise count. Rounds of ten
    // hires, until a round's events reach IT in under 100 ms at the median (at most six rounds).
    for (let round = 1; round <= 6; round += 1) {
      const warmUp: Array<{ id: string; ms: number }> = [];
      for (let i = 0; i < 10; i += 1) {
        warmUp.push(await hire());
        await sleep(50);
      }
      if (percentile((await latencies(warmUp.map((h) => h.id))).latencyMs, 50) < 100) break;
    }
    const scenarios: Scenario[] = [];

    const paced: Array<{ id: string; ms: number }> = [];
    let started = process.hrtime.bigint();
    for (let i = 0; i < pacedHires; i += 1) {
      paced.push(await hire());
      await sleep(150);
    }
    scenarios.push({ name: 'one client, a hire every 150 ms', hires: pacedHires, hireMs: paced.map((h) => h.ms), seconds: secondsSince(started), ...await latencies(paced.map((h) => h.id)) });

    const afterIdle: Array<{ id: string; ms: number }> = [];
    started = process.hrtime.bigint();
    for (let i = 0; i < idleTries; i += 1) {
      await sleep(idleSeconds * 1000);
      afterIdle.push(await hire());
    }
    scenarios.push({ name: `one hire after ${idleSeconds} s idle`, hires: idleTries, hireMs: afterIdle.map((h) => h.ms), seconds: secondsSince(started), ...await latencies(afterIdle.map((h) => h.id)) });

    // Throughput against concurrency: the same number of hires by 1, 2, 4 and 8 clients, each level
    // started once IT has every hire of the one before.
    const sweepHires = config.quick ? 16 : 48;
    const sweep: Array<{ clients: number; hiresPerSecond: number; p50: number; p90: number }> = [];
    for (const clients of [1, 2, 4, 8]) {
      let left = sweepHires;
      const level: Array<{ id: string; ms: number }> = [];
      const levelStarted = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (left > 0) {
            left -= 1;
            level.push(await hire());
          }
        }),
      );
      sweep.push({ clients, hiresPerSecond: sweepHires / secondsSince(levelStarted), p50: percentile(level.map((h) => h.ms), 50), p90: percentile(level.map((h) => h.ms), 90) });
      await latencies(level.map((h) => h.id));
    }

    const underLoad: Array<{ id: string; ms: number }> = [];
    let remaining = loadHires;
    const waits = sampleServerWaits(config.serverUrl, suffix);
    const servicePids = () => ({ gateway: stack.pid('gateway'), hr: stack.pid('hr'), it: stack.pid('it'), accounting: stack.pid('accounting') });
    const cpuBefore = cpuSnapshot(servicePids(), suffix);
    started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (remaining > 0) {
          remaining -= 1;
          underLoad.push(await hire());
        }
      }),
    );
    const loadSeconds = secondsSince(started);
    const waitSamples = await waits.stop();
    scenarios.push({ name: 'eight clients, as fast as they can', hires: loadHires, hireMs: underLoad.map((h) => h.ms), seconds: loadSeconds, ...await latencies(underLoad.map((h) => h.id)) });
    // After every hire's events reached IT: the reactions they set off are mostly done too.
    const cpu = cpuSince(cpuBefore, cpuSnapshot(servicePids(), suffix));
    const cpuSeconds = secondsSince(started);

    printTable(
      ['scenario', 'hires', 'event p50 ms', 'event p99 ms', 'event max ms', 'relay p50 ms', 'relay p99 ms', 'hire p50 ms', 'hire p90 ms', 'hires/s'],
      scenarios.map((scenario) => [
        scenario.name,
        String(scenario.hires),
        fixed(percentile(scenario.latencyMs, 50), 0),
        fixed(percentile(scenario.latencyMs, 99), 0),
        fixed(Math.max(...scenario.latencyMs), 0),
        fixed(percentile(scenario.relayMs, 50), 0),
        fixed(percentile(scenario.relayMs, 99), 0),
        fixed(percentile(scenario.hireMs, 50), 0),
        fixed(percentile(scenario.hireMs, 90), 0),
        scenario.name.startsWith('eight') ? fixed(scenario.hires / scenario.seconds, 1) : '-',
      ]),
    );
    chart('event-latency', distributionChart({ title: 'Event latency: HR outbox row to IT inbox row', xLabel: 'milliseconds (log scale)', distributions: scenarios.map((scenario) => ({ name: scenario.name, samples: scenario.latencyMs })) }), 'Event latency distributions by scenario');
    chart('hire-latency', distributionChart({ title: 'hireEmployee through the gateway', xLabel: 'milliseconds (log scale)', distributions: scenarios.map((scenario) => ({ name: scenario.name, samples: scenario.hireMs })) }), 'hireEmployee latency distributions by scenario');

    say(`\nHires against concurrency: ${sweepHires} hires at each level, as fast as the clients can:`);
    printTable(
      ['clients', 'hires/s', 'hire p50 ms', 'hire p90 ms'],
      sweep.map((level) => [String(level.clients), fixed(level.hiresPerSecond, 1), fixed(level.p50, 0), fixed(level.p90, 0)]),
    );
    chart('hires-by-concurrency', lineChart({ title: 'hireEmployee throughput against concurrency', xLabel: 'clients', yLabel: 'hires per second', series: [{ name: 'hires/s', points: sweep.map((level) => [level.clients, level.hiresPerSecond]) }], markers: true, yMin: 0 }), 'Hires per second at 1, 2, 4 and 8 clients');

    const cpuTotal = Object.values(cpu).reduce((sum, ms) => sum + ms, 0);
    say(`\nWhere the CPU went under eight clients: ${loadHires} hires and their events until IT had them all (${cpuSeconds.toFixed(1)} s, ${(cpuTotal / 1000 / cpuSeconds).toFixed(2)} cores busy on average):`);
    printTable(
      ['process', 'CPU ms per hire', 'share', 'cores'],
      Object.entries(cpu)
        .sort((a, b) => b[1] - a[1])
        .map(([group, ms]) => [group, fixed(ms / loadHires, 1), `${((100 * ms) / cpuTotal).toFixed(0)}%`, fixed(ms / 1000 / cpuSeconds, 2)]),
    );
    chart('cpu-per-hire', barChart({ title: 'CPU per hire by process, eight clients', unit: 'ms', bars: Object.entries(cpu).sort((a, b) => b[1] - a[1]).map(([group, ms]) => ({ label: group, value: ms / loadHires })) }), 'CPU milliseconds per hire by process');
    keep('latency', { scenarios, sweep, cpuMsPerHire: Object.fromEntries(Object.entries(cpu).map(([group, ms]) => [group, ms / loadHires])), waits: waitSamples });
    say(`\nWhat the stack's PostgreSQL sessions were doing under eight clients (${waitSamples.samples} samples, every 10 ms; a session counted once per sample):`);
    printTable(
      ['state', 'sessions per sample'],
      waitSamples.rows.map((row) => [row.what, fixed(row.count / waitSamples.samples, 2)]),
    );
  } finally {
    await Promise.all([hrDb.end(), itDb.end()]);
    await stack.stop();
  }
}

// Samples pg_stat_activity for the stack's databases: which statements are running or waiting,
// and on what (Lock:object is NOTIFY's server-wide lock; IO:WALSync a commit's flush).
function sampleServerWaits(serverUrl: string, suffix: string): { stop(): Promise<{ samples: number; rows: Array<{ what: string; count: number }> }> } {
  const client = new Client({ connectionString: serverUrl });
  const counts = new Map<string, number>();
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<{ what: string; n: number }>(
        `SELECT split_part(datname, '_', 2) || ': ' ||
                CASE WHEN state = 'active' THEN coalesce(wait_event_type || ':' || wait_event, 'running a statement') ELSE 'in a transaction, waiting for the service' END AS what,
                count(*)::int AS n
           FROM pg_stat_activity
          WHERE state IN ('active', 'idle in transaction') AND backend_type = 'client backend' AND datname LIKE $1 AND pid <> pg_backend_pid()
          GROUP BY 1`,
        [`%${suffix}`],
      );
      samples += 1;
      for (const row of rows) counts.set(row.what, (counts.get(row.what) ?? 0) + row.n);
      await sleep(10);
    }
    await client.end();
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { samples, rows: [...counts].map(([what, count]) => ({ what, count })).sort((a, b) => b.count - a.count) };
    },
  };
}

async function waitUntilPublished(hrDb: Client, ids: string[]): Promise<void> {
  for (const deadline = Date.now() + 120_000; ; await sleep(100)) {
    const { rows } = await hrDb.query<{ pending: number }>(`SELECT count(*)::int AS pending FROM outbox_events WHERE event_type = $1 AND message_key = ANY($2) AND published_at IS NULL`, [HIRED, ids]);
    if (!rows[0]?.pending) return;
    if (Date.now() > deadline) throw new Error(`HR's relay left ${rows[0].pending} hires unpublished for 120 s`);
  }
}

async function createDepartment(stack: Stack, token: string): Promise<string> {
  const response = await postGraphQL<{ createDepartment: { id: string } }>(
    stack.gatewayUrl,
    `mutation D($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
    { input: { code: `B${randomUUID().slice(0, 4).toUpperCase()}`, name: 'Bench' } },
    { authorization: `Bearer ${token}` },
  );
  if (response.errors?.length || !response.data) throw new Error(`createDepartment failed: ${JSON.stringify(response.errors)}`);
  return response.data.createDepartment.id;
}
