import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { Logger } from './logger';

export function createKafkaClient(options: { brokers: string[]; clientId: string; logger: Logger }): Kafka {
  const { logger } = options;
  // While a broker is down kafkajs reports every reconnect attempt; one line per 30 s says enough.
  const lastLogged = new Map<string, number>();
  const worthLogging = (message: string) => {
    const now = Date.now();
    if (now - (lastLogged.get(message) ?? 0) < 30_000) return false;
    lastLogged.set(message, now);
    return true;
  };
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    // kafkajs retries connection errors on its own; our relay and consumers add the backoff that matters.
    retry: { initialRetryTime: 300, retries: 5 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...rest } = entry.log;
      const fields = { namespace: entry.namespace, ...rest };
      // Leadership moves right after a topic is created are retried by kafkajs itself.
      const routine = /leader|does not host this topic-partition/i.test(String(rest['error'] ?? ''));
      if (entry.level <= logLevel.ERROR && !routine && worthLogging(message)) logger.warn(`kafka: ${message}`, { ...fields, stack: undefined });
      else logger.debug(`kafka: ${message}`, fields);
    },
  });
}

export type TopicSpec = { topic: string; numPartitions: number };

// Every service makes sure the topics it produces or consumes exist, so start order does not
// matter and broker auto-creation can stay off. Safe when several services race.
export async function ensureTopics(kafka: Kafka, topics: TopicSpec[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((spec) => !existing.has(spec.topic));
    if (!missing.length) return;
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((spec) => ({ topic: spec.topic, numPartitions: spec.numPartitions, replicationFactor: -1 })),
      });
    } catch (error) {
      const stillMissing = new Set(await admin.listTopics());
      if (missing.some((spec) => !stillMissing.has(spec.topic))) throw error;
    }
  } finally {
    await admin.disconnect();
  }
}
