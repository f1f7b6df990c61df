import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { departmentCreated } from '@backoffice/events/hr-events';
import { recordAudit } from '@backoffice/platform/audit';
import { openServiceDatabase, serviceDatabaseName } from '@backoffice/platform/database';
import { createLogger } from '@backoffice/platform/logger';
import { recordEvent, wakeOnOutboxCommits } from '@backoffice/platform/outbox';
import { platformMigrations } from '@backoffice/platform/platform-migrations';
import { uniqueRunId } from '@backoffice/testkit/isolation';
import type { BenchConfig } from './bench-config';
import { dropDatabase, fixed, percentile, printTable, ratio, secondsSince } from './bench-support';
import { chart, keep, section } from './report';
import { lineChart } from './svg-charts';

// What the outbox costs a command: the same command (a department row and its audit entry in one
// transaction, as HR's createDepartment writes them) with and without its event in the outbox,
// at one client and eight. "With the outbox" is as in a service, whose relay runs in the same
// process and is woken by the commit; "NOTIFY" is a writer without a relay of its own, whose
// transaction notifies the relays (and takes the server's notification lock at commit). The two variants alternate in rounds on one database, so drift on the
// machine falls on both alike; the spread is the rounds' lowest and highest rate.

class CreateBenchDepartments1764480000000 implements MigrationInterface {
  name = 'CreateBenchDepartments1764480000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE bench_departments (id uuid PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE bench_departments');
  }
}

type Variant = 'without the outbox' | 'with the outbox' | 'with the outbox, NOTIFY';
type Sample = { variant: Variant; clients: number; commands: number; seconds: number; ms: number[] };

async function createDepartment(manager: EntityManager, withOutbox: boolean, runId: string): Promise<void> {
  const departmentId = randomUUID();
  const code = `D${departmentId}`;
  const name = `Department ${code}`;
  await manager.query('INSERT INTO bench_departments (id, code, name) VALUES ($1, $2, $3)', [departmentId, code, name]);
  await recordAudit(manager, { actor: 'bench', action: 'department.created', entityType: 'Department', entityId: departmentId, changes: { code, name }, correlationId: runId });
  if (withOutbox) await recordEvent(manager, departmentCreated, { departmentId, code, name, parentId: null }, { actor: 'bench', correlationId: runId });
}

async function round(sources: { service: DataSource; withoutRelay: DataSource }, variant: Variant, clients: number, commands: number, runId: string): Promise<Sample> {
  const ms: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next++ < commands) {
        const commandStarted = process.hrtime.bigint();
        const dataSource = variant === 'with the outbox, NOTIFY' ? sources.withoutRelay : sources.service;
        await dataSource.transaction((manager) => createDepartment(manager, variant !== 'without the outbox', runId));
        ms.push(Number(process.hrtime.bigint() - commandStarted) / 1e6);
      }
    }),
  );
  return { variant, clients, commands, seconds: secondsSince(started), ms };
}

export async function runOutboxWriteBench(config: BenchConfig): Promise<void> {
  const commands = config.quick ? 300 : 2000;
  const rounds = config.quick ? 3 : 5;
  section('Outbox write', `Outbox write: a department and its audit entry in one transaction, with and without its event in the outbox; ${commands} commands per round, ${rounds} rounds per case alternating, after ${commands / 4} warm-up commands of each\n`);
  const runId = uniqueRunId('bench');
  const logger = createLogger({ service: 'bench' }, 'warn');
  const open = () =>
    openServiceDatabase({
      service: 'bench',
      serverUrl: config.serverUrl,
      databaseNameSuffix: runId,
      migrations: [...platformMigrations, CreateBenchDepartments1764480000000],
      logger,
    });
  const service = await open();
  const withoutRelay = await open();
  // The service's relay, standing in: woken by each commit that wrote outbox rows (nothing to send here).
  wakeOnOutboxCommits(service, () => undefined);
  const sources = { service, withoutRelay };
  try {
    const variants: Variant[] = ['without the outbox', 'with the outbox', 'with the outbox, NOTIFY'];
    for (const variant of variants) await round(sources, variant, 8, commands / 4, runId);
    const samples: Sample[] = [];
    for (const clients of [1, 8]) {
      for (let i = 0; i < rounds; i += 1) for (const variant of variants) samples.push(await round(sources, variant, clients, commands, runId));
    }
    const rows: string[][] = [];
    for (const clients of [1, 8]) {
      const of = (variant: Variant) => samples.filter((sample) => sample.clients === clients && sample.variant === variant);
      const rate = (set: Sample[]) => set.reduce((sum, sample) => sum + sample.commands, 0) / set.reduce((sum, sample) => sum + sample.seconds, 0);
      const base = of('without the outbox');
      for (const variant of variants) {
        const set = of(variant);
        const ms = set.flatMap((sample) => sample.ms);
        const rates = set.map((sample) => sample.commands / sample.seconds);
        rows.push([
          `${clients} client${clients > 1 ? 's' : ''}, ${variant}`,
          fixed(rate(set), 0),
          `${fixed(Math.min(...rates), 0)}-${fixed(Math.max(...rates), 0)}`,
          fixed(percentile(ms, 50), 2),
          fixed(percentile(ms, 99), 2),
          ratio(percentile(ms, 50), percentile(base.flatMap((sample) => sample.ms), 50)),
          ratio(rate(base), rate(set)),
        ]);
      }
    }
    keep('outbox', samples.map(({ ms, ...sample }) => ({ ...sample, p50: percentile(ms, 50), p99: percentile(ms, 99) })));
    printTable(['case', 'commands/s', 'spread (rounds)', 'p50 ms', 'p99 ms', 'p50 vs without', 'time per command vs without'], rows);
    chart('outbox-write', lineChart({
      title: 'Command throughput with and without the outbox',
      xLabel: 'clients',
      yLabel: 'commands per second',
      series: variants.map((variant) => ({ name: variant, points: [1, 8].map((clients) => { const set = samples.filter((sample) => sample.clients === clients && sample.variant === variant); return [clients, set.reduce((sum, sample) => sum + sample.commands, 0) / set.reduce((sum, sample) => sum + sample.seconds, 0)] as [number, number]; }) })),
      markers: true,
      yMin: 0,
    }), 'Commands per second at 1 and 8 clients, with and without the outbox');
  } finally {
    await Promise.all([service.destroy(), withoutRelay.destroy()]);
    await dropDatabase(config.serverUrl, serviceDatabaseName('bench', runId));
  }
}
