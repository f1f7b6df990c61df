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
import { chart, keep, section } from './report';
import { barChart } from './svg-charts';

// The outbox relay's drain rate and memory by batch size, against the rate commands wrote the backlog.

const BATCH_SIZES = [1, 50, 500];

type Result = { batchSize: number; events: number; seconds: number; eventsPerSecond: number; writtenPerSecond: number; rssMb: number };

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

    // The backlog is written as commands write it (one event per transaction, eight clients at
    // once, 100 aggregates) while no relay runs; its rate is what the drain is compared with.
    const events = config.quick ? Math.min(config.relayEvents, 2000) : config.relayEvents;
    const aggregates = Array.from({ length: 100 }, () => randomUUID());
    let next = 0;
    const writeStarted = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = next++; i < events; i = next++) {
          const departmentId = aggregates[i % aggregates.length]!;
          await dataSource.transaction((manager) => recordEvent(manager, departmentCreated, { departmentId, code: `D${i}`, name: `Dept ${i}`, parentId: null }, { actor: 'system', correlationId: runId }));
        }
      }),
    );
    const writtenPerSecond = events / secondsSince(writeStarted);

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const started = process.hrtime.bigint();
    const relay = startOutboxRelay({ dataSource, kafka, logger, topicPrefix: prefix, batchSize, idlePollMs: 20 });
    await relay.drain(600_000);
    const seconds = secondsSince(started);
    clearInterval(sampler);
    await relay.stop();
    return { batchSize, events, seconds, eventsPerSecond: events / seconds, writtenPerSecond, rssMb: peakRss / 1024 / 1024 };
  } finally {
    await dataSource.destroy();
    await dropDatabase(config.serverUrl, serviceDatabaseName('bench', runId));
  }
}

export async function runRelayBench(config: BenchConfig): Promise<void> {
  const events = config.quick ? Math.min(config.relayEvents, 2000) : config.relayEvents;
  section('Outbox relay drain', `Outbox relay: a backlog of ${events} events (100 aggregates) written by 8 clients with the relay stopped, then drained to Kafka with acks=all; one run per batch size\n`);
  const results: Result[] = [];
  for (const batchSize of BATCH_SIZES) results.push(await measure(config, batchSize));
  const baseline = results[0]!;
  keep('relay', results);
  printTable(
    ['batch size', 'drain s', 'drained/s', 'vs batch 1', 'written/s', 'drain vs write', 'peak RSS MB'],
    results.map((result) => [
      String(result.batchSize),
      fixed(result.seconds, 2),
      fixed(result.eventsPerSecond, 0),
      ratio(result.eventsPerSecond, baseline.eventsPerSecond),
      fixed(result.writtenPerSecond, 0),
      ratio(result.eventsPerSecond, result.writtenPerSecond),
      fixed(result.rssMb, 0),
    ]),
  );
  chart('relay-drain', barChart({ title: 'Outbox relay drain rate by batch size', unit: 'events/s', bars: results.map((result) => ({ label: `batch ${result.batchSize}`, value: result.eventsPerSecond })).concat([{ label: 'written by 8 clients', value: baseline.writtenPerSecond }]) }), 'Events drained per second by batch size');

}
