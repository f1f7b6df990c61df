import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import type { DataSource, MigrationInterface } from 'typeorm';
import { topicsToEnsure, type TopicBase } from '@backoffice/events/topics';
import { openServiceDatabase, serviceDatabaseName, withDatabase } from '../src/database';
import { createKafkaClient, ensureTopics } from '../src/kafka';
import { createLogger, type LogLevel, type Logger } from '../src/logger';
import { platformMigrations } from '../src/platform-migrations';

// Small local helpers: @backoffice/testkit depends on platform, so platform's tests cannot use it.

export const testLogger: Logger = createLogger({ test: 'platform' }, (process.env.TEST_LOG_LEVEL as LogLevel | undefined) ?? 'silent');

export function requiredEnv(name: 'KAFKA_BROKERS' | 'DATABASE_URL'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest's global setup.`);
  return value;
}

export const kafkaBrokers = (): string[] => requiredEnv('KAFKA_BROKERS').split(',');

// Valid as a database-name suffix (a-z, 0-9, _) and, with a trailing '-', as a topic prefix.
export function uniqueRunId(label: string): string {
  return `${label}_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export type TestMigration = new () => MigrationInterface;

export function openTestDatabase(suffix: string, migrations: TestMigration[] = [], service = 'platform'): Promise<DataSource> {
  return openServiceDatabase({
    service,
    serverUrl: requiredEnv('DATABASE_URL'),
    databaseNameSuffix: suffix,
    migrations: [...platformMigrations, ...migrations],
    logger: testLogger,
  });
}

export const testDatabaseUrl = (suffix: string, service = 'platform'): string =>
  withDatabase(requiredEnv('DATABASE_URL'), serviceDatabaseName(service, suffix));

export async function dropTestDatabase(suffix: string, service = 'platform'): Promise<void> {
  const client = new Client({ connectionString: requiredEnv('DATABASE_URL') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${serviceDatabaseName(service, suffix)}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function testKafka(clientId: string, brokers: string[] = kafkaBrokers()): Kafka {
  return createKafkaClient({ brokers, clientId, logger: testLogger });
}

export async function ensureTestTopics(kafka: Kafka, prefix: string, bases: TopicBase[]): Promise<void> {
  await ensureTopics(kafka, topicsToEnsure(prefix, bases));
}

export type ObservedMessage = { topic: string; key: string | null; value: string; headers: Record<string, string> };

// Reads topics from the beginning into memory, in partition order.
export class TopicObserver {
  readonly messages: ObservedMessage[] = [];
  private consumer: Consumer | undefined;

  constructor(private readonly brokers: string[] = kafkaBrokers()) {}

  async start(topics: string[]): Promise<void> {
    const kafka = new Kafka({ clientId: 'platform-test-observer', brokers: this.brokers, logLevel: logLevel.NOTHING });
    this.consumer = kafka.consumer({ groupId: `observer-${randomBytes(6).toString('hex')}`, allowAutoTopicCreation: false });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
        this.messages.push({ topic, key: message.key?.toString() ?? null, value: message.value?.toString() ?? '', headers });
      },
    });
  }

  on(topic: string): ObservedMessage[] {
    return this.messages.filter((message) => message.topic === topic);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
  }
}

export async function eventually<T>(check: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Ports for the brokers these tests start, reserved across test processes.
export { freePort } from '@backoffice/infra/free-port';
