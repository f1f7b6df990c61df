import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventEnvelope } from '@backoffice/events/envelope';
import { parseEventEnvelope } from '@backoffice/events/registry';
import type { Logger } from './logger';

// Consumes other departments' events effectively once: the handler's effects and the
// (consumer, event id) inbox row commit in one transaction, so a redelivered event changes
// nothing. Failures are sorted: transient ones (database or network away) are retried with
// backoff and never dead-lettered; permanent ones (an invalid event, a rule the handler
// rejects) are retried a few times, then sent to `<topic>.dlq` and consumption goes on.

export type EventHandler = (event: EventEnvelope<unknown>, manager: EntityManager) => Promise<void>;

export type InboxConsumerOptions = {
  // Names the consumer group and the inbox rows, e.g. `it.provision-accounts`.
  consumer: string;
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  topicPrefix: string;
  // Base topic names (without prefix).
  topics: string[];
  // By CloudEvents type; events of other types on these topics are skipped.
  handlers: Record<string, EventHandler>;
  permanentFailureAttempts?: number;
  maxBackoffMs?: number;
};

export type InboxConsumer = { stop(): Promise<void> };

// A rule the handler rejects: retrying cannot help, so it goes to the dead-letter topic.
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', '55P03']);
// SQLSTATE classes that mean "the database cannot do it right now": connection (08),
// transaction rollback (40), insufficient resources (53), operator intervention (57, incl.
// statement timeout), system error (58).
const TRANSIENT_SQLSTATE_CLASSES = ['08', '40', '53', '57', '58'];

export function isTransientFailure(error: unknown): boolean {
  if (error instanceof PermanentEventError) return false;
  const candidate = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown; name?: unknown };
  const code = candidate.code ?? candidate.driverError?.code;
  if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || (code.length === 5 && TRANSIENT_SQLSTATE_CLASSES.includes(code.slice(0, 2))))) return true;
  const message = typeof candidate.message === 'string' ? candidate.message : '';
  return /Connection terminated|connection error|timeout exceeded when trying to connect|Connection is not established|DataSource is not initialized/i.test(message);
}

// Parsed once per message; a value that is not JSON stays text, for the envelope parser to
// reject as a permanent failure.
function decode(value: Buffer | null): unknown {
  const text = value?.toString('utf8') ?? 'null';
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function startInboxConsumer(options: InboxConsumerOptions): Promise<InboxConsumer> {
  const { kafka, dataSource, logger } = options;
  const attemptsBeforeDeadLetter = options.permanentFailureAttempts ?? 3;
  // Well under the group's session timeout: the member heartbeats between waits.
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const log = logger.child({ consumer: options.consumer });
  const consumer: Consumer = kafka.consumer({ groupId: `${options.topicPrefix}${options.consumer}`, allowAutoTopicCreation: false });
  const deadLetters = kafka.producer({ allowAutoTopicCreation: false });
  let stopping = false;

  await Promise.all([consumer.connect(), deadLetters.connect()]);
  // A new group reads from the beginning: the inbox makes replaying history safe.
  await consumer.subscribe({ topics: options.topics.map((topic) => `${options.topicPrefix}${topic}`), fromBeginning: true });

  async function applyOnce(baseTopic: string, event: EventEnvelope<unknown>, handler: EventHandler): Promise<'applied' | 'duplicate' | 'stale'> {
    return dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO inbox_events (consumer, event_id, event_type, subject) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [options.consumer, event.id, event.type, event.subject],
      )) as unknown[];
      if (!inserted.length) return 'duplicate';
      // Sequences count per aggregate and topic; an event older than one already applied is
      // ignored (replays, a producer's resend after a crash).
      const [position] = (await manager.query(
        `INSERT INTO inbox_positions (consumer, topic, subject, last_sequence) VALUES ($1, $2, $3, $4)
         ON CONFLICT (consumer, topic, subject) DO UPDATE SET last_sequence = EXCLUDED.last_sequence
           WHERE inbox_positions.last_sequence < EXCLUDED.last_sequence
         RETURNING last_sequence`,
        [options.consumer, baseTopic, event.subject, event.sequence],
      )) as unknown[];
      if (!position) return 'stale';
      await handler(event, manager);
      return 'applied';
    });
  }

  async function sendToDeadLetter(topic: string, message: KafkaMessage, error: unknown, attempts: number) {
    await deadLetters.send({
      topic: `${topic}.dlq`,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            'dlq-error': error instanceof Error ? error.message : String(error),
            'dlq-consumer': options.consumer,
            'dlq-attempts': String(attempts),
            'dlq-original-offset': message.offset,
          },
        },
      ],
    });
  }

  await consumer.run({
    eachMessage: async ({ topic, partition, message, heartbeat }) => {
      const decoded = decode(message.value);
      // Types this consumer does not handle are skipped before strict parsing, so a new event
      // type or version on a shared topic is not dead-lettered by older consumers. Anything
      // that is not even an envelope with a type goes on to fail parsing: dead letter.
      const type = (decoded as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && !options.handlers[type]) return;
      let permanentFailures = 0;
      let backoffMs = 200;
      for (;;) {
        try {
          const event = parseEventEnvelope(decoded);
          const handler = options.handlers[event.type];
          if (!handler) return;
          const outcome = await applyOnce(topic.slice(options.topicPrefix.length), event, handler);
          log.debug('event consumed', { type: event.type, id: event.id, outcome });
          return;
        } catch (error) {
          if (isTransientFailure(error)) {
            if (stopping) throw error;
            log.warn('event handling failed transiently; retrying', { topic, partition, offset: message.offset, error, retryInMs: backoffMs });
            for (let waited = 0; waited < backoffMs && !stopping; waited += 2_000) {
              await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, backoffMs - waited)));
              await heartbeat().catch(() => undefined);
            }
            backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
            continue;
          }
          permanentFailures += 1;
          if (permanentFailures < attemptsBeforeDeadLetter) {
            await new Promise((resolve) => setTimeout(resolve, 100 * permanentFailures));
            continue;
          }
          log.error('event dead-lettered', { topic, partition, offset: message.offset, attempts: permanentFailures, error });
          await sendToDeadLetter(topic, message, error, permanentFailures);
          return;
        }
      }
    },
  });

  return {
    async stop() {
      stopping = true;
      await consumer.disconnect().catch(() => undefined);
      await deadLetters.disconnect().catch(() => undefined);
    },
  };
}
