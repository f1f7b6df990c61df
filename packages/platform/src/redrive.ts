import { randomUUID } from 'node:crypto';
import type { Admin, IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { isTopicBase, topicName, type DeadLetterTopic } from '@backoffice/events/topics';
import { DEAD_LETTER_HEADERS, REDRIVE_HEADERS, headerText } from './dead-letters';
import type { Logger } from './logger';

// `npm run events -- redrive <topic>.dlq [--consumer C]`: puts dead letters back on the topic
// they came from, once their cause is fixed. Each copy names the consumer that dead-lettered it
// (only that consumer takes it; the others dealt with the original) and keeps its key and
// partition, so it queues behind nothing older of its aggregate. The inbox deduplicates, so a
// dead letter redriven twice is still applied once.
//
// What has been redriven is kept per consumer as the committed offset of a consumer group
// `<prefix>events-redrive.<consumer>` on the dead-letter topic, which nothing ever joins: a
// second run puts back only what was dead-lettered since, including events that failed again.

export type RedriveOptions = {
  kafka: Kafka;
  topicPrefix: string;
  // `<topic>.dlq`, without the prefix.
  deadLetterTopic: string;
  // Only this consumer's dead letters; every consumer's when absent.
  consumer?: string | undefined;
  logger: Logger;
};

export type RedriveResult = {
  from: string;
  to: string;
  // By consumer.
  redriven: Record<string, number>;
  alreadyRedriven: number;
  // Second copies of one failure: a consumer that crashed (or lost its partition) between writing
  // the dead letter and committing its offset writes it again. One copy is put back per failure.
  repeats: number;
  // Left for a run without --consumer, or with theirs.
  otherConsumers: number;
  // Without a dlq-consumer header: not dead-lettered by an inbox consumer, so no one to give it to.
  unattributed: number;
};

export function isDeadLetterTopic(name: string): name is DeadLetterTopic {
  return name.endsWith('.dlq') && isTopicBase(name.slice(0, -'.dlq'.length));
}

export const redriveProgressGroup = (topicPrefix: string, consumer: string) => `${topicPrefix}events-redrive.${consumer}`;

type DeadLetter = { partition: number; message: KafkaMessage };

export async function redriveDeadLetters(options: RedriveOptions): Promise<RedriveResult> {
  const { kafka, topicPrefix, logger } = options;
  if (!isDeadLetterTopic(options.deadLetterTopic)) {
    throw new Error(`"${options.deadLetterTopic}" is not a dead-letter topic: expected <topic>.dlq for a topic packages/events defines, e.g. hr.employee.v1.dlq`);
  }
  const from = topicName(options.deadLetterTopic, topicPrefix);
  const to = from.slice(0, -'.dlq'.length);
  const result: RedriveResult = { from, to, redriven: {}, alreadyRedriven: 0, repeats: 0, otherConsumers: 0, unattributed: 0 };
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [from, to].filter((topic) => !existing.has(topic));
    if (missing.length) throw new Error(`no topic ${missing.join(' or ')} on this Kafka: check KAFKA_BROKERS and KAFKA_PREFIX`);
    const deadLetters = await readToEnd(kafka, admin, from);
    const progress = new Map<string, Map<number, number>>();
    const progressOf = async (consumer: string) => {
      let offsets = progress.get(consumer);
      if (!offsets) {
        const [committed] = await admin.fetchOffsets({ groupId: redriveProgressGroup(topicPrefix, consumer), topics: [from] });
        offsets = new Map((committed?.partitions ?? []).map((partition) => [partition.partition, Math.max(0, Number(partition.offset))]));
        progress.set(consumer, offsets);
      }
      return offsets;
    };

    const copies: Array<{ partition?: number; key: Buffer | null; value: Buffer | null; headers: IHeaders }> = [];
    const redrivenUpTo = new Map<string, Map<number, number>>();
    const failuresPutBack = new Set<string>();
    for (const { partition, message } of deadLetters) {
      const consumer = headerText(message.headers, DEAD_LETTER_HEADERS.consumer);
      if (consumer === undefined) {
        result.unattributed += 1;
        continue;
      }
      if (options.consumer !== undefined && consumer !== options.consumer) {
        result.otherConsumers += 1;
        continue;
      }
      const offset = Number(message.offset);
      if (offset < ((await progressOf(consumer)).get(partition) ?? 0)) {
        result.alreadyRedriven += 1;
        continue;
      }
      const upTo = redrivenUpTo.get(consumer) ?? new Map<number, number>();
      upTo.set(partition, offset + 1);
      redrivenUpTo.set(consumer, upTo);
      const originalPartition = Number(headerText(message.headers, DEAD_LETTER_HEADERS.originalPartition));
      const failure = [consumer, headerText(message.headers, DEAD_LETTER_HEADERS.originalTopic), originalPartition, headerText(message.headers, DEAD_LETTER_HEADERS.originalOffset)].join('|');
      if (failuresPutBack.has(failure)) {
        result.repeats += 1;
        continue;
      }
      failuresPutBack.add(failure);
      copies.push({
        // The partition it was read from, so it stays behind its aggregate's earlier events.
        ...(Number.isInteger(originalPartition) ? { partition: originalPartition } : {}),
        key: message.key,
        value: message.value,
        headers: {
          ...withoutRedriveBookkeeping(message.headers),
          [REDRIVE_HEADERS.consumer]: consumer,
          [REDRIVE_HEADERS.deadLetterOffset]: message.offset,
        },
      });
      result.redriven[consumer] = (result.redriven[consumer] ?? 0) + 1;
    }

    if (copies.length) {
      const producer = kafka.producer({ allowAutoTopicCreation: false, maxInFlightRequests: 1 });
      await producer.connect();
      try {
        await producer.send({ topic: to, acks: -1, messages: copies });
      } finally {
        await producer.disconnect();
      }
    }
    // Recorded after the copies are written: a crash in between redrives them again next time,
    // which the inbox absorbs.
    for (const [consumer, upTo] of redrivenUpTo) {
      await admin.setOffsets({
        groupId: redriveProgressGroup(topicPrefix, consumer),
        topic: from,
        partitions: [...upTo].map(([partition, offset]) => ({ partition, offset: String(offset) })),
      });
    }
    for (const [consumer, count] of Object.entries(result.redriven)) logger.info(`redrove ${count} dead letters of ${consumer} from ${from} to ${to}`, { consumer, count, from, to });
    return result;
  } finally {
    await admin.disconnect();
  }
}

// The dead-letter and earlier redrive headers describe the last failure, not this delivery; if
// it fails again the consumer writes new ones.
function withoutRedriveBookkeeping(headers: IHeaders | undefined): IHeaders {
  const bookkeeping = new Set<string>([...Object.values(DEAD_LETTER_HEADERS), ...Object.values(REDRIVE_HEADERS)]);
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !bookkeeping.has(name)));
}

// Everything on the topic up to the end it had when we looked, in partition order. A throwaway
// group that commits nothing and is deleted afterwards: progress lives in the per-consumer groups.
async function readToEnd(kafka: Kafka, admin: Admin, topic: string): Promise<DeadLetter[]> {
  const ends = await admin.fetchTopicOffsets(topic);
  const remaining = new Map(ends.filter((end) => Number(end.high) > Number(end.low)).map((end) => [end.partition, Number(end.high)]));
  const read: DeadLetter[] = [];
  if (!remaining.size) return read;
  const groupId = `${topic}.redrive-reader-${randomUUID()}`;
  const reader = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 500 });
  await reader.connect();
  let timer: NodeJS.Timeout | undefined;
  try {
    await reader.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      // Dead-letter topics hold plain messages only, so the last offset is always there to read;
      // should that ever not hold, fail rather than wait forever.
      timer = setTimeout(() => reject(new Error(`could not read ${topic} to its end (offset ${[...remaining.values()].join(', ')}) within 60 s`)), 60_000);
      reader
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const end = remaining.get(partition);
            if (end === undefined) return;
            if (Number(message.offset) < end) read.push({ partition, message });
            if (Number(message.offset) >= end - 1) remaining.delete(partition);
            if (!remaining.size) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    clearTimeout(timer);
    await reader.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
  }
  return read;
}
