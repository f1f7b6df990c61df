import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { createEventEnvelope } from '@backoffice/events/contract';
import { employeeHired } from '@backoffice/events/hr-events';
import { topicName, topicsToEnsure } from '@backoffice/events/topics';
import { createKafkaClient, ensureTopics } from '@backoffice/platform/kafka';
import { createLogger } from '@backoffice/platform/logger';
import type { Sql } from '@backoffice/platform/sql';
import { requiredEnv } from '@backoffice/testkit/isolation';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { jobsOn } from '@backoffice/workforce/workforce.queries';

// HR's employee events, published for real to the topic accounting's workforce projection reads,
// so a test can give people a department and a line manager the way production does.

export type Hire = { employeeId: string; departmentId: string; managerId: string | null; startDate: string };

export type HrEmployeeEvents = {
  // Publishes one hr.employee.hired per person (each person's first event: sequence 1).
  hire(hires: readonly Hire[]): Promise<void>;
  stop(): Promise<void>;
};

// The service under test took its Kafka prefix from the same run id as its database name
// (testEnvironment: `backoffice_<service>_<runId>` and `<runId>-`); the harness does not hand it out.
export async function hrEmployeeEvents(kafkaPrefix: string, clientId: string): Promise<HrEmployeeEvents> {
  const kafka = createKafkaClient({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId, logger: createLogger({ test: clientId }, 'silent') });
  // The service creates its topics too, in the background; whoever comes first makes them.
  await ensureTopics(kafka, topicsToEnsure(kafkaPrefix, [employeeHired.topic]));
  const producer: Producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  return {
    async hire(hires) {
      const messages = hires.map((hire, index) => {
        const envelope = createEventEnvelope(employeeHired, {
          data: {
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
          },
          sequence: 1,
          actor: 'system',
          correlationid: randomUUID(),
        });
        return { key: envelope.subject, value: JSON.stringify(envelope) };
      });
      await producer.send({ topic: topicName(employeeHired.topic, kafkaPrefix), acks: -1, messages });
    },
    async stop() {
      await producer.disconnect();
    },
  };
}

// Until the projection knows every one of them on `date` (a job in force: department, manager).
export async function untilJobsKnown(db: Sql, employeeIds: readonly string[], date: string, timeoutMs = 30_000): Promise<void> {
  await eventually(async () => (await jobsOn(db, employeeIds, date)).size === employeeIds.length, timeoutMs);
}
