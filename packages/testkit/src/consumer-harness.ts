import { Client } from 'pg';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { createEventEnvelope, type AnyEventContract, type EventDataOf, type EventEnvelopeOf } from '@backoffice/events/contract';
import { isTopicBase, topicName, topicsToEnsure, type TopicBase } from '@backoffice/events/topics';
import { openServiceDatabase, serviceDatabaseName, type OpenDatabaseOptions } from '@backoffice/platform/database';
import { startInboxConsumer, type InboxConsumer } from '@backoffice/platform/inbox-consumer';
import { createKafkaClient, ensureTopics } from '@backoffice/platform/kafka';
import { createLogger, type Logger, type LogLevel } from '@backoffice/platform/logger';
import type { ConsumerDefinition } from '@backoffice/platform/subgraph-service';
import { requiredEnv, uniqueRunId } from './isolation';

// Runs one of a service's consumers, as the service wires it, inside that service's own test
// suite: a fresh database migrated with the service's migrations, fresh topics under a prefix
// of their own, and real envelopes produced to real Kafka. What the consumer does is then
// asserted in the database (its effects, inbox rows, outbox rows), not through the gateway.

type ServiceDataSource = Awaited<ReturnType<typeof openServiceDatabase>>;

export type ConsumerHarnessOptions = {
  // The service the consumer belongs to, e.g. 'it': names its database.
  service: string;
  // The service's migrations, platform tables included, as its subgraph definition lists them.
  migrations: OpenDatabaseOptions['migrations'];
  // The service's own definition, e.g. `() => provisionNewHiresConsumer()`.
  consumer: (deps: { dataSource: ServiceDataSource; kafka: Kafka; logger: Logger }) => ConsumerDefinition;
  permanentFailureAttempts?: number;
  logger?: Logger;
};

export type PublishedEvent<C extends AnyEventContract> = EventEnvelopeOf<C> & Record<string, unknown>;

export type ConsumerHarness = {
  dataSource: ServiceDataSource;
  topicPrefix: string;
  // The consumer's name, as in its inbox rows and reaction facts.
  name: string;
  consumer: InboxConsumer;
  // Builds a valid envelope of `contract` around `data` with the events package (validated as a
  // producer would) and produces it to the contract's topic, keyed by subject. `overrides`
  // replaces or adds envelope attributes (id, sequence, or ones the contract does not know, as a
  // newer producer would write) and `overrides.data` fields of data. Returns what was produced.
  publish<C extends AnyEventContract>(contract: C, data: EventDataOf<C>, overrides?: Record<string, unknown> & { data?: Record<string, unknown> }): Promise<PublishedEvent<C>>;
  // Produces a value as it is (a redelivery, or something that is not even an envelope).
  produce(topic: TopicBase, key: string, value: unknown): Promise<void>;
  // Whether the consumer recorded the event in its inbox: applied, or seen and found stale.
  inInbox(eventId: string): Promise<boolean>;
  waitForInbox(eventId: string, timeoutMs?: number): Promise<void>;
  // Waits until the consumer has read everything produced so far, for asserting what did not happen.
  waitUntilCaughtUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
};

export async function startConsumerHarness(options: ConsumerHarnessOptions): Promise<ConsumerHarness> {
  const runId = uniqueRunId('c');
  const topicPrefix = `${runId}-`;
  const logger = options.logger ?? createLogger({ test: 'consumer-harness' }, (process.env.TEST_LOG_LEVEL as LogLevel | undefined) ?? 'silent');
  const serverUrl = requiredEnv('DATABASE_URL');
  const dataSource = await openServiceDatabase({ service: options.service, serverUrl, databaseNameSuffix: runId, migrations: options.migrations, logger });
  const kafka = createKafkaClient({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: `${options.service}-consumer-harness`, logger });
  const definition = options.consumer({ dataSource, kafka, logger });
  const topics = definition.topics.map((topic) => {
    if (!isTopicBase(topic)) throw new Error(`${definition.consumer} reads "${topic}", which packages/events does not define`);
    return topic;
  });
  const reactionTopic = `${options.service}.reaction.v1`;
  if (!isTopicBase(reactionTopic)) throw new Error(`no reaction topic for service "${options.service}"`);
  await ensureTopics(kafka, topicsToEnsure(topicPrefix, [...topics, reactionTopic]));

  const producer: Producer = kafka.producer({ allowAutoTopicCreation: false });
  const admin: Admin = kafka.admin();
  await Promise.all([producer.connect(), admin.connect()]);
  const consumer = await startInboxConsumer({
    ...definition,
    kafka,
    dataSource,
    logger,
    topicPrefix,
    ...(options.permanentFailureAttempts === undefined ? {} : { permanentFailureAttempts: options.permanentFailureAttempts }),
  });

  const produce = async (topic: TopicBase, key: string, value: unknown) => {
    await producer.send({ topic: topicName(topic, topicPrefix), acks: -1, messages: [{ key, value: typeof value === 'string' ? value : JSON.stringify(value) }] });
  };
  const inInbox = async (eventId: string) =>
    ((await dataSource.query('SELECT 1 FROM inbox_events WHERE consumer = $1 AND event_id = $2', [definition.consumer, eventId])) as unknown[]).length > 0;
  const until = async (check: () => Promise<boolean>, timeoutMs: number, what: string) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`${what} not within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  return {
    dataSource,
    topicPrefix,
    name: definition.consumer,
    consumer,
    async publish(contract, data, overrides = {}) {
      const envelope = createEventEnvelope(contract, { data, sequence: 1, actor: 'system', correlationid: `harness-${runId}` });
      const { data: extraData, ...attributes } = overrides;
      const published = { ...envelope, ...attributes, data: { ...(envelope.data as Record<string, unknown>), ...extraData } } as PublishedEvent<typeof contract>;
      await produce(contract.topic, envelope.subject, published);
      return published;
    },
    produce,
    inInbox,
    waitForInbox: (eventId, timeoutMs = 30_000) => until(() => inInbox(eventId), timeoutMs, `${definition.consumer} recording ${eventId} in its inbox`),
    waitUntilCaughtUp: (timeoutMs = 30_000) =>
      until(
        async () => {
          const groupId = `${topicPrefix}${definition.consumer}`;
          for (const topic of topics) {
            const name = topicName(topic, topicPrefix);
            const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(name), admin.fetchOffsets({ groupId, topics: [name] })]);
            const behind = ends.some((end) => end.high !== '0' && committed?.partitions.find((partition) => partition.partition === end.partition)?.offset !== end.high);
            if (behind) return false;
          }
          return true;
        },
        timeoutMs,
        `${definition.consumer} catching up`,
      ),
    async stop() {
      await consumer.stop();
      await Promise.all([producer.disconnect(), admin.disconnect()]);
      await dataSource.destroy();
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${serviceDatabaseName(options.service, runId)}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
