import { randomUUID } from 'node:crypto';
import { departmentCreated } from '@backoffice/events/hr-events';
import { topicsToEnsure } from '@backoffice/events/topics';
import { Client } from 'pg';
import { openServiceDatabase, serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { createKafkaClient, ensureTopics } from '@backoffice/platform/kafka';
import { createLogger } from '@backoffice/platform/logger';
import { recordEvent } from '@backoffice/platform/outbox';
import { startOutboxRelay } from '@backoffice/platform/outbox-relay';
import { platformMigrations } from '@backoffice/platform/platform-migrations';
import { uniqueRunId } from '@backoffice/testkit/isolation';

// `pnpm bench` (npm run bench): the outbox relay's publish throughput and memory by batch
// size, measured side by side in one run on the same machine, reported as ratios.
// Kafka and PostgreSQL come from the environment (npm run bench starts them).

const EVENTS = Number(process.env.BENCH_EVENTS ?? 3000);
const BATCH_SIZES = [1, 50, 500];

type Result = { batchSize: number; seconds: number; eventsPerSecond: number; rssMb: number };

async function measure(batchSize: number): Promise<Result> {
  const runId = uniqueRunId('bench');
  const logger = createLogger({ service: 'bench' }, 'warn');
  const dataSource = await openServiceDatabase({
    service: 'bench',
    serverUrl,
    databaseNameSuffix: runId,
    migrations: [...platformMigrations],
    logger,
  });
  const kafka = createKafkaClient({ brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), clientId: 'bench', logger });
  const prefix = `${runId}-`;
  await ensureTopics(kafka, topicsToEnsure(prefix, ['hr.department.v1']));

  // 100 aggregates with many events each, written before the relay starts.
  const aggregates = Array.from({ length: 100 }, () => randomUUID());
  for (let written = 0; written < EVENTS; written += 100) {
    await dataSource.transaction(async (manager) => {
      for (let i = 0; i < 100 && written + i < EVENTS; i += 1) {
        await recordEvent(manager, departmentCreated, { departmentId: aggregates[i]!, code: `D${i}`, name: `Dept ${i}`, parentId: null }, { actor: 'system', correlationId: runId });
      }
    });
  }

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const started = process.hrtime.bigint();
  const relay = startOutboxRelay({ dataSource, kafka, logger, topicPrefix: prefix, batchSize, idlePollMs: 20 });
  await relay.drain(600_000);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  await relay.stop();
  await dataSource.destroy();
  await dropDatabase(serviceDatabaseName('bench', runId));
  return { batchSize, seconds, eventsPerSecond: EVENTS / seconds, rssMb: peakRss / 1024 / 1024 };
}

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function dropDatabase(name: string) {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}"`).finally(() => client.end());
}

async function main() {
  console.log(`Outbox relay: publishing ${EVENTS} events (100 aggregates) to Kafka with acks=all\n`);
  const results: Result[] = [];
  for (const batchSize of BATCH_SIZES) results.push(await measure(batchSize));
  const baseline = results[0]!;
  console.log('batch size | seconds | events/s | vs batch 1 | peak RSS MB');
  for (const result of results) {
    console.log(
      `${String(result.batchSize).padStart(10)} | ${result.seconds.toFixed(2).padStart(7)} | ${result.eventsPerSecond.toFixed(0).padStart(8)} | ${(result.eventsPerSecond / baseline.eventsPerSecond).toFixed(1).padStart(9)}x | ${result.rssMb.toFixed(0).padStart(11)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
