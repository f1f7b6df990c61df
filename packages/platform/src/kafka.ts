import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { TopicSpec } from '@backoffice/events/topics';
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
      const routine = /leader|does not host this topic-partition|Topic creation errors/i.test(String(rest['error'] ?? ''));
      if (entry.level <= logLevel.ERROR && !routine && worthLogging(message)) logger.warn(`kafka: ${message}`, { ...fields, stack: undefined });
      else logger.debug(`kafka: ${message}`, fields);
    },
  });
}

// Every service makes sure the topics it produces or consumes exist, so start order does not
// matter and broker auto-creation can stay off. Safe when several services race; returns once
// every partition has a leader, since a just-created topic can be briefly unknown to the broker.
export async function ensureTopics(kafka: Kafka, topics: TopicSpec[], options: { attempts?: number; keepTrying?: () => boolean } = {}): Promise<void> {
  const attempts = options.attempts ?? 10;
  const keepTrying = options.keepTrying ?? (() => true);
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const existing = new Set(await admin.listTopics());
        const missing = topics.filter((spec) => !existing.has(spec.name));
        if (missing.length) {
          await admin.createTopics({
            waitForLeaders: true,
            topics: missing.map((spec) => ({ topic: spec.name, numPartitions: spec.partitions, replicationFactor: -1 })),
          });
        }
        const metadata = await admin.fetchTopicMetadata({ topics: topics.map((spec) => spec.name) });
        const leaderless = metadata.topics.filter((topic) => topic.partitions.some((partition) => partition.leader < 0));
        if (!leaderless.length) return;
        throw new Error(`topics without partition leaders yet: ${leaderless.map((topic) => topic.name).join(', ')}`);
      } catch (error) {
        if (attempt >= attempts || !keepTrying()) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  } finally {
    await admin.disconnect();
  }
}
