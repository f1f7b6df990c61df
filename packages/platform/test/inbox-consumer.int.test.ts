import { randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createEventEnvelope } from '@backoffice/events/contract';
import { departmentClosed, departmentCreated } from '@backoffice/events/hr-events';
import { parseEventEnvelope } from '@backoffice/events/registry';
import { consumerBacklog } from '../src/consumer-backlog';
import { PermanentEventError, startInboxConsumer, type EventHandler, type HandleEvent, type InboxConsumer } from '../src/inbox-consumer';
import { createLogger, type Logger } from '../src/logger';
import { TopicObserver, dropTestDatabase, ensureTestTopics, eventually, openTestDatabase, sleep, testKafka, testLogger, uniqueRunId } from './support';

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
// The consumers here are IT's (`it.<name>`): their dead letters are announced on it.reaction.v1.
const REACTION_TOPIC = 'it.reaction.v1';

// Keeps what a consumer logs at warn and above, to check what it says.
function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  return { logger: createLogger({ test: 'inbox' }, 'warn', (line) => lines.push(JSON.parse(line) as Record<string, unknown>)), lines };
}

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
    await ensureTestTopics(kafka, prefix, [TOPIC, REACTION_TOPIC]);
    return {
      prefix,
      topic: `${prefix}${TOPIC}`,
      deadLetterTopic: `${prefix}${TOPIC}.dlq`,
      reactionTopic: `${prefix}${REACTION_TOPIC}`,
      consumer: `it.platform-test-${testNumber}`,
    };
  }

  async function consume(
    prefix: string,
    consumer: string,
    handler: EventHandler,
    options: { permanentFailureAttempts?: number; logger?: Logger } = {},
  ): Promise<InboxConsumer> {
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
    (consumer: string): HandleEvent =>
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
      // A busy broker may answer NOT_LEADER for a moment; kafkajs marks that retriable.
      for (let attempt = 1; ; attempt += 1) {
        try {
          const offsets = await admin.fetchTopicOffsets(topic);
          return offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
        } catch (error) {
          if (attempt >= 5 || !(error as { retriable?: boolean }).retriable) throw error;
          await sleep(200 * attempt);
        }
      }
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

  it('an event with a field and an envelope attribute its consumer was built without is applied, not dead-lettered', async () => {
    const { prefix, topic, deadLetterTopic, consumer } = await isolatedTopic();
    const seen: Array<{ data: unknown; envelope: object }> = [];
    const running = await consume(prefix, consumer, async (event, manager) => {
      seen.push({ data: event.data, envelope: event });
      await recordEffect(consumer)(event, manager);
    });
    const departmentId = randomUUID();
    const known = departmentEvent(departmentId, 1, 'OPS');
    // What a producer a version ahead writes: an optional field in data and a new extension.
    const evolved = { ...known, tenantid: 'acme', data: { ...known.data, costCentreCode: 'CC-7' } };
    await produce(topic, departmentId, evolved);
    const marker = departmentEvent(departmentId, 2, 'OPS2');
    await produce(topic, departmentId, marker);
    await waitForEffect(marker.id);

    expect(await effectsOf(known.id)).toBe(1);
    expect(await messagesOn(deadLetterTopic)).toBe(0);
    // The handler reads the event as its contract knows it.
    expect(seen[0]?.data).toEqual(known.data);
    expect(seen[0]?.envelope).not.toHaveProperty('tenantid');
    expect(running.status()).toMatchObject({ applied: 2, deadLettered: 0 });
  });

  it('an event of a newer version than the consumer handles is reported in a warning and in its status, neither applied nor dead-lettered', async () => {
    const { prefix, topic, deadLetterTopic, consumer } = await isolatedTopic();
    const { logger, lines } = capturingLogger();
    const running = await consume(prefix, consumer, recordEffect(consumer), { logger });
    const departmentId = randomUUID();
    const newerType = 'backoffice.hr.department.created.v2';
    const newer = { ...departmentEvent(departmentId, 1, 'NEW'), type: newerType, dataschema: `https://backoffice.dev/schemas/${newerType}.json`, data: { departmentId, shape: 'changed' } };
    await produce(topic, departmentId, newer);
    // Another event on the topic that this consumer does not handle in any version: not its business.
    const closed = createEventEnvelope(departmentClosed, { data: { departmentId, closedOn: '2025-06-30' }, sequence: 2, actor: 'system', correlationid: randomUUID() });
    await produce(topic, departmentId, closed);
    const known = departmentEvent(departmentId, 3, 'KNOWN');
    await produce(topic, departmentId, known);
    await waitForEffect(known.id);

    expect(running.status().newerVersionsSkipped).toEqual({ [newerType]: 1 });
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', consumer, type: newerType, id: newer.id, message: expect.stringMatching(/newer version than this consumer handles/) }),
    ]);
    expect(await inboxRowsOf(consumer, newer.id)).toBe(0);
    expect(await inboxRowsOf(consumer, closed.id)).toBe(0);
    expect(await messagesOn(deadLetterTopic)).toBe(0);
  });

  it('a poison message lands in the DLQ, is announced as a reaction.failed fact, and the next message is still processed', async () => {
    const { prefix, topic, deadLetterTopic, reactionTopic, consumer } = await isolatedTopic();
    const departmentId = randomUUID();
    const running = await consume(prefix, consumer, recordEffect(consumer), { permanentFailureAttempts: 2 });
    const deadLetters = new TopicObserver();
    cleanups.push(() => deadLetters.stop());
    await deadLetters.start([deadLetterTopic, reactionTopic]);

    const notJson = '{"id": "half an event';
    const failsSchema = JSON.stringify({ ...departmentEvent(departmentId, 1, 'X'), data: { departmentId, code: '', name: 'No code', parentId: null } });
    await produce(topic, departmentId, notJson);
    await produce(topic, departmentId, failsSchema);
    const valid = departmentEvent(departmentId, 2, 'OPS');
    await produce(topic, departmentId, valid);

    await waitForEffect(valid.id);
    await eventually(() => deadLetters.on(reactionTopic).length >= 2, 30_000, 'reaction.failed facts');
    const dead = deadLetters.on(deadLetterTopic);
    expect(dead.map((message) => message.value)).toEqual([notJson, failsSchema]);
    for (const message of dead) {
      expect(message.key).toBe(departmentId);
      expect(message.headers['dlq-error']).toEqual(expect.any(String));
      expect(message.headers['dlq-reason']).toBe('EventContractError');
      expect(message.headers['dlq-consumer']).toBe(consumer);
      expect(message.headers['dlq-attempts']).toBe('2');
    }
    expect(dead[0]?.headers['dlq-error']).toMatch(/not JSON/);
    expect(dead[1]?.headers['dlq-error']).toMatch(/data\.code/);
    expect(await effectsOf(valid.id)).toBe(1);

    // What a process needs to show the failed step: no error text, only ids, places and a class.
    const facts = deadLetters.on(reactionTopic).map((message) => parseEventEnvelope(message.value));
    const original = JSON.parse(failsSchema) as { id: string; correlationid: string };
    expect(facts.map((fact) => fact.type)).toEqual(['backoffice.it.reaction.failed.v1', 'backoffice.it.reaction.failed.v1']);
    expect(facts.map((fact) => fact.data)).toEqual([
      {
        failureId: expect.any(String),
        consumer,
        eventId: null,
        eventType: null,
        topic: TOPIC,
        partition: Number(dead[0]?.headers['dlq-original-partition']),
        offset: dead[0]?.headers['dlq-original-offset'],
        correlationId: null,
        reason: 'EventContractError',
      },
      {
        failureId: expect.any(String),
        consumer,
        eventId: original.id,
        eventType: departmentCreated.type,
        topic: TOPIC,
        partition: Number(dead[1]?.headers['dlq-original-partition']),
        offset: dead[1]?.headers['dlq-original-offset'],
        correlationId: original.correlationid,
        reason: 'EventContractError',
      },
    ]);
    expect(facts[1]?.correlationid).toBe(original.correlationid);
    expect(running.status()).toMatchObject({ applied: 1, deadLettered: 2 });
  });

  it('a handler that rejects an event by rule is retried a few times then dead-lettered, with the rule\'s class as the reason', async () => {
    const { prefix, topic, deadLetterTopic, reactionTopic, consumer } = await isolatedTopic();
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
    await deadLetters.start([deadLetterTopic, reactionTopic]);

    await produce(topic, departmentId, rejected);
    const next = departmentEvent(departmentId, 2, 'OK');
    await produce(topic, departmentId, next);

    await waitForEffect(next.id);
    const [fact] = await eventually(() => (deadLetters.on(reactionTopic).length ? deadLetters.on(reactionTopic) : undefined), 30_000, 'reaction.failed fact');
    const [dead] = deadLetters.on(deadLetterTopic);
    expect(attempts).toBe(3);
    expect(JSON.parse(dead?.value ?? '{}')).toMatchObject({ id: rejected.id });
    expect(dead?.headers).toMatchObject({ 'dlq-error': 'departments coded REJECT are not allowed', 'dlq-reason': 'PermanentEventError', 'dlq-attempts': '3' });
    expect(parseEventEnvelope(fact?.value).data).toMatchObject({ consumer, eventId: rejected.id, eventType: rejected.type, reason: 'PermanentEventError' });
    expect(fact?.value).not.toContain('not allowed');
    expect(await effectsOf(rejected.id)).toBe(0);
    expect(await inboxRowsOf(consumer, rejected.id)).toBe(0);
    expect(deadLetters.on(deadLetterTopic)).toHaveLength(1);
    expect(deadLetters.on(reactionTopic)).toHaveLength(1);
  });

  it('a transient failure is retried until it succeeds and never dead-lettered', async () => {
    const { prefix, topic, deadLetterTopic, reactionTopic, consumer } = await isolatedTopic();
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
    expect(await messagesOn(reactionTopic)).toBe(0);
  });

  it('a consumer that stops leaves its group at once, so its partitions do not wait for the session timeout', async () => {
    const { prefix, topic, consumer } = await isolatedTopic();
    const running = await consume(prefix, consumer, recordEffect(consumer));
    const departmentId = randomUUID();
    const event = departmentEvent(departmentId, 1, 'HR');
    await produce(topic, departmentId, event);
    // Handled: the member is in the group and has its next fetch waiting at the broker.
    await waitForEffect(event.id);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const groupId = `${prefix}${consumer}`;
      const group = async () => (await admin.describeGroups([groupId])).groups[0];
      expect(await group()).toMatchObject({ state: 'Stable', members: [expect.anything()] });

      const stopCalledAt = Date.now();
      const stopped = running.stop();
      const leftAfterMs = await eventually(async () => {
        const { state, members } = (await group()) ?? { state: 'unknown', members: [] };
        return state === 'Empty' && members.length === 0 ? Date.now() - stopCalledAt : undefined;
      }, 40_000, 'the group to be empty');
      await stopped;
      // Gone within a couple of seconds, not the session timeout (30 s), nor kafkajs' default
      // fetch wait (5 s) that used to come first.
      expect(leftAfterMs).toBeLessThan(2_000);
    } finally {
      await admin.disconnect();
    }
  });

  it('a consumer that stops has committed every event it handled, so a restart redelivers none of them', async () => {
    const { prefix, topic, consumer } = await isolatedTopic();
    const running = await consume(prefix, consumer, recordEffect(consumer));
    const events = [1, 2, 3].map((n) => departmentEvent(randomUUID(), 1, `S${n}`));
    for (const event of events) await produce(topic, event.subject, event);
    for (const event of events) await waitForEffect(event.id);
    await running.stop();
    // Commits come every 200 ms while running; the stop does not wait for the next one.
    expect(await consumerBacklog(kafka, `${prefix}${consumer}`, [topic])).toBe(0);
  });
});
