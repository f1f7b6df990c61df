import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { createEventEnvelope, type AnyEventContract, type EventDataOf } from '@backoffice/events/contract';
import { topicName, topicsToEnsure, type TopicBase } from '@backoffice/events/topics';
import { createKafkaClient, ensureTopics } from '@backoffice/platform/kafka';
import { createLogger } from '@backoffice/platform/logger';
import { rows, type Sql } from '@backoffice/platform/sql';
import { employeeHired } from '@backoffice/events/hr-events';
import { requiredEnv } from './isolation';
import { eventually } from './kafka-observer';

// HR's events (hires, pay, last days and their withdrawal, leave, holidays), published for real to
// the topics accounting's workforce projection consumes. Each aggregate's sequence counts up per
// topic as HR's outbox would, so the projection applies them in order; `redeliver` sends an event
// already sent, unchanged (same id and sequence), as Kafka may.

export type SentEvent = { topic: TopicBase; subject: string; sequence: number; envelope: { id: string } & Record<string, unknown> };

export type HrEvents = {
  publish<C extends AnyEventContract>(contract: C, data: EventDataOf<C>): Promise<SentEvent>;
  redeliver(event: SentEvent): Promise<void>;
  stop(): Promise<void>;
};

// `topics`: those the test publishes to. The service creates its topics too, in the background;
// whoever comes first makes them.
export async function hrEvents(kafkaPrefix: string, clientId: string, topics: readonly TopicBase[]): Promise<HrEvents> {
  const kafka = createKafkaClient({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId, logger: createLogger({ test: clientId }, 'silent') });
  await ensureTopics(kafka, topicsToEnsure(kafkaPrefix, [...topics]));
  const producer: Producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const sequences = new Map<string, number>();
  const send = async (event: SentEvent) => {
    await producer.send({ topic: topicName(event.topic, kafkaPrefix), acks: -1, messages: [{ key: event.subject, value: JSON.stringify(event.envelope) }] });
  };
  return {
    async publish(contract, data) {
      const subject = String((data as Record<string, unknown>)[contract.key]);
      const sequence = (sequences.get(`${contract.topic}|${subject}`) ?? 0) + 1;
      sequences.set(`${contract.topic}|${subject}`, sequence);
      const envelope = createEventEnvelope(contract, { data, sequence, actor: 'system', correlationid: randomUUID() }) as unknown as SentEvent['envelope'];
      const event = { topic: contract.topic, subject, sequence, envelope };
      await send(event);
      return event;
    },
    redeliver: send,
    async stop() {
      await producer.disconnect();
    },
  };
}

// Until the service's inbox has taken the event (applied it, or any later one of its aggregate).
export async function untilConsumed(db: Sql, event: SentEvent, timeoutMs = 30_000): Promise<void> {
  await eventually(async () => {
    const found = await rows<{ n: string }>(db, `SELECT count(*) AS n FROM inbox_positions WHERE topic = $1 AND subject = $2 AND last_sequence >= $3`, [
      event.topic,
      event.subject,
      event.sequence,
    ]);
    return Number(found[0]!.n) > 0;
  }, timeoutMs);
}

// Forgets a consumer group, so the next consumer of that name reads its topics from the beginning
// (a new group does). Nobody may be in the group: stop its service first. A second service with
// the same prefix while the first runs would join the first's group and go on from its offsets.
export async function forgetConsumerGroup(kafkaPrefix: string, consumer: string): Promise<void> {
  const kafka = createKafkaClient({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: 'hr-events-admin', logger: createLogger({ test: 'hr-events-admin' }, 'silent') });
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteGroups([`${kafkaPrefix}${consumer}`]);
  } finally {
    await admin.disconnect();
  }
}

// HR's hires, published for real to the topic a workforce projection reads, so a test
// can give people a department and a line manager the way production does.

export type Hire = { employeeId: string; departmentId: string; managerId: string | null; startDate: string };

export type HrEmployeeEvents = {
  // Publishes one hr.employee.hired per person (each person's first event: sequence 1).
  hire(hires: readonly Hire[]): Promise<void>;
  stop(): Promise<void>;
};

export async function hrEmployeeEvents(kafkaPrefix: string, clientId: string): Promise<HrEmployeeEvents> {
  const hr = await hrEvents(kafkaPrefix, clientId, [employeeHired.topic]);
  return {
    async hire(hires) {
      for (const [index, hire] of hires.entries()) {
        await hr.publish(employeeHired, {
          employeeId: hire.employeeId,
          employeeNumber: `E-${hire.employeeId.slice(0, 8)}`,
          firstName: 'Test',
          lastName: `Person ${index + 1}`,
          email: `person-${hire.employeeId.slice(0, 8)}@example.com`,
          title: 'Analyst',
          departmentId: hire.departmentId,
          managerId: hire.managerId,
          employmentType: 'FULL_TIME',
          startDate: hire.startDate,
        });
      }
    },
    stop: () => hr.stop(),
  };
}

