import { createHash } from 'node:crypto';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { createEventEnvelope } from '@backoffice/events/contract';
import { CLOUDEVENTS_CONTENT_TYPE, SYSTEM_ACTOR, TRACEPARENT_PATTERN, eventTypeVersion, services, type EventEnvelope, type Service } from '@backoffice/events/envelope';
import { CONSUMER_NAME_PATTERN, REASON_CODE_PATTERN, reactionFailedContracts } from '@backoffice/events/reaction-events';
import { readEventEnvelope } from '@backoffice/events/registry';
import { isTopicBase, topicName, type TopicBase } from '@backoffice/events/topics';
import { DEAD_LETTER_HEADERS, REDRIVE_HEADERS, headerText } from './dead-letters';
import type { Logger } from './logger';
import { commitOffsetsPeriodically } from './offset-commits';

// Consumes other departments' events effectively once: the handler's effects and the
// (consumer, event id) inbox row commit in one transaction, so a redelivered event changes
// nothing. Failures are sorted: transient ones (database or network away) are retried with
// backoff and never dead-lettered; permanent ones (an invalid event, a rule the handler
// rejects) are retried a few times, then sent to `<topic>.dlq`, announced as a
// `<service>.reaction.failed` fact on `<service>.reaction.v1`, and consumption goes on.
//
// A tolerant reader: fields and envelope attributes its contracts do not know are ignored, so
// producers can add them without a new version. An event of a newer version than the consumer
// handles is skipped, with a warning and a count in status(), since the consumer cannot read it.

export type HandleEvent = (event: EventEnvelope<unknown>, manager: EntityManager) => Promise<void>;

// Either a function, or one declared order-independent: applying an older event of an
// aggregate after a newer one leaves the same state as applying them in order (it adds to a
// set, say). Only such a handler applies a redriven event that a newer one has overtaken.
export type EventHandler = HandleEvent | { handle: HandleEvent; orderIndependent: boolean };

export type InboxConsumerOptions = {
  // `<service>.<reaction>`, e.g. `it.access-lifecycle`: names the consumer group and the
  // inbox rows, and the service whose `<service>.reaction.v1` topic hears of dead letters.
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

// Counts since the consumer started, for /readyz.
export type InboxConsumerStatus = {
  consumer: string;
  applied: number;
  duplicates: number;
  // Older than an event of the same aggregate already applied (a replay, a producer's resend).
  stale: number;
  deadLettered: number;
  redrivesAppliedOutOfOrder: number;
  redrivesRefused: number;
  // Events of a newer version than any this consumer handles, by type. They were skipped: the
  // consumer needs an upgrade, then a replay (topics keep every event).
  newerVersionsSkipped: Record<string, number>;
};

export type InboxConsumer = { stop(): Promise<void>; status(): InboxConsumerStatus };

// A rule the handler rejects: retrying cannot help, so it goes to the dead-letter topic.
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

// Something the handler needs has not arrived yet (another consumer group's projection of the
// same event lags, say): like a database away, it is retried with backoff, never dead-lettered.
export class TransientEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientEventError';
  }
}

const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', '55P03']);
// SQLSTATE classes that mean "the database cannot do it right now": connection (08),
// transaction rollback (40), insufficient resources (53), operator intervention (57, incl.
// statement timeout), system error (58).
const TRANSIENT_SQLSTATE_CLASSES = ['08', '40', '53', '57', '58'];

export function isTransientFailure(error: unknown): boolean {
  if (error instanceof PermanentEventError) return false;
  if (error instanceof TransientEventError) return true;
  const candidate = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown; name?: unknown };
  const code = candidate.code ?? candidate.driverError?.code;
  if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || (code.length === 5 && TRANSIENT_SQLSTATE_CLASSES.includes(code.slice(0, 2))))) return true;
  const message = typeof candidate.message === 'string' ? candidate.message : '';
  return /Connection terminated|connection error|timeout exceeded when trying to connect|Connection is not established|DataSource is not initialized/i.test(message);
}

// kafkajs sends LeaveGroup only once its in-flight fetch returns, and on a quiet topic a fetch
// waits this long at the broker. With kafkajs' default (5 s) a stopping consumer kept its
// partitions that much longer; this bounds it at the cost of one more idle fetch a second.
const FETCH_WAIT_MS = 500;

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

// The envelope attributes of a decoded message, when it is an object that has them.
function attribute(decoded: unknown, name: string): unknown {
  return typeof decoded === 'object' && decoded !== null ? (decoded as Record<string, unknown>)[name] : undefined;
}

function serviceOf(consumer: string): Service {
  if (!CONSUMER_NAME_PATTERN.test(consumer)) {
    throw new Error(`Consumer "${consumer}" must be named <service>.<reaction> (e.g. it.access-lifecycle): its dead letters are announced on <service>.reaction.v1`);
  }
  const service = consumer.slice(0, consumer.indexOf('.'));
  const known = services.find((candidate) => candidate === service);
  if (!known) throw new Error(`Consumer "${consumer}" does not name a service`);
  return known;
}

function knownTopic(topic: string): TopicBase {
  if (!isTopicBase(topic)) throw new Error(`Unknown topic "${topic}": consumers read the topics packages/events defines`);
  return topic;
}

// A name-based (version 5 layout) UUID: the same failed delivery, dead-lettered again after a
// crash before its offset was committed, gets the same failure and event id, so readers of the
// reaction topic see one failure.
export function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(`backoffice:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The error's class, never its text: the reason code processes show.
export function reasonCode(error: unknown): string {
  if (!(error instanceof Error)) return 'NonErrorThrown';
  const className = Object.getPrototypeOf(error)?.constructor?.name as unknown;
  if (typeof className === 'string' && className !== 'Error' && REASON_CODE_PATTERN.test(className)) return className;
  return REASON_CODE_PATTERN.test(error.name) ? error.name : 'Error';
}

// Thrown inside the inbox transaction, so its inbox row rolls back: redriven again once its
// handler is declared order-independent, the event can still be applied.
export class RedriveRefused extends Error {
  constructor(
    readonly event: EventEnvelope<unknown>,
    readonly newer: { eventId: string | null; eventType: string | null; sequence: number },
  ) {
    const newerEvent = newer.eventId ? `${newer.eventType ?? 'event'} ${newer.eventId}` : 'an event';
    super(
      `redriven event ${event.type} ${event.id} (sequence ${event.sequence}) refused: ${newerEvent} (sequence ${newer.sequence}) ` +
        `of the same ${event.subject} was already applied, and the handler is not declared order-independent`,
    );
    this.name = 'RedriveRefused';
  }
}

export type Outcome = 'applied' | 'duplicate' | 'stale' | 'applied out of order';

// The inbox path, inside the caller's transaction: the inbox row, the aggregate's position and
// the handler's effects commit together. `redriven` marks an event put back by hand (a redrive,
// a process step's retry): one that newer events of its aggregate have overtaken is applied only
// by an order-independent handler, and refused otherwise (RedriveRefused).
export async function applyThroughInbox(
  manager: EntityManager,
  consumer: string,
  baseTopic: string,
  event: EventEnvelope<unknown>,
  handler: { handle: HandleEvent; orderIndependent: boolean },
  redriven: boolean,
): Promise<Outcome> {
  const inserted = (await manager.query(
    `INSERT INTO inbox_events (consumer, event_id, event_type, subject) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, event.id, event.type, event.subject],
  )) as unknown[];
  if (!inserted.length) return 'duplicate';
  // Sequences count per aggregate and topic; an event older than one already applied is
  // ignored (replays, a producer's resend after a crash). The position remembers which
  // event set it, so a refused redrive can name it.
  const [position] = (await manager.query(
    `INSERT INTO inbox_positions (consumer, topic, subject, last_sequence, last_event_id, last_event_type) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (consumer, topic, subject) DO UPDATE
       SET last_sequence = EXCLUDED.last_sequence, last_event_id = EXCLUDED.last_event_id, last_event_type = EXCLUDED.last_event_type
       WHERE inbox_positions.last_sequence < EXCLUDED.last_sequence
     RETURNING last_sequence`,
    [consumer, baseTopic, event.subject, event.sequence, event.id, event.type],
  )) as unknown[];
  if (position) {
    await handler.handle(event, manager);
    return 'applied';
  }
  if (!redriven) return 'stale';
  // A dead letter put back after newer events of its aggregate were applied: applying it
  // now is right only if order does not matter to the handler. The position stays.
  if (handler.orderIndependent) {
    await handler.handle(event, manager);
    return 'applied out of order';
  }
  const [newer] = (await manager.query(
    `SELECT last_sequence::int AS sequence, last_event_id AS "eventId", last_event_type AS "eventType"
     FROM inbox_positions WHERE consumer = $1 AND topic = $2 AND subject = $3`,
    [consumer, baseTopic, event.subject],
  )) as Array<{ sequence: number; eventId: string | null; eventType: string | null }>;
  throw new RedriveRefused(event, newer ?? { eventId: null, eventType: null, sequence: event.sequence });
}

export async function startInboxConsumer(options: InboxConsumerOptions): Promise<InboxConsumer> {
  const { kafka, dataSource, logger, topicPrefix } = options;
  const reactionFailed = reactionFailedContracts[serviceOf(options.consumer)];
  const topics = options.topics.map(knownTopic);
  const attemptsBeforeDeadLetter = options.permanentFailureAttempts ?? 3;
  // Well under the group's session timeout: the member heartbeats between waits.
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const log = logger.child({ consumer: options.consumer });
  const handlers = new Map(
    Object.entries(options.handlers).map(([type, handler]) => [type, typeof handler === 'function' ? { handle: handler, orderIndependent: false } : handler]),
  );
  // The newest version handled of each event, to recognise a newer one.
  const newestHandled = new Map<string, number>();
  for (const type of handlers.keys()) {
    const version = eventTypeVersion(type);
    if (version) newestHandled.set(version.event, Math.max(version.version, newestHandled.get(version.event) ?? 0));
  }
  const counts: InboxConsumerStatus = {
    consumer: options.consumer,
    applied: 0,
    duplicates: 0,
    stale: 0,
    deadLettered: 0,
    redrivesAppliedOutOfOrder: 0,
    redrivesRefused: 0,
    newerVersionsSkipped: {},
  };

  const consumer: Consumer = kafka.consumer({ groupId: `${topicPrefix}${options.consumer}`, allowAutoTopicCreation: false, maxWaitTimeInMs: FETCH_WAIT_MS });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  let stopping = false;

  await Promise.all([consumer.connect(), producer.connect()]);
  // A new group reads from the beginning: the inbox makes replaying history safe.
  await consumer.subscribe({ topics: topics.map((topic) => topicName(topic, topicPrefix)), fromBeginning: true });

  function isNewerThanHandled(type: string): boolean {
    const version = eventTypeVersion(type);
    const newest = version && newestHandled.get(version.event);
    return version !== undefined && newest !== undefined && version.version > newest;
  }

  async function applyOnce(baseTopic: string, event: EventEnvelope<unknown>, handler: { handle: HandleEvent; orderIndependent: boolean }, redriven: boolean): Promise<Outcome> {
    return dataSource.transaction((manager) => applyThroughInbox(manager, options.consumer, baseTopic, event, handler, redriven));
  }

  function count(outcome: Outcome) {
    if (outcome === 'applied') counts.applied += 1;
    else if (outcome === 'duplicate') counts.duplicates += 1;
    else if (outcome === 'stale') counts.stale += 1;
    else {
      counts.applied += 1;
      counts.redrivesAppliedOutOfOrder += 1;
    }
  }

  function reportNewerVersion(type: string, decoded: unknown, where: { topic: string; partition: number; offset: string }) {
    counts.newerVersionsSkipped[type] = (counts.newerVersionsSkipped[type] ?? 0) + 1;
    log.warn(`skipped ${type}: a newer version than this consumer handles (${[...handlers.keys()].join(', ')}); upgrade it, then replay`, {
      type,
      id: attribute(decoded, 'id'),
      subject: attribute(decoded, 'subject'),
      ...where,
    });
  }

  // The dead letter and the fact that announces it go out in one batch, both before the
  // offset is committed: a crash in between sends them again, with the same fact id.
  async function deadLetter(topic: string, partition: number, message: KafkaMessage, decoded: unknown, error: unknown, attempts: number) {
    const reason = reasonCode(error);
    const failureId = nameBasedUuid(`${options.consumer}|${topic}|${partition}|${message.offset}`);
    const fields = reactionFailed.schema.shape;
    const validOrNull = <T>(schema: z.ZodType<T>, value: unknown): T | null => {
      const result = schema.safeParse(value);
      return result.success ? result.data : null;
    };
    const correlationId = validOrNull(fields.correlationId, attribute(decoded, 'correlationid'));
    const traceparent = attribute(decoded, 'traceparent');
    const failedEventId = validOrNull(fields.eventId, attribute(decoded, 'id'));
    const fact = createEventEnvelope(reactionFailed, {
      id: nameBasedUuid(`${reactionFailed.type}|${failureId}`),
      data: {
        failureId,
        consumer: options.consumer,
        eventId: failedEventId,
        eventType: validOrNull(fields.eventType, attribute(decoded, 'type')),
        topic: knownTopic(topic.slice(topicPrefix.length)),
        partition,
        offset: message.offset,
        correlationId,
        reason,
      },
      // Each failure is an aggregate of its own (keyed by its failure id): one event, sequence 1.
      sequence: 1,
      actor: SYSTEM_ACTOR,
      correlationid: correlationId ?? failureId,
      // The fact answers the event that failed: the chain shows where it stopped.
      ...(failedEventId ? { causationid: failedEventId } : {}),
      ...(typeof traceparent === 'string' && TRACEPARENT_PATTERN.test(traceparent) ? { traceparent } : {}),
    });
    await producer.sendBatch({
      acks: -1,
      topicMessages: [
        {
          topic: `${topic}.dlq`,
          messages: [
            {
              key: message.key,
              value: message.value,
              headers: {
                ...message.headers,
                [DEAD_LETTER_HEADERS.error]: error instanceof Error ? error.message : String(error),
                [DEAD_LETTER_HEADERS.reason]: reason,
                [DEAD_LETTER_HEADERS.consumer]: options.consumer,
                [DEAD_LETTER_HEADERS.attempts]: String(attempts),
                [DEAD_LETTER_HEADERS.originalTopic]: topic,
                [DEAD_LETTER_HEADERS.originalPartition]: String(partition),
                [DEAD_LETTER_HEADERS.originalOffset]: message.offset,
              },
            },
          ],
        },
        {
          topic: topicName(reactionFailed.topic, topicPrefix),
          messages: [{ key: fact.subject, value: JSON.stringify(fact), headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE, ce_type: fact.type, ce_id: fact.id } }],
        },
      ],
    });
    counts.deadLettered += 1;
    return fact;
  }

  const offsets = commitOffsetsPeriodically(consumer, log);
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message, heartbeat }) => {
      await handleMessage({ topic, partition, message, heartbeat });
      offsets.handled(topic, partition, message.offset);
    },
  });

  async function handleMessage({ topic, partition, message, heartbeat }: { topic: string; partition: number; message: KafkaMessage; heartbeat: () => Promise<void> }): Promise<void> {
    const where = { topic, partition, offset: message.offset };
    const redriveFor = headerText(message.headers, REDRIVE_HEADERS.consumer);
    // A dead letter put back for another consumer: this one dealt with the original.
    if (redriveFor !== undefined && redriveFor !== options.consumer) return;
    const decoded = decode(message.value);
    // Types this consumer does not handle are skipped before parsing, so a new event type on a
    // shared topic is not dead-lettered by older consumers; a newer version of one it handles
    // is reported. Anything that is not even an envelope with a type goes on to fail parsing.
    const type = attribute(decoded, 'type');
    if (typeof type === 'string' && !handlers.has(type)) {
      if (isNewerThanHandled(type)) reportNewerVersion(type, decoded, where);
      return;
    }
    let permanentFailures = 0;
    let backoffMs = 200;
    for (;;) {
      try {
        const event = readEventEnvelope(decoded);
        const handler = handlers.get(event.type);
        if (!handler) return;
        const outcome = await applyOnce(topic.slice(topicPrefix.length), event, handler, redriveFor !== undefined);
        count(outcome);
        log.debug('event consumed', { type: event.type, id: event.id, outcome, redriven: redriveFor !== undefined });
        return;
      } catch (error) {
        if (error instanceof RedriveRefused) {
          counts.redrivesRefused += 1;
          log.warn(error.message, { id: error.event.id, type: error.event.type, newerEventId: error.newer.eventId, newerEventType: error.newer.eventType, ...where });
          // Back to the dead letters (with its fact, reason RedriveRefused), so a later redrive
          // (once the handler is declared order-independent, say) can still apply it.
          const fact = await deadLetter(topic, partition, message, decoded, error, 1);
          log.error('redriven event dead-lettered again', { ...where, reason: fact.data.reason, failureId: fact.data.failureId });
          return;
        }
        if (isTransientFailure(error)) {
          if (stopping) throw error;
          log.warn('event handling failed transiently; retrying', { ...where, error, retryInMs: backoffMs });
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
        const fact = await deadLetter(topic, partition, message, decoded, error, permanentFailures);
        log.error('event dead-lettered', { ...where, attempts: permanentFailures, reason: fact.data.reason, failureId: fact.data.failureId, error });
        return;
      }
    }
  }

  return {
    status: () => ({ ...counts, newerVersionsSkipped: { ...counts.newerVersionsSkipped } }),
    async stop() {
      stopping = true;
      // What was handled is committed before the member leaves; an event still in hand commits
      // the moment it is done.
      await offsets.stopping();
      // Leaves the group (LeaveGroup), so the partitions move to the remaining members now
      // rather than after the session timeout.
      await consumer.disconnect().catch((error: unknown) => log.warn('consumer did not leave its group cleanly', { error }));
      await producer.disconnect().catch(() => undefined);
    },
  };
}
