import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';

// What an analyst reads from the stream, without disturbing the services: consumer groups of
// their own (`analyst.*`, which their Kafka login may use) that commit nothing, so every export
// or tail starts where it is told and leaves no trace the services would see. What a login may
// read is the broker's business (its ACLs): a restricted topic is refused by Kafka, not here.

export type ExportFormat = 'ndjson' | 'csv';

// One message as exported: where it was, when Kafka took it, and the envelope as published
// (null when the value is not JSON; `raw` then holds it).
export type StreamRecord = {
  topic: string;
  partition: number;
  offset: string;
  kafkaTime: string;
  envelope: Record<string, unknown> | null;
  raw?: string;
};

export const CSV_COLUMNS = ['topic', 'partition', 'offset', 'kafka_time', 'id', 'type', 'subject', 'time', 'sequence', 'actor', 'correlationid', 'causationid', 'data'] as const;

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function formatRecord(record: StreamRecord, format: ExportFormat): string {
  if (format === 'ndjson') return JSON.stringify({ topic: record.topic, partition: record.partition, offset: record.offset, kafkaTime: record.kafkaTime, ...(record.envelope ?? { raw: record.raw }) });
  const envelope = record.envelope ?? {};
  const values: unknown[] = [record.topic, record.partition, record.offset, record.kafkaTime, envelope.id, envelope.type, envelope.subject, envelope.time, envelope.sequence, envelope.actor, envelope.correlationid, envelope.causationid, envelope.data ?? record.raw];
  return values.map(csvCell).join(',');
}

function decode(value: Buffer | null): Pick<StreamRecord, 'envelope' | 'raw'> {
  const text = value?.toString('utf8') ?? '';
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return { envelope: parsed as Record<string, unknown> };
  } catch {
    // Not JSON: exported as it is.
  }
  return { envelope: null, raw: text };
}

const analystGroup = (topicPrefix: string, purpose: string) => `${topicPrefix}analyst.${purpose}-${randomUUID()}`;

export type ExportOptions = {
  kafka: Kafka;
  topicPrefix: string;
  // Base names (without the prefix).
  topics: readonly string[];
  since: Date;
  until?: Date | undefined;
  format: ExportFormat;
  write: (line: string) => void;
  // Called about once a second on long exports, with a line for a person.
  progress?: (line: string) => void;
};

// Every message of the topics whose Kafka time is at or after `since` (and before `until`), up to
// what each partition held when the export started: a bounded copy, not a tail.
export async function exportTopics(options: ExportOptions): Promise<{ exported: number; byTopic: Record<string, number> }> {
  const { kafka, topicPrefix } = options;
  const admin = kafka.admin();
  await admin.connect();
  // Per full topic name and partition: where to start and the first offset not to read.
  const ranges = new Map<string, Map<number, { start: bigint; end: bigint }>>();
  try {
    for (const base of options.topics) {
      const topic = `${topicPrefix}${base}`;
      const [starts, ends] = await Promise.all([admin.fetchTopicOffsetsByTimestamp(topic, options.since.getTime()), admin.fetchTopicOffsets(topic)]);
      const partitions = new Map<number, { start: bigint; end: bigint }>();
      for (const end of ends) {
        const start = starts.find((candidate) => candidate.partition === end.partition);
        // -1: no message at or after `since`.
        const from = start && start.offset !== '-1' ? BigInt(start.offset) : BigInt(end.high);
        if (from < BigInt(end.high)) partitions.set(end.partition, { start: from, end: BigInt(end.high) });
      }
      ranges.set(topic, partitions);
    }
  } finally {
    await admin.disconnect();
  }
  const total = [...ranges.values()].flatMap((partitions) => [...partitions.values()]).reduce((sum, range) => sum + Number(range.end - range.start), 0);
  const byTopic: Record<string, number> = Object.fromEntries(options.topics.map((topic) => [topic, 0]));
  if (total === 0) return { exported: 0, byTopic };

  const consumer: Consumer = kafka.consumer({ groupId: analystGroup(topicPrefix, 'export'), allowAutoTopicCreation: false, maxWaitTimeInMs: 200 });
  let exported = 0;
  let seen = 0;
  let lastProgress = Date.now();
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...ranges.keys()], fromBeginning: false });
    await new Promise<void>((resolve, reject) => {
      const remaining = new Set([...ranges].flatMap(([topic, partitions]) => [...partitions.keys()].map((partition) => `${topic}|${partition}`)));
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            const range = ranges.get(topic)?.get(partition);
            const offset = BigInt(message.offset);
            if (!range || offset < range.start || offset >= range.end || !remaining.has(`${topic}|${partition}`)) return;
            seen += 1;
            const kafkaTime = new Date(Number(message.timestamp));
            if (!options.until || kafkaTime < options.until) {
              const base = topic.slice(topicPrefix.length);
              options.write(formatRecord({ topic: base, partition, offset: message.offset, kafkaTime: kafkaTime.toISOString(), ...decode(message.value) }, options.format));
              exported += 1;
              byTopic[base] = (byTopic[base] ?? 0) + 1;
            }
            if (options.progress && Date.now() - lastProgress >= 1000) {
              lastProgress = Date.now();
              options.progress(`exported ${exported} of ${total} messages (${Math.floor((seen / total) * 100)}%)`);
            }
            if (offset === range.end - 1n) {
              remaining.delete(`${topic}|${partition}`);
              if (remaining.size === 0) resolve();
            }
          },
        })
        .then(() => {
          for (const [topic, partitions] of ranges) for (const [partition, range] of partitions) consumer.seek({ topic, partition, offset: range.start.toString() });
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return { exported, byTopic };
}

export type TailOptions = {
  kafka: Kafka;
  topicPrefix: string;
  topic: string;
  fromBeginning: boolean;
  // Only events of this type (`backoffice.hr.employee.hired.v1`) or short name (`hr.employee.hired`).
  type?: string | undefined;
  json: boolean;
  write: (line: string) => void;
};

// Follows a topic until stopped: one line per event (time, type, subject), or the envelope as JSON.
export async function tailTopic(options: TailOptions): Promise<{ stop(): Promise<void> }> {
  const consumer = options.kafka.consumer({ groupId: analystGroup(options.topicPrefix, 'tail'), allowAutoTopicCreation: false, maxWaitTimeInMs: 500 });
  await consumer.connect();
  await consumer.subscribe({ topics: [`${options.topicPrefix}${options.topic}`], fromBeginning: options.fromBeginning });
  const wanted = (type: unknown) => !options.type || type === options.type || (typeof type === 'string' && type.replace(/^backoffice\./, '').replace(/\.v\d+$/, '') === options.type);
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ partition, message }) => {
      const { envelope, raw } = decode(message.value);
      if (!wanted(envelope?.type)) return;
      if (options.json) options.write(JSON.stringify(envelope ?? { raw }));
      else options.write([envelope?.time ?? new Date(Number(message.timestamp)).toISOString(), envelope?.type ?? '(not an envelope)', envelope?.subject ?? '', `p${partition}@${message.offset}`].join('  '));
    },
  });
  return { stop: () => consumer.disconnect() };
}
