import { randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { createEventEnvelope } from '@backoffice/events/contract';
import type { EventEnvelope } from '@backoffice/events/envelope';
import { departmentCreated, workflowStepRetryRequested } from '@backoffice/events/hr-events';
import { itReactionFailed } from '@backoffice/events/reaction-events';
import { parseEventEnvelope } from '@backoffice/events/registry';
import { PermanentEventError, startInboxConsumer, type InboxConsumer } from '../src/inbox-consumer';
import { readMessageAt, stepRetryConsumer } from '../src/step-retries';
import { TopicObserver, dropTestDatabase, ensureTestTopics, eventually, openTestDatabase, testKafka, testLogger, uniqueRunId } from './support';

jest.setTimeout(120_000);

// The cause of the failure, as a row the test fixes: the reaction refuses a department while it
// is listed here (as a handler would refuse an event its own data cannot take yet).
class CreateRetryTables1764460900000 implements MigrationInterface {
  name = 'CreateRetryTables1764460900000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE blocked (subject text PRIMARY KEY)');
    await queryRunner.query('CREATE TABLE applied (event_id uuid NOT NULL, subject text NOT NULL)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE applied, blocked');
  }
}

class Blocked extends PermanentEventError {
  constructor(subject: string) {
    super(`department ${subject} is blocked`);
    this.name = 'Blocked';
  }
}

describe('retrying a failed reaction of a process step', () => {
  const runId = uniqueRunId('retry');
  const prefix = `${runId}-`;
  const consumerName = 'it.retry-test';
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let reaction: InboxConsumer;
  let retries: InboxConsumer;
  const observer = new TopicObserver();

  const handle = async (event: EventEnvelope<unknown>, tx: EntityManager) => {
    const blocked = (await tx.query('SELECT 1 FROM blocked WHERE subject = $1', [event.subject])) as unknown[];
    if (blocked.length) throw new Blocked(event.subject);
    await tx.query('INSERT INTO applied (event_id, subject) VALUES ($1, $2)', [event.id, event.subject]);
  };

  beforeAll(async () => {
    dataSource = await openTestDatabase(runId, [CreateRetryTables1764460900000]);
    kafka = testKafka('step-retries-test');
    await ensureTestTopics(kafka, prefix, ['hr.department.v1', 'hr.workflow.v1', 'it.reaction.v1']);
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const definition = { consumer: consumerName, topics: ['hr.department.v1'], handlers: { [departmentCreated.type]: handle } };
    reaction = await startInboxConsumer({ ...definition, kafka, dataSource, logger: testLogger, topicPrefix: prefix, permanentFailureAttempts: 1 });
    retries = await startInboxConsumer({ ...stepRetryConsumer({ service: 'it', consumers: [definition], kafka, topicPrefix: prefix, logger: testLogger }), kafka, dataSource, logger: testLogger, topicPrefix: prefix });
    await observer.start([`${prefix}it.reaction.v1`]);
  });

  afterAll(async () => {
    await Promise.all([reaction?.stop(), retries?.stop(), observer.stop()]);
    await producer?.disconnect();
    await dataSource?.destroy();
    await dropTestDatabase(runId);
  });

  const send = async (topic: string, envelope: { subject: string }) =>
    producer.send({ topic: `${prefix}${topic}`, acks: -1, messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }] });
  const appliedFor = async (subject: string) => ((await dataSource.query('SELECT event_id FROM applied WHERE subject = $1', [subject])) as Array<{ event_id: string }>).map((row) => row.event_id);
  const requestRetry = async (failure: ReturnType<typeof itReactionFailed.parse>['data'], retryId = randomUUID()) => {
    const request = createEventEnvelope(workflowStepRetryRequested, {
      data: { workflowId: randomUUID(), kind: 'ONBOARDING', employeeId: randomUUID(), retryId, step: 'ACCESS', consumer: failure.consumer, topic: failure.topic, partition: failure.partition, offset: failure.offset, eventId: failure.eventId, failureId: failure.failureId },
      sequence: 1,
      actor: 'system',
      correlationid: randomUUID(),
    });
    await send('hr.workflow.v1', request);
    return request;
  };

  it('re-reads the dead-lettered event at its position and applies it through the inbox once the cause is fixed; a redelivered request applies nothing twice', async () => {
    const departmentId = randomUUID();
    await dataSource.query('INSERT INTO blocked (subject) VALUES ($1)', [departmentId]);
    const created = createEventEnvelope(departmentCreated, { data: { departmentId, code: 'RTY', name: 'Retry', parentId: null }, sequence: 1, actor: 'system', correlationid: 'chain-1' });
    await send('hr.department.v1', created);

    const failed = await eventually(() => observer.on(`${prefix}it.reaction.v1`).map((message) => itReactionFailed.parse(JSON.parse(message.value))).find((fact) => fact.data.eventId === created.id));
    expect(failed.data).toMatchObject({ consumer: consumerName, reason: 'Blocked', topic: 'hr.department.v1', correlationId: 'chain-1' });
    // The fact is part of the chain: it answers the event that failed.
    expect(failed).toMatchObject({ correlationid: 'chain-1', causationid: created.id });
    expect(await appliedFor(departmentId)).toEqual([]);

    // The message itself can be read back by position.
    const message = await readMessageAt(kafka, `${prefix}it.reader-test`, `${prefix}hr.department.v1`, failed.data.partition, failed.data.offset);
    expect(JSON.parse(message.value!.toString()).id).toBe(created.id);

    await dataSource.query('DELETE FROM blocked WHERE subject = $1', [departmentId]);
    const request = await requestRetry(failed.data);
    await eventually(async () => (await appliedFor(departmentId)).length > 0);
    expect(await appliedFor(departmentId)).toEqual([created.id]);
    const inbox = (await dataSource.query('SELECT consumer FROM inbox_events WHERE event_id = $1', [created.id])) as Array<{ consumer: string }>;
    expect(inbox).toEqual([{ consumer: consumerName }]);

    // The same request delivered again, and a second request for the same failure: the inbox
    // of the reaction has the event, nothing is applied twice.
    await send('hr.workflow.v1', request);
    await requestRetry(failed.data);
    await eventually(async () => ((await dataSource.query(`SELECT count(*)::int AS n FROM inbox_events WHERE consumer = 'it.step-retries'`)) as Array<{ n: number }>)[0]!.n >= 2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await appliedFor(departmentId)).toEqual([created.id]);
  });

  it('announces a new failure (from the outbox, with the original position) when the retried reaction fails again', async () => {
    const departmentId = randomUUID();
    await dataSource.query('INSERT INTO blocked (subject) VALUES ($1)', [departmentId]);
    const created = createEventEnvelope(departmentCreated, { data: { departmentId, code: 'RTZ', name: 'Retry again', parentId: null }, sequence: 1, actor: 'system', correlationid: 'chain-2' });
    await send('hr.department.v1', created);
    const failed = await eventually(() => observer.on(`${prefix}it.reaction.v1`).map((message) => itReactionFailed.parse(JSON.parse(message.value))).find((fact) => fact.data.eventId === created.id));

    const request = await requestRetry(failed.data);
    const again = await eventually(async () => {
      const rows = (await dataSource.query(`SELECT envelope FROM outbox_events WHERE event_type = $1`, [itReactionFailed.type])) as Array<{ envelope: unknown }>;
      return rows.map((row) => parseEventEnvelope(row.envelope)).find((event) => (event.data as { eventId: string | null }).eventId === created.id);
    });
    expect(again).toMatchObject({ causationid: created.id, correlationid: 'chain-2' });
    expect(again.data).toMatchObject({ consumer: consumerName, reason: 'Blocked', topic: 'hr.department.v1', partition: failed.data.partition, offset: failed.data.offset });
    expect((again.data as { failureId: string }).failureId).not.toBe(failed.data.failureId);
    // Nothing of the failed attempt stayed: no effect, no inbox row for the reaction; the request was answered.
    expect(await appliedFor(departmentId)).toEqual([]);
    expect((await dataSource.query('SELECT consumer FROM inbox_events WHERE event_id = ANY($1::uuid[]) ORDER BY consumer', [[created.id, request.id]])) as unknown[]).toEqual([{ consumer: 'it.step-retries' }]);
  });

  it('answers only requests for its own consumers', async () => {
    const before = (await dataSource.query('SELECT count(*)::int AS n FROM applied')) as Array<{ n: number }>;
    const request = createEventEnvelope(workflowStepRetryRequested, {
      data: { workflowId: randomUUID(), kind: 'ONBOARDING', employeeId: randomUUID(), retryId: randomUUID(), step: 'FIRST_PAYROLL', consumer: 'accounting.workforce', topic: 'hr.department.v1', partition: 0, offset: '0', eventId: null, failureId: randomUUID() },
      sequence: 1,
      actor: 'system',
      correlationid: randomUUID(),
    });
    await send('hr.workflow.v1', request);
    await eventually(async () => ((await dataSource.query('SELECT 1 FROM inbox_events WHERE event_id = $1', [request.id])) as unknown[]).length > 0);
    expect((await dataSource.query('SELECT count(*)::int AS n FROM applied')) as Array<{ n: number }>).toEqual(before);
  });
});
