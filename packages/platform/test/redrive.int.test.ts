import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Admin, Kafka, Producer } from 'kafkajs';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createEventEnvelope } from '@backoffice/events/contract';
import { departmentCreated } from '@backoffice/events/hr-events';
import { PermanentEventError, startInboxConsumer, type HandleEvent, type InboxConsumer } from '../src/inbox-consumer';
import { createLogger, type Logger } from '../src/logger';
import { redriveDeadLetters, type RedriveResult } from '../src/redrive';
import { dropTestDatabase, ensureTestTopics, eventually, kafkaBrokers, openTestDatabase, testKafka, testLogger, TopicObserver, uniqueRunId } from './support';

jest.setTimeout(120_000);

class CreateRedriveEffects1764460900000 implements MigrationInterface {
  name = 'CreateRedriveEffects1764460900000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE effects (event_id uuid NOT NULL, consumer text NOT NULL, code text NOT NULL)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE effects');
  }
}

const TOPIC = 'hr.department.v1';
const DEAD_LETTER_TOPIC = 'hr.department.v1.dlq';

describe('redriving dead letters', () => {
  const runId = uniqueRunId('redrive');
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let admin: Admin;
  const cleanups: Array<() => Promise<unknown>> = [];
  let testNumber = 0;

  beforeAll(async () => {
    dataSource = await openTestDatabase(runId, [CreateRedriveEffects1764460900000]);
    kafka = testKafka('redrive-test');
    producer = kafka.producer({ allowAutoTopicCreation: false });
    admin = kafka.admin();
    await Promise.all([producer.connect(), admin.connect()]);
  });

  afterAll(async () => {
    await Promise.all(cleanups.map((cleanup) => cleanup().catch((error: unknown) => console.error('cleanup failed', error))));
    await producer?.disconnect();
    await admin?.disconnect();
    await dataSource?.destroy();
    await dropTestDatabase(runId);
  });

  async function isolatedPrefix() {
    testNumber += 1;
    const prefix = `${runId}-${testNumber}-`;
    await ensureTestTopics(kafka, prefix, [TOPIC, 'it.reaction.v1']);
    const deadLetterTopic = `${prefix}${DEAD_LETTER_TOPIC}`;
    const observer = new TopicObserver();
    cleanups.push(() => observer.stop());
    await observer.start([deadLetterTopic]);
    // Failures, not messages: a consumer that loses its partition between writing a dead letter
    // and committing its offset writes the same failure again (at least once, by design).
    const failures = () => new Set(observer.on(deadLetterTopic).map(({ headers }) => [headers['dlq-consumer'], headers['dlq-original-partition'], headers['dlq-original-offset']].join('|'))).size;
    return { prefix, topic: `${prefix}${TOPIC}`, deadLetterTopic, failures };
  }

  // Rejects the department codes in `broken` as a rule would, until the "fix" removes them.
  function departmentConsumer(prefix: string, consumer: string, broken: Set<string>, options: { orderIndependent?: boolean; logger?: Logger } = {}): Promise<InboxConsumer> {
    const handle: HandleEvent = async (event, manager) => {
      const { code } = event.data as { code: string };
      if (broken.has(code)) throw new PermanentEventError(`departments coded ${code} are refused until the fix`);
      await manager.query('INSERT INTO effects (event_id, consumer, code) VALUES ($1, $2, $3)', [event.id, consumer, code]);
    };
    return startInboxConsumer({
      consumer,
      kafka,
      dataSource,
      logger: options.logger ?? testLogger,
      topicPrefix: prefix,
      topics: [TOPIC],
      handlers: { [departmentCreated.type]: options.orderIndependent ? { handle, orderIndependent: true } : handle },
      permanentFailureAttempts: 1,
      maxBackoffMs: 500,
    }).then((running) => {
      cleanups.push(() => running.stop());
      return running;
    });
  }

  const departmentEvent = (departmentId: string, sequence: number, code: string) =>
    createEventEnvelope(departmentCreated, {
      data: { departmentId, code, name: `Department ${code}`, parentId: null },
      sequence,
      actor: 'system',
      correlationid: randomUUID(),
    });

  async function produce(topic: string, event: { subject: string }) {
    await producer.send({ topic, acks: -1, messages: [{ key: event.subject, value: JSON.stringify(event) }] });
  }

  const effectsOf = async (eventId: string, consumer: string) =>
    ((await dataSource.query('SELECT count(*)::int AS n FROM effects WHERE event_id = $1 AND consumer = $2', [eventId, consumer])) as [{ n: number }])[0].n;
  const inboxRowsOf = async (consumer: string, eventId: string) =>
    ((await dataSource.query('SELECT count(*)::int AS n FROM inbox_events WHERE consumer = $1 AND event_id = $2', [consumer, eventId])) as [{ n: number }])[0].n;
  // The group has read (and committed) everything on the topic.
  const caughtUp = async (groupId: string, topic: string) => {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return ends.every((end) => end.high === '0' || committed?.partitions.find((partition) => partition.partition === end.partition)?.offset === end.high);
  };

  const redrive = (prefix: string, consumer?: string): Promise<RedriveResult> =>
    redriveDeadLetters({ kafka, topicPrefix: prefix, deadLetterTopic: DEAD_LETTER_TOPIC, consumer, logger: testLogger });

  it('a dead letter redriven once its cause is fixed is applied, and a second redrive puts nothing back', async () => {
    const { prefix, topic, failures } = await isolatedPrefix();
    const consumer = `it.redrive-fixed-${testNumber}`;
    const broken = new Set(['FIN']);
    const running = await departmentConsumer(prefix, consumer, broken);
    const event = departmentEvent(randomUUID(), 1, 'FIN');
    await produce(topic, event);
    await eventually(() => failures() === 1, 30_000, 'the dead letter');

    broken.clear();
    expect(await redrive(prefix)).toMatchObject({ redriven: { [consumer]: 1 }, alreadyRedriven: 0, otherConsumers: 0, unattributed: 0 });
    await eventually(async () => (await effectsOf(event.id, consumer)) === 1, 30_000, 'the redriven event applied');

    const again = await redrive(prefix);
    expect(again).toMatchObject({ redriven: {} });
    expect(again.alreadyRedriven).toBeGreaterThanOrEqual(1);
    await eventually(() => caughtUp(`${prefix}${consumer}`, topic), 30_000, 'the consumer caught up');
    expect(await effectsOf(event.id, consumer)).toBe(1);
    expect(running.status()).toMatchObject({ applied: 1, deadLettered: 1, redrivesRefused: 0 });
  });

  it('a redriven event that a newer event of its aggregate overtook is refused with a log line naming that event, unless the handler is order-independent', async () => {
    const { prefix, topic, failures } = await isolatedPrefix();
    const inOrder = `it.redrive-in-order-${testNumber}`;
    const anyOrder = `it.redrive-any-order-${testNumber}`;
    const broken = new Set(['FIN']);
    const warnings: Array<Record<string, unknown>> = [];
    const logger = createLogger({ test: 'redrive' }, 'warn', (line) => warnings.push(JSON.parse(line) as Record<string, unknown>));
    const strict = await departmentConsumer(prefix, inOrder, broken, { logger });
    const tolerant = await departmentConsumer(prefix, anyOrder, broken, { orderIndependent: true });
    const departmentId = randomUUID();
    const older = departmentEvent(departmentId, 1, 'FIN');
    const newer = departmentEvent(departmentId, 2, 'OPS');
    await produce(topic, older);
    await produce(topic, newer);
    await eventually(async () => (await effectsOf(newer.id, inOrder)) === 1 && (await effectsOf(newer.id, anyOrder)) === 1, 30_000, 'the newer event applied');
    await eventually(() => failures() === 2, 30_000, 'one dead letter per consumer');

    broken.clear();
    expect((await redrive(prefix)).redriven).toEqual({ [inOrder]: 1, [anyOrder]: 1 });

    await eventually(async () => (await effectsOf(older.id, anyOrder)) === 1, 30_000, 'the order-independent handler applying it');
    await eventually(() => strict.status().redrivesRefused === 1, 30_000, 'the refusal');
    expect(await effectsOf(older.id, inOrder)).toBe(0);
    // Not recorded as handled: declared order-independent later, a new redrive could still apply it.
    expect(await inboxRowsOf(inOrder, older.id)).toBe(0);
    const refusal = warnings.find((line) => String(line['message']).includes('refused'));
    expect(refusal?.['message']).toEqual(expect.stringContaining(`${newer.type} ${newer.id} (sequence 2)`));
    expect(refusal).toMatchObject({ consumer: inOrder, id: older.id, newerEventId: newer.id });
    expect(tolerant.status()).toMatchObject({ applied: 2, redrivesAppliedOutOfOrder: 1 });
    // The refused copy went back to the dead letters, so a later redrive finds it again.
    await eventually(() => failures() === 3, 30_000, 'the refused copy dead-lettered again');
    expect((await redrive(prefix)).redriven).toEqual({ [inOrder]: 1 });
  });

  it('redriving one consumer\'s dead letters leaves the others\' where they are, and the other consumers ignore the copy', async () => {
    const { prefix, topic, deadLetterTopic, failures } = await isolatedPrefix();
    const first = `it.redrive-first-${testNumber}`;
    const second = `it.redrive-second-${testNumber}`;
    const broken = new Set(['FIN']);
    await departmentConsumer(prefix, first, broken);
    const secondConsumer = await departmentConsumer(prefix, second, broken);
    const event = departmentEvent(randomUUID(), 1, 'FIN');
    await produce(topic, event);
    await eventually(() => failures() === 2, 30_000, 'both dead letters');

    broken.clear();
    const firstOnly = await redrive(prefix, first);
    expect(firstOnly).toMatchObject({ redriven: { [first]: 1 } });
    expect(firstOnly.otherConsumers).toBeGreaterThanOrEqual(1);
    await eventually(async () => (await effectsOf(event.id, first)) === 1, 30_000, 'the first consumer applying it');
    await eventually(() => caughtUp(`${prefix}${second}`, topic), 30_000, 'the second consumer reading past the copy');
    expect(await effectsOf(event.id, second)).toBe(0);
    expect(secondConsumer.status()).toMatchObject({ applied: 0, duplicates: 0, stale: 0 });

    // The command an operator runs: the rest of the dead letters, through KAFKA_BROKERS and KAFKA_PREFIX.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'src', 'events-cli.ts'), 'redrive', DEAD_LETTER_TOPIC], {
      env: { ...process.env, KAFKA_BROKERS: kafkaBrokers().join(','), KAFKA_PREFIX: prefix, LOG_LEVEL: 'warn' },
    });
    expect(stdout).toContain(`redrove 1 dead letters from ${deadLetterTopic} to ${topic} (${second}: 1)`);
    expect(stdout).toMatch(/left: \d+ redriven before/);
    await eventually(async () => (await effectsOf(event.id, second)) === 1, 30_000, 'the second consumer applying it');
    expect(await effectsOf(event.id, first)).toBe(1);
  });

  it('a failure dead-lettered twice (a crash before the offset commit) is put back once', async () => {
    const { prefix, topic, deadLetterTopic } = await isolatedPrefix();
    const consumer = `it.redrive-repeated-${testNumber}`;
    const event = departmentEvent(randomUUID(), 1, 'FIN');
    const deadLetter = {
      key: event.subject,
      value: JSON.stringify(event),
      headers: { 'dlq-error': 'refused', 'dlq-reason': 'PermanentEventError', 'dlq-consumer': consumer, 'dlq-attempts': '1', 'dlq-original-topic': topic, 'dlq-original-partition': '0', 'dlq-original-offset': '7' },
    };
    await producer.send({ topic: deadLetterTopic, acks: -1, messages: [deadLetter, deadLetter] });

    expect(await redrive(prefix)).toMatchObject({ redriven: { [consumer]: 1 }, repeats: 1, alreadyRedriven: 0 });
    // Both copies count as redriven: the next run finds nothing new.
    expect(await redrive(prefix)).toMatchObject({ redriven: {}, repeats: 0, alreadyRedriven: 2 });
  });
});
