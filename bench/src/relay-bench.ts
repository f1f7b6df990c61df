import { randomUUID } from 'node:crypto';
import { departmentCreated } from '@backoffice/events/hr-events';
import { topicsToEnsure } from '@backoffice/events/topics';
import { openServiceDatabase, serviceDatabaseName } from '@backoffice/platform/database';
import { createKafkaClient, ensureTopics } from '@backoffice/platform/kafka';
import { createLogger } from '@backoffice/platform/logger';
import { recordEvent } from '@backoffice/platform/outbox';
import { startOutboxRelay } from '@backoffice/platform/outbox-relay';
import { platformMigrations } from '@backoffice/platform/platform-migrations';
import { uniqueRunId } from '@backoffice/testkit/isolation';
import type { BenchConfig } from './bench-config';
import { dropDatabase, fixed, printTable, ratio, secondsSince } from './bench-support';

// The outbox relay's publish throughput and memory by batch size.

const BATCH_SIZES = [1, 50, 500];

type Result = { batchSize: number; seconds: number; eventsPerSecond: number; rssMb: number };

async function measure(config: BenchConfig, batchSize: number): Promise<Result> {
  const runId = uniqueRunId('bench');
  const logger = createLogger({ service: 'bench' }, 'warn');
  const dataSource = await openServiceDatabase({
    service: 'bench',
    serverUrl: config.serverUrl,
    databaseNameSuffix: runId,
    migrations: [...platformMigrations],
    logger,
  });
  try {
    const kafka = createKafkaClient({ brokers: config.kafkaBrokers, clientId: 'bench', logger });
    const prefix = `${runId}-`;
    await ensureTopics(kafka, topicsToEnsure(prefix, ['hr.department.v1']));

    // 100 aggregates with many events each, written before the relay starts.
    const events = config.relayEvents;
    const aggregates = Array.from({ length: 100 }, () => randomUUID());
    for (let written = 0; written < events; written += 100) {
      await dataSource.transaction(async (manager) => {
        for (let i = 0; i < 100 && written + i < events; i += 1) {
          await recordEvent(manager, departmentCreated, { departmentId: aggregates[i]!, code: `D${i}`, name: `Dept ${i}`, parentId: null }, { actor: 'system', correlationId: runId });
        }
      });
    }

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const started = process.hrtime.bigint();
    const relay = startOutboxRelay({ dataSource, kafka, logger, topicPrefix: prefix, batchSize, idlePollMs: 20 });
    await relay.drain(600_000);
    const seconds = secondsSince(started);
    clearInterval(sampler);
    await relay.stop();
    return { batchSize, seconds, eventsPerSecond: events / seconds, rssMb: peakRss / 1024 / 1024 };
  } finally {
    await dataSource.destroy();
    await dropDatabase(config.serverUrl, serviceDatabaseName('bench', runId));
  }
}

export async function runRelayBench(config: BenchConfig): Promise<void> {
  console.log(`Outbox relay: publishing ${config.relayEvents} events (100 aggregates) to Kafka with acks=all\n`);
  const results: Result[] = [];
  for (const batchSize of BATCH_SIZES) results.push(await measure(config, batchSize));
  const baseline = results[0]!;
  printTable(
    ['batch size', 'seconds', 'events/s', 'vs batch 1', 'peak RSS MB'],
    results.map((result) => [String(result.batchSize), fixed(result.seconds, 2), fixed(result.eventsPerSecond, 0), ratio(result.eventsPerSecond, baseline.eventsPerSecond), fixed(result.rssMb, 0)]),
  );
}
