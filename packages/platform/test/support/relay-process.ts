// One outbox relay in its own OS process, for tests that kill it for real (SIGKILL).
// Run with tsx: node <tsx/cli> relay-process.ts. Configured through the environment:
//   RELAY_NAME, RELAY_DATABASE_URL, RELAY_TOPIC_PREFIX, KAFKA_BROKERS, RELAY_BATCH_SIZE, RELAY_IDLE_POLL_MS.
// Talks to its parent through stdout, one JSON object a line:
//   {"type":"ready"}                       database open; waiting for "go" on stdin
//   {"type":"send","batch":n,"ids":[...]}  about to hand batch n (event ids, in order) to Kafka
//   {"type":"sent","batch":n,"count":k}    Kafka acknowledged batch n (the relay then marks and commits it)
// The relay itself is the real one (startOutboxRelay on a real DataSource and a real Kafka
// client); only the producer's sendBatch is wrapped to report what goes out. When stdin
// closes (the parent died) the process exits, so no relay outlives its test.
import { createInterface } from 'node:readline';
import type { ProducerBatch } from 'kafkajs';
import { createServiceDataSource } from '../../src/database';
import { createKafkaClient } from '../../src/kafka';
import { createLogger } from '../../src/logger';
import { startOutboxRelay } from '../../src/outbox-relay';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

// Pipes are written synchronously on Linux, so a line is with the parent before the next statement runs.
const signal = (message: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function main(): Promise<void> {
  const name = required('RELAY_NAME');
  const databaseUrl = required('RELAY_DATABASE_URL');
  // Relay warnings go to stderr: stdout carries only the signals above.
  const logger = createLogger({ relay: name, pid: process.pid }, 'warn', (line) => process.stderr.write(line));

  const dataSource = createServiceDataSource({ url: databaseUrl, migrations: [], applicationName: `relay-${name}` });
  await dataSource.initialize();
  const kafka = createKafkaClient({ brokers: required('KAFKA_BROKERS').split(','), clientId: `relay-${name}`, logger });

  let batch = 0;
  const createProducer = kafka.producer.bind(kafka);
  kafka.producer = (config) => {
    const producer = createProducer(config);
    const sendBatch = producer.sendBatch.bind(producer);
    producer.sendBatch = async (request: ProducerBatch) => {
      batch += 1;
      const current = batch;
      const ids = (request.topicMessages ?? []).flatMap((topic) => topic.messages.map((message) => String(message.headers?.['ce_id'])));
      signal({ type: 'send', batch: current, ids });
      const result = await sendBatch(request);
      signal({ type: 'sent', batch: current, count: ids.length });
      return result;
    };
    return producer;
  };

  const lines = createInterface({ input: process.stdin });
  lines.on('close', () => process.exit(0));
  signal({ type: 'ready' });
  await new Promise<void>((resolve) => lines.on('line', (line) => line.trim() === 'go' && resolve()));

  startOutboxRelay({
    dataSource,
    kafka,
    logger,
    topicPrefix: required('RELAY_TOPIC_PREFIX'),
    databaseUrl,
    batchSize: Number(process.env.RELAY_BATCH_SIZE ?? 500),
    idlePollMs: Number(process.env.RELAY_IDLE_POLL_MS ?? 500),
  });
  // Runs until killed.
}

main().catch((error: unknown) => {
  process.stderr.write(`relay process failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
