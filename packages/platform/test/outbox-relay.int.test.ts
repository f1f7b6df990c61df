import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { EventContractError } from '@backoffice/events/contract';
import { departmentCreated } from '@backoffice/events/hr-events';
import { ensureKafkaBroker, type KafkaBrokerHandle } from '@backoffice/infra/kafka-broker';
import { recordEvent } from '../src/outbox';
import { OUTBOX_RELAY_LOCK, startOutboxRelay, type OutboxRelay } from '../src/outbox-relay';
import {
  TopicObserver,
  dropTestDatabase,
  ensureTestTopics,
  eventually,
  freePort,
  openTestDatabase,
  testDatabaseUrl,
  testKafka,
  testLogger,
  uniqueRunId,
  type ObservedMessage,
} from './support';

jest.setTimeout(180_000);

class CreateNotes1764460900000 implements MigrationInterface {
  name = 'CreateNotes1764460900000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notes');
  }
}

const TOPIC = 'hr.department.v1';
const metadata = { actor: 'system', correlationId: randomUUID() };

const department = (departmentId: string, n: number) => ({ departmentId, code: `D${n}`, name: `Department ${n}`, parentId: null });

// Writes each aggregate's events in small transactions, several at once; aggregates are
// locked in id order within a transaction so concurrent writers cannot deadlock.
async function writeInterleaved(dataSource: DataSource, aggregates: string[], eventsPerAggregate: number, concurrency: number): Promise<Set<string>> {
  const pending = shuffle(aggregates.flatMap((id) => Array.from({ length: eventsPerAggregate }, () => id)));
  const written = new Set<string>();
  let n = 0;
  const worker = async () => {
    while (pending.length) {
      const chunk = pending.splice(0, 1 + Math.floor(Math.random() * 4)).sort();
      await dataSource.transaction(async (manager) => {
        for (const id of chunk) {
          const { eventId } = await recordEvent(manager, departmentCreated, department(id, (n += 1)), metadata);
          written.add(eventId);
        }
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return written;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

type Envelope = { id: string; subject: string; sequence: number };
const envelopes = (messages: ObservedMessage[]): Envelope[] => messages.map((message) => JSON.parse(message.value) as Envelope);

// First arrival of each event, per key, in arrival order (which is partition order for one key).
function sequencesByKey(events: Envelope[]): Map<string, number[]> {
  const seen = new Set<string>();
  const byKey = new Map<string, number[]>();
  for (const event of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    byKey.set(event.subject, [...(byKey.get(event.subject) ?? []), event.sequence]);
  }
  return byKey;
}

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('outbox relay', () => {
  const runId = uniqueRunId('outbox');
  const prefix = `${runId}-`;
  const topic = `${prefix}${TOPIC}`;
  const cleanups: Array<() => Promise<unknown>> = [];

  // Each clean-up gets a bounded time, so one that hangs (a relay reconnecting to a stopped
  // broker, say) cannot keep the brokers behind it from being stopped.
  afterAll(async () => {
    const bounded = (cleanup: () => Promise<unknown>) =>
      Promise.race([cleanup(), new Promise((_resolve, reject) => setTimeout(() => reject(new Error('clean-up timed out')), 20_000).unref())]);
    for (const cleanup of cleanups.reverse()) await bounded(cleanup).catch((error: unknown) => console.error('cleanup failed', error));
  }, 180_000);

  it("three relays on one outbox publish every aggregate's events in order and no event twice", async () => {
    const suffix = `${runId}_replicas`;
    const writer = await openTestDatabase(suffix);
    cleanups.push(() => dropTestDatabase(suffix));
    cleanups.push(() => writer.destroy());
    const kafka = testKafka('outbox-replicas-test');
    await ensureTestTopics(kafka, prefix, [TOPIC]);
    const observer = new TopicObserver();
    cleanups.push(() => observer.stop());
    await observer.start([topic]);

    const relays: OutboxRelay[] = [];
    for (let replica = 0; replica < 3; replica += 1) {
      const dataSource = await openTestDatabase(suffix);
      cleanups.push(() => dataSource.destroy());
      // Small batches and short polls, so the replicas take turns many times.
      const relay = startOutboxRelay({
        dataSource,
        kafka: testKafka(`outbox-relay-${replica}`),
        logger: testLogger,
        topicPrefix: prefix,
        databaseUrl: testDatabaseUrl(suffix),
        batchSize: 7,
        idlePollMs: 20,
      });
      cleanups.push(() => relay.stop());
      relays.push(relay);
    }

    const aggregates = Array.from({ length: 40 }, () => randomUUID());
    const written = await writeInterleaved(writer, aggregates, 25, 8);
    expect(written.size).toBe(1000);

    await relays[0]?.drain(60_000);
    await eventually(() => new Set(envelopes(observer.on(topic)).map((event) => event.id)).size >= written.size, 60_000, 'all events observed');
    // A double send would arrive a moment later: give it time to show up.
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const events = envelopes(observer.on(topic));
    expect(new Set(events.map((event) => event.id))).toEqual(written);
    expect(events).toHaveLength(written.size);
    const byKey = sequencesByKey(events);
    expect(byKey.size).toBe(aggregates.length);
    for (const id of aggregates) expect({ id, sequences: byKey.get(id) }).toEqual({ id, sequences: oneToN(25) });
    expect(relays.reduce((sum, relay) => sum + relay.status().published, 0)).toBe(written.size);
  });

  it('a row committed while a batch is being published goes out at once, not after the idle poll', async () => {
    const suffix = `${runId}_busy`;
    const dataSource = await openTestDatabase(suffix);
    cleanups.push(() => dropTestDatabase(suffix));
    cleanups.push(() => dataSource.destroy());
    const kafka = testKafka('outbox-busy-test');
    await ensureTestTopics(kafka, prefix, [TOPIC]);
    const observer = new TopicObserver();
    cleanups.push(() => observer.stop());
    await observer.start([topic]);
    const observed = (eventId: string) => envelopes(observer.on(topic)).some((event) => event.id === eventId);
    // As the server's superuser: a service role sees no other role's statements.
    const watcher = new Client({ connectionString: testDatabaseUrl(suffix) });
    await watcher.connect();
    cleanups.push(() => watcher.end());
    const activity = async (where: string) => (await watcher.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND ${where}`)).rows[0]!.n;

    // The first event is written, then its row held, so the relay's first batch stays out (its
    // UPDATE waits on the lock) while the second event is committed and notified.
    const first = await dataSource.transaction((manager) => recordEvent(manager, departmentCreated, department(randomUUID(), 1), metadata));
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    cleanups.push(() => holder.release());
    await holder.startTransaction();
    await holder.query('SELECT id FROM outbox_events WHERE event_id = $1 FOR UPDATE', [first.eventId]);
    // An idle poll far longer than the test waits: only the notification can get the second out.
    const relay = startOutboxRelay({ dataSource, kafka: testKafka('outbox-busy-relay'), logger: testLogger, topicPrefix: prefix, databaseUrl: testDatabaseUrl(suffix), idlePollMs: 120_000 });
    cleanups.push(() => relay.stop());
    await eventually(async () => (await activity(`query = 'LISTEN outbox_events'`)) === 1, 20_000, 'the relay listening');
    await eventually(async () => (await activity(`wait_event_type = 'Lock' AND query LIKE 'UPDATE outbox_events%'`)) === 1, 20_000, 'the first batch waiting on the held row');

    const second = await dataSource.transaction((manager) => recordEvent(manager, departmentCreated, department(randomUUID(), 2), metadata));
    await holder.rollbackTransaction();
    await eventually(() => observed(first.eventId), 20_000, 'the first event');
    await eventually(() => observed(second.eventId), 20_000, 'the second event, well before the 120 s idle poll');
  });

  it('a commit on the relay\'s own data source wakes it without NOTIFY; a writer with no relay in its process wakes it by NOTIFY', async () => {
    const suffix = `${runId}_wake`;
    const dataSource = await openTestDatabase(suffix);
    cleanups.push(() => dropTestDatabase(suffix));
    cleanups.push(() => dataSource.destroy());
    // Another process's writer: a data source no relay of this process publishes from.
    const otherWriter = await openTestDatabase(suffix);
    cleanups.push(() => otherWriter.destroy());
    const kafka = testKafka('outbox-wake-test');
    await ensureTestTopics(kafka, prefix, [TOPIC]);
    const observer = new TopicObserver();
    cleanups.push(() => observer.stop());
    await observer.start([topic]);
    const observed = (eventId: string) => envelopes(observer.on(topic)).some((event) => event.id === eventId);
    const notifications: string[] = [];
    const listener = new Client({ connectionString: testDatabaseUrl(suffix) });
    await listener.connect();
    cleanups.push(() => listener.end());
    listener.on('notification', (message) => notifications.push(message.channel));
    await listener.query('LISTEN outbox_events');

    // An idle poll far longer than the test waits: only a wake-up gets an event out.
    const relay = startOutboxRelay({ dataSource, kafka, logger: testLogger, topicPrefix: prefix, databaseUrl: testDatabaseUrl(suffix), idlePollMs: 120_000 });
    cleanups.push(() => relay.stop());
    const local = await dataSource.transaction((manager) => recordEvent(manager, departmentCreated, department(randomUUID(), 1), metadata));
    await eventually(() => observed(local.eventId), 20_000, 'the event committed beside the relay');
    expect(notifications).toEqual([]);

    // Once the relay listens (its LISTEN connection opens beside the loop), a commit elsewhere notifies it.
    await eventually(async () => {
      const { rows } = await listener.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN outbox_events' AND pid <> pg_backend_pid()`);
      return rows[0]!.n === 1;
    }, 20_000, 'the relay listening');
    const remote = await otherWriter.transaction((manager) => recordEvent(manager, departmentCreated, department(randomUUID(), 2), metadata));
    await eventually(() => observed(remote.eventId), 20_000, 'the event committed by a writer without a relay');
    expect(notifications).toEqual(['outbox_events']);
  });

  it('rows committed while another replica\'s relay holds the turn go out as soon as it is free, not after the idle poll', async () => {
    const suffix = `${runId}_turn`;
    const dataSource = await openTestDatabase(suffix);
    cleanups.push(() => dropTestDatabase(suffix));
    cleanups.push(() => dataSource.destroy());
    const kafka = testKafka('outbox-turn-test');
    await ensureTestTopics(kafka, prefix, [TOPIC]);
    const observer = new TopicObserver();
    cleanups.push(() => observer.stop());
    await observer.start([topic]);
    const observed = (eventId: string) => envelopes(observer.on(topic)).some((event) => event.id === eventId);
    // The other replica's relay, mid-batch: it holds the lock every relay takes for its turn.
    const otherReplica = new Client({ connectionString: testDatabaseUrl(suffix) });
    await otherReplica.connect();
    cleanups.push(() => otherReplica.end());
    await otherReplica.query('SELECT pg_advisory_lock(hashtext($1))', [OUTBOX_RELAY_LOCK]);

    const relay = startOutboxRelay({ dataSource, kafka, logger: testLogger, topicPrefix: prefix, idlePollMs: 120_000 });
    cleanups.push(() => relay.stop());
    const { eventId } = await dataSource.transaction((manager) => recordEvent(manager, departmentCreated, department(randomUUID(), 1), metadata));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(observed(eventId)).toBe(false);
    // The other replica's batch ends without this row (claimed before it committed, say).
    await otherReplica.query('SELECT pg_advisory_unlock(hashtext($1))', [OUTBOX_RELAY_LOCK]);
    await eventually(() => observed(eventId), 20_000, 'the event, well before the 120 s idle poll');
  });

  it('a running relay survives a real broker stop and start: mutations succeed while it is down and every event arrives after', async () => {
    const suffix = `${runId}_outage`;
    const dataSource = await openTestDatabase(suffix);
    cleanups.push(() => dropTestDatabase(suffix));
    cleanups.push(() => dataSource.destroy());

    const brokerOptions = { port: await freePort(), controllerPort: await freePort(), saslPort: await freePort(), dataDir: mkdtempSync(path.join(tmpdir(), 'platform-outage-broker-')) };
    cleanups.push(async () => rmSync(brokerOptions.dataDir, { recursive: true, force: true }));
    let broker: KafkaBrokerHandle = await ensureKafkaBroker(brokerOptions);
    expect(broker.startedHere).toBe(true);
    cleanups.push(() => broker.stop());

    const kafka = testKafka('outbox-outage-test', broker.brokers);
    await ensureTestTopics(kafka, prefix, [TOPIC]);
    const relay = startOutboxRelay({ dataSource, kafka, logger: testLogger, topicPrefix: prefix, databaseUrl: testDatabaseUrl(suffix), idlePollMs: 100, maxBackoffMs: 1_000 });
    cleanups.push(() => relay.stop());

    const aggregates = Array.from({ length: 10 }, () => randomUUID());
    const before = await writeInterleaved(dataSource, aggregates, 3, 4);
    await relay.drain(30_000);
    expect(relay.status().kafka).toBe('up');

    await broker.stop();
    const during = await writeInterleaved(dataSource, aggregates, 3, 4);
    expect(during.size).toBe(30);
    await eventually(() => relay.status().kafka === 'down', 90_000, 'relay reports kafka down');
    const [{ pending }] = (await dataSource.query('SELECT count(*)::int AS pending FROM outbox_events WHERE published_at IS NULL')) as [{ pending: number }];
    expect(pending).toBe(30);

    broker = await ensureKafkaBroker(brokerOptions);
    expect(broker.startedHere).toBe(true);
    const after = await writeInterleaved(dataSource, aggregates, 1, 2);
    await relay.drain(90_000);
    await eventually(() => relay.status().kafka === 'up', 30_000, 'relay reports kafka up');

    const observer = new TopicObserver(broker.brokers);
    cleanups.push(() => observer.stop());
    await observer.start([topic]);
    const all = new Set([...before, ...during, ...after]);
    await eventually(() => new Set(envelopes(observer.on(topic)).map((event) => event.id)).size >= all.size, 60_000, 'all events observed');

    const events = envelopes(observer.on(topic));
    expect(new Set(events.map((event) => event.id))).toEqual(all);
    // At least once: a send cut off by the stop may be repeated, but never out of order.
    const byKey = sequencesByKey(events);
    for (const id of aggregates) expect({ id, sequences: byKey.get(id) }).toEqual({ id, sequences: oneToN(7) });
  });

  // A Kafka client that outlives stop() keeps working after its owner is gone (under jest it
  // loads modules after teardown and fails the run), so stop() must wait for the readiness probe.
  it('stop() returns only after the Kafka readiness probe in flight has disconnected', async () => {
    const suffix = `${runId}_probe`;
    const dataSource = await openTestDatabase(suffix);
    cleanups.push(() => dropTestDatabase(suffix));
    cleanups.push(() => dataSource.destroy());
    const kafka = testKafka('outbox-probe-test');
    const probes: Array<{ disconnected: boolean }> = [];
    let probeStarted = () => {};
    const firstProbe = new Promise<void>((resolve) => (probeStarted = resolve));
    const createAdmin = kafka.admin.bind(kafka);
    kafka.admin = (config) => {
      const admin = createAdmin(config);
      const probe = { disconnected: false };
      probes.push(probe);
      const disconnect = admin.disconnect.bind(admin);
      admin.disconnect = async () => {
        await disconnect();
        probe.disconnected = true;
      };
      probeStarted();
      return admin;
    };

    // An empty outbox: the relay has nothing to send, so it probes Kafka for /readyz.
    const relay = startOutboxRelay({ dataSource, kafka, logger: testLogger, topicPrefix: prefix, idlePollMs: 20 });
    await firstProbe;
    await relay.stop();

    expect(probes).toEqual([{ disconnected: true }]);
  });

  it('an event that fails its schema is refused at write time and nothing is written', async () => {
    const suffix = `${runId}_schema`;
    const dataSource = await openTestDatabase(suffix, [CreateNotes1764460900000]);
    cleanups.push(() => dropTestDatabase(suffix));
    cleanups.push(() => dataSource.destroy());
    const counts = async () =>
      (await dataSource.query(
        `SELECT (SELECT count(*)::int FROM notes) AS notes, (SELECT count(*)::int FROM outbox_events) AS outbox,
                (SELECT count(*)::int FROM event_sequences) AS sequences, (SELECT coalesce(sum(last_sequence), 0)::int FROM event_sequences) AS sequence_total`,
      )) as unknown[];
    const existing = randomUUID();
    await dataSource.transaction((manager) => recordEvent(manager, departmentCreated, department(existing, 1), metadata));
    const before = await counts();

    const attempt = dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO notes (body) VALUES ($1)', ['created department']);
      await recordEvent(manager, departmentCreated, department(existing, 2), metadata);
      await recordEvent(manager, departmentCreated, department(randomUUID(), 3), metadata);
      const withUnknownField = { ...department(randomUUID(), 4), salary: '100000.00' };
      await recordEvent(manager, departmentCreated, withUnknownField as ReturnType<typeof department>, metadata);
    });

    await expect(attempt).rejects.toBeInstanceOf(EventContractError);
    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_DATA' });
    expect(await counts()).toEqual(before);
    await expect(
      dataSource.transaction((manager) => recordEvent(manager, departmentCreated, { ...department(randomUUID(), 5), departmentId: 'not-a-uuid' }, metadata)),
    ).rejects.toMatchObject({ name: 'EventContractError', code: 'INVALID_DATA' });
    expect(await counts()).toEqual(before);
  });
});
