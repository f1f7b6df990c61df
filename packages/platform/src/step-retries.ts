import type { Kafka, KafkaMessage } from 'kafkajs';
import type { EntityManager } from 'typeorm';
import { workflowStepRetryRequested } from '@backoffice/events/hr-events';
import { reactionFailedContracts } from '@backoffice/events/reaction-events';
import { readEventEnvelope } from '@backoffice/events/registry';
import { isTopicBase, topicName, type TopicBase } from '@backoffice/events/topics';
import type { Service } from '@backoffice/events/envelope';
import { applyThroughInbox, isTransientFailure, nameBasedUuid, PermanentEventError, reasonCode, type EventHandler } from './inbox-consumer';
import type { Logger } from './logger';
import { reactionMetadata, recordEvent } from './outbox';

// A process step whose reaction was dead-lettered is retried on request (HR's
// `retryWorkflowStep` publishes hr.workflow.step-retry-requested): the service that owns the
// failed consumer re-reads the original event at its topic, partition and offset and applies it
// through that consumer's inbox, as if it were delivered again. The request itself is consumed
// through an inbox too, so a redelivered request retries nothing twice. If the reaction fails
// again, a new `<service>.reaction.failed` fact says so (the step shows FAILED again); a
// transient failure (database or Kafka away) retries the request instead.

// Every service with reactions reads HR's workflow topic for the retry requests of its own.
export const STEP_RETRY_TOPIC: TopicBase = 'hr.workflow.v1';

export type RetriableConsumer = { consumer: string; handlers: Record<string, EventHandler> };

export function stepRetryConsumer(options: { service: Service; consumers: readonly RetriableConsumer[]; kafka: Kafka; topicPrefix: string; logger: Logger }) {
  const { service, kafka, topicPrefix } = options;
  const log = options.logger.child({ consumer: `${service}.step-retries` });
  const byName = new Map(options.consumers.map((consumer) => [consumer.consumer, consumer]));
  return {
    consumer: `${service}.step-retries`,
    topics: [STEP_RETRY_TOPIC],
    handlers: {
      [workflowStepRetryRequested.type]: async (event: unknown, tx: EntityManager) => {
        const request = workflowStepRetryRequested.read(event).data;
        const target = byName.get(request.consumer);
        // Another service's consumer: that service answers it.
        if (!target) return;
        if (!isTopicBase(request.topic)) throw new PermanentEventError(`Retry of ${request.consumer}: unknown topic ${request.topic}`);
        const message = await readMessageAt(kafka, `${topicPrefix}${service}.step-retry-reader`, topicName(request.topic, topicPrefix), request.partition, request.offset);
        const original = readEventEnvelope(message.value?.toString('utf8') ?? 'null');
        const handler = target.handlers[original.type];
        if (!handler) throw new PermanentEventError(`Retry of ${request.consumer}: it handles no ${original.type}`);
        const normalized = typeof handler === 'function' ? { handle: handler, orderIndependent: false } : handler;
        // A savepoint, so a reaction that fails again leaves only its failure fact (and the
        // request's inbox row): the request was answered, the step shows FAILED again.
        await tx.query('SAVEPOINT step_retry');
        try {
          const outcome = await applyThroughInbox(tx, request.consumer, request.topic, original, normalized, true);
          await tx.query('RELEASE SAVEPOINT step_retry');
          log.info('process step retried', { retryId: request.retryId, step: request.step, reaction: request.consumer, eventId: original.id, outcome });
        } catch (error) {
          if (isTransientFailure(error)) throw error;
          await tx.query('ROLLBACK TO SAVEPOINT step_retry');
          const reason = reasonCode(error);
          log.error('process step retry failed again', { retryId: request.retryId, step: request.step, reaction: request.consumer, eventId: original.id, reason, error });
          await recordEvent(
            tx,
            reactionFailedContracts[service],
            {
              failureId: nameBasedUuid(`${request.consumer}|${request.topic}|${request.partition}|${request.offset}|retry|${request.retryId}`),
              consumer: request.consumer,
              eventId: original.id,
              eventType: original.type,
              topic: request.topic,
              partition: request.partition,
              offset: request.offset,
              correlationId: original.correlationid,
              reason,
            },
            reactionMetadata(original),
          );
        }
      },
    },
  };
}

class KafkaReadTimeout extends Error {
  // Transient: the broker may be slow or away; the request is retried with backoff.
  readonly code = 'ETIMEDOUT';
  constructor(message: string) {
    super(message);
    this.name = 'KafkaReadTimeout';
  }
}

// One message, by position. kafkajs has no plain fetch, so a short-lived member of a group of its
// own seeks the partition to the offset and takes the first message it is given; it commits
// nothing, so the group never moves on.
export async function readMessageAt(kafka: Kafka, groupId: string, topic: string, partition: number, offset: string, timeoutMs = 30_000): Promise<KafkaMessage> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const bounds = (await admin.fetchTopicOffsets(topic)).find((candidate) => candidate.partition === partition);
    if (!bounds) throw new PermanentEventError(`${topic} has no partition ${partition}`);
    if (BigInt(offset) < BigInt(bounds.low) || BigInt(offset) >= BigInt(bounds.high)) {
      throw new PermanentEventError(`${topic}[${partition}] holds offsets ${bounds.low} to ${BigInt(bounds.high) - 1n}, not ${offset}`);
    }
  } finally {
    await admin.disconnect();
  }
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 200 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: false });
    return await new Promise<KafkaMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new KafkaReadTimeout(`no message at ${topic}[${partition}]@${offset} within ${timeoutMs} ms`)), timeoutMs);
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition: at, message }) => {
            if (at !== partition || message.offset !== offset) return;
            clearTimeout(timer);
            resolve(message);
          },
        })
        .then(() => consumer.seek({ topic, partition, offset }))
        .catch((error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}
