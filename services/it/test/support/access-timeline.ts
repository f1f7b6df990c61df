import type { AnyEventContract, EventDataOf } from '@backoffice/events/contract';
import { employeeHired } from '@backoffice/events/hr-events';
import { topicName } from '@backoffice/events/topics';
import type { Principal } from '@backoffice/platform/identity';
import { createKafkaClient } from '@backoffice/platform/kafka';
import { createLogger } from '@backoffice/platform/logger';
import { rows } from '@backoffice/platform/sql';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { hrEvents, type HrEvents, type SentEvent } from '@backoffice/testkit/hr-events';
import { requiredEnv, testEnvironment } from '@backoffice/testkit/isolation';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { startItForTest, type ItForTest } from './it-test-service';

// IT on a business clock a test moves forward, as Platform 2/2 moves it: started frozen at an
// instant, then stopped and started again at a later one on the same database and consumer groups
// (so nothing is replayed), and its due jobs run. HR's events are published for real; `publish`
// waits until both of IT's consumers of hr.employee.v1 (the access lifecycle and the workforce
// projection, which the job and the commands read) have applied the event.

const IT_CONSUMERS = ['it.access-lifecycle', 'it.workforce'] as const;

export type AccessTimeline = {
  // The service running now (a new one after each move).
  readonly it: ItForTest;
  publish<C extends AnyEventContract>(contract: C, data: EventDataOf<C>): Promise<SentEvent>;
  // Sends events already sent, unchanged (same id and sequence), and waits until both consumers
  // have read past them.
  redeliver(events: readonly SentEvent[]): Promise<void>;
  // Stops IT, starts it again frozen at `instant` and runs the jobs due then.
  moveTo(instant: string): Promise<void>;
  call<T>(query: string, variables?: Record<string, unknown>, who?: Principal): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
};

export async function startAccessTimeline(options: { at: string; timeZone: string; caller: Principal }): Promise<AccessTimeline> {
  const env = testEnvironment({ CLOCK_AT: options.at, COMPANY_TIME_ZONE: options.timeZone });
  const prefix = env.KAFKA_PREFIX!;
  let it = await startItForTest(env);
  const hr: HrEvents = await hrEvents(prefix, `access-timeline-${prefix}`, [employeeHired.topic]);

  const appliedByBoth = async (event: SentEvent) =>
    eventually(async () => {
      const found = await rows<{ n: number }>(
        it.service.dataSource,
        `SELECT count(*)::int AS n FROM inbox_positions WHERE consumer = ANY($1) AND topic = $2 AND subject = $3 AND last_sequence >= $4`,
        [[...IT_CONSUMERS], event.topic, event.subject, event.sequence],
      );
      return found[0]!.n === IT_CONSUMERS.length;
    }, 30_000);

  // Each consumer group has committed the end of every partition of hr.employee.v1.
  const caughtUp = async () => {
    const kafka = createKafkaClient({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: `access-timeline-admin-${prefix}`, logger: createLogger({ test: 'access-timeline' }, 'silent') });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const topic = topicName(employeeHired.topic, prefix);
      await eventually(async () => {
        const ends = await admin.fetchTopicOffsets(topic);
        for (const consumer of IT_CONSUMERS) {
          const [committed] = await admin.fetchOffsets({ groupId: `${prefix}${consumer}`, topics: [topic] });
          const behind = ends.some((end) => end.high !== '0' && committed?.partitions.find((partition) => partition.partition === end.partition)?.offset !== end.high);
          if (behind) return false;
        }
        return true;
      }, 30_000);
    } finally {
      await admin.disconnect();
    }
  };

  return {
    get it() {
      return it;
    },
    async publish(contract, data) {
      const sent = await hr.publish(contract, data);
      await appliedByBoth(sent);
      return sent;
    },
    async redeliver(events) {
      for (const event of events) await hr.redeliver(event);
      await caughtUp();
    },
    async moveTo(instant) {
      await it.stop();
      it = await startItForTest({ ...env, CLOCK_AT: instant });
      await it.service.jobs.tick();
    },
    call<T>(query: string, variables: Record<string, unknown> = {}, who: Principal = options.caller) {
      return it.call<T>(query, variables, who);
    },
    async stop() {
      await hr.stop();
      await it.stop();
    },
  };
}
