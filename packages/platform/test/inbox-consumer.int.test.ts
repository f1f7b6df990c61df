import { randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createEventEnvelope } from '@backoffice/events/contract';
import { departmentCreated } from '@backoffice/events/hr-events';
import { PermanentEventError, startInboxConsumer, type EventHandler, type InboxConsumer } from '../src/inbox-consumer';
import { TopicObserver, dropTestDatabase, ensureTestTopics, eventually, openTestDatabase, testKafka, testLogger, uniqueRunId } from './support';

jest.setTimeout(120_000);

// No unique constraint on purpose: a handler that inserts here is not idempotent by itself.
class CreateEffects1764460900000 implements MigrationInterface {
  name = 'CreateEffects1764460900000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE effects (event_id uuid NOT NULL, consumer text NOT NULL, code text NOT NULL)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE effects');
  }
}

const TOPIC = 'hr.department.v1';

describe('inbox consumer', () => {
  const runId = uniqueRunId('inbox');
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  const cleanups: Array<() => Promise<unknown>> = [];
  let testNumber = 0;

  beforeAll(async () => {
    dataSource = await openTestDatabase(runId, [CreateEffects1764460900000]);
    kafka = testKafka('inbox-consumer-test');
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
  });

  afterAll(async () => {
    // Consumers and observers each wait out a fetch when they leave: stop them together.
    await Promise.all(cleanups.map((cleanup) => cleanup().catch((error: unknown) => console.error('cleanup failed', error))));
    await producer?.disconnect();
    await dataSource?.destroy();
    await dropTestDatabase(runId);
  });

  // Each test gets its own topics, consumer group and inbox rows.
  async function isolatedTopic() {
    testNumber += 1;
    const prefix = `${runId}-${testNumber}-`;
    await ensureTestTopics(kafka, prefix, [TOPIC]);
    return { prefix, topic: `${prefix}${TOPIC}`, deadLetterTopic: `${prefix}${TOPIC}.dlq`, consumer: `platform-test-${testNumber}` };
  }

  async function consume(prefix: string, consumer: string, handler: EventHandler, options: { permanentFailureAttempts?: number } = {}): Promise<InboxConsumer> {
    const running = await startInboxConsumer({
      consumer,
      kafka,
      dataSource,
      logger: testLogger,
      topicPrefix: prefix,
      topics: [TOPIC],
      handlers: { [departmentCreated.type]: handler },
      maxBackoffMs: 500,
      ...options,
    });
    cleanups.push(() => running.stop());
    return running;
  }

  // Insert-only: applied twice, it would leave two rows.
  const recordEffect =
    (consumer: string): EventHandler =>
    async (event, manager) => {
      const { code } = event.data as { code: string };
      await manager.query('INSERT INTO effects (event_id, consumer, code) VALUES ($1, $2, $3)', [event.id, consumer, code]);
    };

  const departmentEvent = (departmentId: string, sequence: number, code: string) =>
    createEventEnvelope(departmentCreated, {
      data: { departmentId, code, name: `Department ${code}`, parentId: null },
      sequence,
      actor: 'system',
      correlationid: randomUUID(),
    });

  async function produce(topic: string, key: string, value: string | object) {
    await producer.send({ topic, acks: -1, messages: [{ key, value: typeof value === 'string' ? value : JSON.stringify(value) }] });
  }

  const effectsOf = async (eventId: string) =>
    ((await dataSource.query('SELECT count(*)::int AS n FROM effects WHERE event_id = $1', [eventId])) as [{ n: number }])[0].n;
  const inboxRowsOf = async (consumer: string, eventId: string) =>
    ((await dataSource.query('SELECT count(*)::int AS n FROM inbox_events WHERE consumer = $1 AND event_id = $2', [consumer, eventId])) as [{ n: number }])[0].n;
  const waitForEffect = (eventId: string) => eventually(async () => (await effectsOf(eventId)) > 0, 60_000, `effect of ${eventId}`);

  async function messagesOn(topic: string): Promise<number> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
    } finally {
      await admin.disconnect();
    }
  }

  it('a redelivered event leaves one effect and one inbox row', async () => {
    const { prefix, topic, consumer } = await isolatedTopic();
    const departmentId = randomUUID();
    const event = departmentEvent(departmentId, 1, 'FIN');
    let running = await consume(prefix, consumer, recordEffect(consumer));

    await produce(topic, departmentId, event);
    await produce(topic, departmentId, event);
    // A later event on the same key (same partition) proves both copies were handled.
    const marker = departmentEvent(departmentId, 2, 'FIN2');
    await produce(topic, departmentId, marker);
    await waitForEffect(marker.id);
    expect(await effectsOf(event.id)).toBe(1);

    // The same consumer restarted (a new process, same group) and the event sent once more.
    await running.stop();
    running = await consume(prefix, consumer, recordEffect(consumer));
    await produce(topic, departmentId, event);
    const secondMarker = departmentEvent(departmentId, 3, 'FIN3');
    await produce(topic, departmentId, secondMarker);
    await waitForEffect(secondMarker.id);

    expect(await effectsOf(event.id)).toBe(1);
    expect(await inboxRowsOf(consumer, event.id)).toBe(1);
    expect(await effectsOf(marker.id)).toBe(1);
  });

  it('an event type this consumer does not handle is skipped, not dead-lettered', async () => {
    const { prefix, topic, deadLetterTopic, consumer } = await isolatedTopic();
    await consume(prefix, consumer, recordEffect(consumer));
    const departmentId = randomUUID();
    // A newer version the consumer's build does not know yet, on the topic it reads.
    const newer = { ...departmentEvent(departmentId, 1, 'NEW'), type: 'backoffice.hr.department.created.v2', data: { departmentId, shape: 'changed' } };
    await produce(topic, departmentId, newer);
    const known = departmentEvent(departmentId, 2, 'KNOWN');
    await produce(topic, departmentId, known);
    await waitForEffect(known.id);
    expect(await messagesOn(deadLetterTopic)).toBe(0);
    expect(await inboxRowsOf(consumer, newer.id)).toBe(0);
  });

  it('a poison message lands in the DLQ and the next message is still processed', async () => {
    const { prefix, topic, deadLetterTopic, consumer } = await isolatedTopic();
    const departmentId = randomUUID();
    await consume(prefix, consumer, recordEffect(consumer), { permanentFailureAttempts: 2 });
    const deadLetters = new TopicObserver();
    cleanups.push(() => deadLetters.stop());
    await deadLetters.start([deadLetterTopic]);

    const notJson = '{"id": "half an event';
    const failsSchema = JSON.stringify({ ...departmentEvent(departmentId, 1, 'X'), data: { departmentId, code: '', name: 'No code', parentId: null } });
    await produce(topic, departmentId, notJson);
    await produce(topic, departmentId, failsSchema);
    const valid = departmentEvent(departmentId, 2, 'OPS');
    await produce(topic, departmentId, valid);

    await waitForEffect(valid.id);
    const dead = await eventually(() => (deadLetters.messages.length >= 2 ? deadLetters.messages : undefined), 30_000, 'dead letters');
    expect(dead.map((message) => message.value)).toEqual([notJson, failsSchema]);
    for (const message of dead) {
      expect(message.key).toBe(departmentId);
      expect(message.headers['dlq-error']).toEqual(expect.any(String));
      expect(message.headers['dlq-consumer']).toBe(consumer);
      expect(message.headers['dlq-attempts']).toBe('2');
    }
    expect(dead[0]?.headers['dlq-error']).toMatch(/not JSON/);
    expect(dead[1]?.headers['dlq-error']).toMatch(/data\.code/);
    expect(await effectsOf(valid.id)).toBe(1);
  });

  it('a handler that rejects an event by rule is retried a few times then dead-lettered', async () => {
    const { prefix, topic, deadLetterTopic, consumer } = await isolatedTopic();
    const departmentId = randomUUID();
    const rejected = departmentEvent(departmentId, 1, 'REJECT');
    let attempts = 0;
    const effectThenRule: EventHandler = async (event, manager) => {
      await recordEffect(consumer)(event, manager);
      if (event.id === rejected.id) {
        attempts += 1;
        throw new PermanentEventError('departments coded REJECT are not allowed');
      }
    };
    await consume(prefix, consumer, effectThenRule, { permanentFailureAttempts: 3 });
    const deadLetters = new TopicObserver();
    cleanups.push(() => deadLetters.stop());
    await deadLetters.start([deadLetterTopic]);

    await produce(topic, departmentId, rejected);
    const next = departmentEvent(departmentId, 2, 'OK');
    await produce(topic, departmentId, next);

    await waitForEffect(next.id);
    const [dead] = await eventually(() => (deadLetters.messages.length ? deadLetters.messages : undefined), 30_000, 'dead letter');
    expect(attempts).toBe(3);
    expect(JSON.parse(dead?.value ?? '{}')).toMatchObject({ id: rejected.id });
    expect(dead?.headers).toMatchObject({ 'dlq-error': 'departments coded REJECT are not allowed', 'dlq-attempts': '3' });
    expect(await effectsOf(rejected.id)).toBe(0);
    expect(await inboxRowsOf(consumer, rejected.id)).toBe(0);
    expect(deadLetters.messages).toHaveLength(1);
  });

  it('a transient failure is retried until it succeeds and never dead-lettered', async () => {
    const { prefix, topic, deadLetterTopic, consumer } = await isolatedTopic();
    const departmentId = randomUUID();
    const event = departmentEvent(departmentId, 1, 'LAB');
    let attempts = 0;
    const flaky: EventHandler = async (received, manager) => {
      attempts += 1;
      await recordEffect(consumer)(received, manager);
      if (attempts <= 2) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    };
    // One permanent attempt: were the failure taken for permanent, the first would dead-letter it.
    await consume(prefix, consumer, flaky, { permanentFailureAttempts: 1 });

    await produce(topic, departmentId, event);
    await waitForEffect(event.id);

    expect(attempts).toBe(3);
    expect(await effectsOf(event.id)).toBe(1);
    expect(await inboxRowsOf(consumer, event.id)).toBe(1);
    expect(await messagesOn(deadLetterTopic)).toBe(0);
  });
});
